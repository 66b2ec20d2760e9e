import Type, { type Static } from 'typebox';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { ClockView } from './tasks.clock.ts';

const Kind = Type.Enum(['activation', 'technical-request', 'welcome', 'support-ticket']);
const Status = Type.Enum(['open', 'contacted', 'done', 'cancelled']);

export const TasksQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Array(Status, {
        description: 'Repeat for several (?status=open&status=contacted); default open and contacted.',
      }),
    ),
    kind: Type.Optional(Kind),
    publisherId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);
export type TasksQuery = Static<typeof TasksQuery>;

export const TaskParams = Type.Object({ taskId: Uuid }, { additionalProperties: false });

export const LogContactBody = Type.Object(
  {
    channel: Type.Enum(['email', 'phone', 'meeting', 'other']),
    note: Type.String({ minLength: 1, maxLength: 4000 }),
  },
  { additionalProperties: false },
);
export type LogContactBody = Static<typeof LogContactBody>;

export const TaskView = Type.Object(
  {
    id: Uuid,
    publisherId: Uuid,
    companyName: Type.String(),
    mpnId: Type.String(),
    kind: Kind,
    status: Status,
    subject: Type.String(),
    activationId: Nullable(Uuid),
    technicalRequestId: Nullable(Uuid),
    offerId: Nullable(Uuid),
    supportTicketId: Nullable(Uuid),
    createdAt: Timestamp,
    dueAt: Timestamp,
    contactedAt: Nullable(Timestamp),
    clock: ClockView,
    promiseKept: Nullable(
      Type.Boolean({
        description: 'Whether the contact came by the due time; null while open and not yet late.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type TaskView = Static<typeof TaskView>;
