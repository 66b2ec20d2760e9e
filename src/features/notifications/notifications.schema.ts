import Type, { type Static } from 'typebox';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { MESSAGE_KINDS } from '../../usecases/messages.ts';

export const NOTIFICATION_STATUSES = [
  'queued',
  'held',
  'sending',
  'sent',
  'failed',
  'suppressed',
  'cancelled',
] as const;

export const NotificationView = Type.Object(
  {
    id: Uuid,
    publisherId: Nullable(Uuid, { description: 'The publisher whose people read the message (its outbox).' }),
    about: Nullable(Type.Object({ id: Uuid, companyName: Type.String() }, { additionalProperties: false }), {
      description:
        'The publisher the message is about, also when its people do not read it (a clock warning or escalation ' +
        'to staff, an invitation); null for a message about no publisher.',
    }),
    kind: Type.Enum(MESSAGE_KINDS),
    recipientEmail: Type.String(),
    language: Type.String(),
    payload: Type.Record(Type.String(), Type.Unknown()),
    status: Type.Enum(NOTIFICATION_STATUSES, {
      description:
        'queued (waiting for a worker), held (kept: no mail transport), sending, sent, failed (retries exhausted; retry it), suppressed (opted out, L8), cancelled (rerouted)',
    }),
    statusNote: Nullable(Type.String()),
    subject: Type.String(),
    attempts: Type.Integer(),
    nextAttemptAt: Nullable(Timestamp),
    lastAttemptAt: Nullable(Timestamp),
    lastError: Nullable(Type.String(), {
      description:
        "The SMTP server's last answer; shown to the rewards team only (null in a publisher's outbox).",
    }),
    createdAt: Timestamp,
    sentAt: Nullable(Timestamp),
    failedAt: Nullable(Timestamp),
  },
  { additionalProperties: false },
);
export type NotificationView = Static<typeof NotificationView>;

export const NotificationDetail = Type.Object(
  {
    notification: NotificationView,
    text: Type.String({ description: 'The plain-text body as sent (or as it will be).' }),
    html: Type.String({ description: 'The HTML body as sent (or as it will be).' }),
    messageId: Type.String(),
  },
  { additionalProperties: false },
);

export const OutboxQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Array(Type.Enum(NOTIFICATION_STATUSES), { description: 'Repeat for several.' }),
    ),
    kind: Type.Optional(Type.Enum(MESSAGE_KINDS)),
    publisherId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'Messages about this publisher, those to its people and those to staff about it.',
      }),
    ),
    recipient: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        pattern: '\\S',
        description: "A part of the recipient's address or of the message's kind (escalation), in any case.",
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0, description: 'Messages to skip.' }),
    ),
  },
  { additionalProperties: false },
);
export type OutboxQuery = Static<typeof OutboxQuery>;

export const OutboxPage = Type.Object(
  {
    items: Type.Array(NotificationView),
    total: Type.Integer({ description: 'Messages that match, over every page.' }),
    counts: Type.Record(Type.String(), Type.Integer(), {
      description: "Messages by status: the publisher's (publisherId), or the whole outbox's.",
    }),
  },
  { additionalProperties: false },
);

export const NotificationParams = Type.Object({ notificationId: Uuid }, { additionalProperties: false });
