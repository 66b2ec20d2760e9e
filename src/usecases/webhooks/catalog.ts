// The event catalogue: every event a webhook subscription can follow, with the JSON schema of its `data`. The
// OpenAPI document's `webhooks` section is made from it (features/webhooks), and emitting an event is typed by it.
// A delivered body is `{"type", "timestamp", "data"}` (Standard Webhooks' payload structure); `timestamp` is when
// the change happened, not when it was sent.
import Type, { type Static, type TSchema } from 'typebox';

const Id = Type.String({ format: 'uuid' });
const At = Type.String({ format: 'date-time' });
const Publisher = { publisherId: Id };
const Benefit = { ...Publisher, benefitId: Type.String(), benefitName: Type.String() };
const Task = {
  ...Publisher,
  taskId: Id,
  kind: Type.String({
    description: 'activation, technical-request, welcome, support-ticket, dispute or offer-change',
  }),
  dueAt: At,
};
const Grant = {
  ...Publisher,
  grantId: Id,
  benefitId: Type.String(),
  amountUsdCents: Type.Integer(),
  spentUsdCents: Type.Integer(),
  expiresAt: At,
};
const data = <P extends Record<string, TSchema>>(properties: P, description: string) =>
  Type.Object(properties, { additionalProperties: false, description });

/** Every event type and its data's schema, in the order the portal lists them. */
export const EVENT_SCHEMAS = {
  'tier.changed': data(
    {
      ...Publisher,
      fromTier: Type.String(),
      toTier: Type.String(),
      ttmUsdCents: Type.Integer({
        description: "The company's billed sales over the trailing twelve months.",
      }),
      asOf: Type.String({ format: 'date' }),
      programVersion: Type.String(),
    },
    "The publisher's company moved to another tier (up or down); its new unlocks follow as benefit.unlocked.",
  ),
  'benefit.unlocked': data(
    { ...Benefit, expiresAt: Type.Union([At, Type.Null()]), programVersion: Type.String() },
    'A benefit was unlocked for the first time (one-time benefits expire; transact ones refresh yearly).',
  ),
  'benefit.expiring': data(
    { ...Benefit, expiresAt: At },
    'A one-time benefit not activated yet expires within two weeks.',
  ),
  'benefit.expired': data({ ...Benefit, expiredAt: At }, 'A one-time benefit expired.'),
  'benefit.revoked': data(
    {
      ...Benefit,
      cause: Type.String({
        description: 'illegal-activity, delisting, ip-violation, sponsorship-misuse, other',
      }),
      note: Type.String(),
    },
    'A program admin revoked a benefit for cause.',
  ),
  'activation.created': data(
    { ...Publisher, activationId: Id, benefitId: Type.String(), contactDueAt: At },
    'The publisher activated a benefit; the rewards team promises contact by contactDueAt.',
  ),
  'activation.contacted': data(
    { ...Publisher, activationId: Id, taskId: Id, channel: Type.String() },
    'The rewards team logged its contact with the publisher about an activation.',
  ),
  'activation.fulfilled': data(
    { ...Publisher, activationId: Id, taskId: Id },
    'The rewards team completed an activation.',
  ),
  'task.late': data(Task, "The rewards team's promise on a task ran out with no contact logged."),
  'task.escalated': data(Task, 'A late task was escalated to the program admins.'),
  'ticket.replied': data(
    {
      ...Publisher,
      conversationId: Id,
      thread: Type.String({ description: 'support-ticket, technical-request or dispute' }),
      from: Type.Union([Type.Literal('publisher'), Type.Literal('rewards-team')]),
    },
    'A reply was written in a support ticket, technical request or dispute (its text stays in the API).',
  ),
  'billed-sales.batch.processed': data(
    {
      ...Publisher,
      batchId: Type.String({
        description:
          'The batch in the feed history (GET /api/v1/feed/deliveries/{id}): batch-<n> for an API batch, file-<n> for a file import.',
      }),
      accepted: Type.Integer({ description: "This publisher's lines the batch wrote." }),
      usdCents: Type.Integer({ description: 'Their USD value (cents; refunds and reversals negative).' }),
    },
    "The marketplace feed's batch was processed: this publisher's part of it (other publishers' lines are not told). A file import tells its lines chunk by chunk, in several events with the same batchId that add up to the file.",
  ),
  'sponsorship.granted': data(Grant, 'An activated sponsorship issued a grant.'),
  'sponsorship.spend.recorded': data(
    { ...Grant, amountRecordedUsdCents: Type.Integer() },
    'The rewards team recorded spend against a grant.',
  ),
  'sponsorship.spent': data(Grant, 'A grant was spent whole, or marked spent by the rewards team.'),
  'sponsorship.expiring': data(Grant, 'A grant with money left expires within 30 days.'),
  'sponsorship.expired': data(Grant, 'A grant expired.'),
  'program.published': data(
    { version: Type.String(), name: Type.String(), effectiveFrom: Type.String({ format: 'date' }) },
    'A program version was published (program-wide: program admins subscriptions only).',
  ),
} as const;

export type EventType = keyof typeof EVENT_SCHEMAS;
export const EVENT_TYPES = Object.keys(EVENT_SCHEMAS) as EventType[];
export type EventData<T extends EventType> = Static<(typeof EVENT_SCHEMAS)[T]>;

/** The events of no publisher: only program-wide subscriptions (program admins) can follow them. */
export const PROGRAM_EVENT_TYPES = ['program.published'] as const satisfies readonly EventType[];
export type ProgramEventType = (typeof PROGRAM_EVENT_TYPES)[number];
export type PublisherEventType = Exclude<EventType, ProgramEventType>;
export const PUBLISHER_EVENT_TYPES = EVENT_TYPES.filter(
  (t): t is PublisherEventType => !(PROGRAM_EVENT_TYPES as readonly string[]).includes(t),
);

/** What "Send a test event" sends: never subscribed to, delivered only to the subscription it was asked for. */
export const TEST_EVENT_TYPE = 'webhook.test';
export const TEST_EVENT_SCHEMA = data(
  { subscriptionId: Id, publisherId: Type.Union([Id, Type.Null()]) },
  'A test sent by hand from the subscription screen.',
);

/** The body of a delivery: the exact JSON that is signed and sent. */
export function eventBody(type: string, occurredAt: Date, payload: object): string {
  return JSON.stringify({ type, timestamp: occurredAt.toISOString(), data: payload });
}
