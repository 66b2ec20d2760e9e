import Type, { type Static } from 'typebox';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

export const AuditQuery = Type.Object(
  {
    actor: Type.Optional(
      Type.String({ maxLength: 254, description: 'Email, token name or id of who acted.' }),
    ),
    publisherId: Type.Optional(Uuid),
    outcome: Type.Optional(Type.Enum(['success', 'denied', 'failure'])),
    action: Type.Optional(
      Type.String({ maxLength: 200, description: 'Substring of the action, such as sign-in.' }),
    ),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
    before: Type.Optional(Type.Integer({ minimum: 1, description: 'Page: entries older than this id.' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditEntry = Type.Object(
  {
    id: Type.Integer(),
    at: Timestamp,
    actorType: Type.String(),
    actorId: Nullable(Uuid),
    actorLabel: Nullable(Type.String()),
    actorRole: Nullable(Type.String()),
    action: Type.String(),
    outcome: Type.String(),
    status: Nullable(Type.Integer()),
    objectType: Nullable(Type.String()),
    objectId: Nullable(Type.String()),
    publisherId: Nullable(Uuid),
    ip: Nullable(Type.String()),
    userAgent: Nullable(Type.String()),
    requestId: Nullable(Type.String()),
    detail: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type AuditEntry = Static<typeof AuditEntry>;
