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
    publisherId: Nullable(Uuid),
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
    publisherId: Type.Optional(Uuid),
    recipient: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);
export type OutboxQuery = Static<typeof OutboxQuery>;

export const OutboxPage = Type.Object(
  {
    items: Type.Array(NotificationView),
    counts: Type.Record(Type.String(), Type.Integer(), {
      description: 'Messages by status over the whole outbox.',
    }),
  },
  { additionalProperties: false },
);

export const NotificationParams = Type.Object({ notificationId: Uuid }, { additionalProperties: false });
