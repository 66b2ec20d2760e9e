// Webhook subscriptions and their delivery log, as the API reads and writes them. A secret appears only in the
// answers of creation and rotation (CreatedSubscription); no list or read returns it.
import Type, { type Static } from 'typebox';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { EVENT_TYPES } from '../../usecases/webhooks/catalog.ts';

export const EventTypeName = Type.Enum(EVENT_TYPES);

const Url = Type.String({
  minLength: 1,
  maxLength: 2000,
  description: 'Where events are POSTed: an http(s) URL on a public address (WEBHOOK_TARGETS).',
});
const EventTypes = Type.Array(EventTypeName, { minItems: 1, uniqueItems: true });
const Description = Type.String({ maxLength: 200, description: 'A note for the people who manage it.' });

export const CreateSubscriptionBody = Type.Object(
  { url: Url, eventTypes: EventTypes, description: Type.Optional(Description) },
  { additionalProperties: false },
);
export type CreateSubscriptionBody = Static<typeof CreateSubscriptionBody>;

export const CreateProgramSubscriptionBody = Type.Object(
  {
    ...CreateSubscriptionBody.properties,
    publisherId: Type.Optional(
      Nullable(Uuid, {
        description: "One publisher's events only; absent or null: every publisher's, and the program's.",
      }),
    ),
  },
  { additionalProperties: false },
);
export type CreateProgramSubscriptionBody = Static<typeof CreateProgramSubscriptionBody>;

export const UpdateSubscriptionBody = Type.Object(
  {
    url: Type.Optional(Url),
    eventTypes: Type.Optional(EventTypes),
    description: Type.Optional(Description),
    enabled: Type.Optional(
      Type.Boolean({
        description: 'false stops deliveries; true starts them again (failures counted anew).',
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateSubscriptionBody = Static<typeof UpdateSubscriptionBody>;

export const RotateSecretBody = Type.Object(
  {
    overlapHours: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 168,
        default: 24,
        description:
          'Hours the old secret signs too (a second signature), while receivers move to the new one.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type RotateSecretBody = Static<typeof RotateSecretBody>;

export const SubscriptionView = Type.Object(
  {
    id: Uuid,
    publisherId: Nullable(Uuid, { description: 'null: program-wide (every publisher and the program).' }),
    publisherName: Nullable(Type.String()),
    url: Type.String(),
    description: Type.String(),
    eventTypes: Type.Array(EventTypeName),
    enabled: Type.Boolean(),
    disabledAt: Nullable(Timestamp),
    disabledReason: Nullable(Type.Enum(['by-hand', 'failing', 'gone'])),
    consecutiveFailures: Type.Integer(),
    previousSecretUntil: Nullable(Timestamp, { description: 'Until when the previous secret signs too.' }),
    createdAt: Timestamp,
    createdByName: Type.String(),
  },
  { additionalProperties: false },
);
export type SubscriptionView = Static<typeof SubscriptionView>;

export const CreatedSubscription = Type.Object(
  {
    ...SubscriptionView.properties,
    secret: Type.String({
      description: 'The signing secret (whsec_...), shown this once: verify each webhook-signature with it.',
    }),
  },
  { additionalProperties: false },
);
export type CreatedSubscription = Static<typeof CreatedSubscription>;

const DeliveryStatus = Type.Enum(['queued', 'sending', 'delivered', 'failed', 'cancelled']);

export const DeliveryView = Type.Object(
  {
    id: Uuid,
    eventId: Type.String({ description: 'The webhook-id header: the same on every attempt and redelivery.' }),
    eventType: Type.String(),
    status: DeliveryStatus,
    attempts: Type.Integer(),
    nextAttemptAt: Nullable(Timestamp),
    lastStatusCode: Nullable(Type.Integer()),
    lastError: Nullable(Type.String()),
    createdAt: Timestamp,
    deliveredAt: Nullable(Timestamp),
    log: Type.Array(
      Type.Object(
        {
          attempt: Type.Integer(),
          at: Timestamp,
          statusCode: Nullable(Type.Integer()),
          error: Nullable(Type.String()),
          durationMs: Type.Integer(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type DeliveryView = Static<typeof DeliveryView>;

export const DeliveriesQuery = Type.Object(
  {
    status: Type.Optional(DeliveryStatus),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type DeliveriesQuery = Static<typeof DeliveriesQuery>;

export const ProgramListQuery = Type.Object(
  { publisherId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

const Ids = { subscriptionId: Uuid };
export const PublisherSubscriptionParams = Type.Object(
  { publisherId: Uuid, ...Ids },
  { additionalProperties: false },
);
export const SubscriptionParams = Type.Object(Ids, { additionalProperties: false });
export const PublisherDeliveryParams = Type.Object(
  { publisherId: Uuid, ...Ids, webhookDeliveryId: Uuid },
  { additionalProperties: false },
);
export const DeliveryParams = Type.Object(
  { ...Ids, webhookDeliveryId: Uuid },
  { additionalProperties: false },
);
