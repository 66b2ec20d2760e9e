import Type, { type Static } from 'typebox';
import { CLOCK_STATES } from '../../domain/clocks.ts';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { ClockView } from './tasks.clock.ts';

const Kind = Type.Enum([
  'activation',
  'technical-request',
  'welcome',
  'support-ticket',
  'dispute',
  'offer-change',
]);
const Status = Type.Enum(['open', 'contacted', 'done', 'cancelled']);
const Channel = Type.Enum(['email', 'phone', 'meeting', 'other']);

export const TasksQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Array(Status, {
        description: 'Repeat for several (?status=open&status=contacted); default open and contacted.',
      }),
    ),
    kind: Type.Optional(Type.Array(Kind, { description: 'Repeat for several; default every kind.' })),
    clock: Type.Optional(
      Type.Array(Type.Enum(CLOCK_STATES), {
        description: 'Repeat for several (?clock=late&clock=due-soon).',
      }),
    ),
    assignee: Type.Optional(
      Type.String({
        pattern:
          '^(me|unassigned|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$',
        description: 'A staff user id, `me` or `unassigned`.',
      }),
    ),
    publisherId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);
export type TasksQuery = Static<typeof TasksQuery>;

export const TaskParams = Type.Object({ taskId: Uuid }, { additionalProperties: false });

export const LogContactBody = Type.Object(
  {
    channel: Channel,
    note: Type.String({ minLength: 1, maxLength: 4000 }),
  },
  { additionalProperties: false },
);
export type LogContactBody = Static<typeof LogContactBody>;

export const AssignBody = Type.Object(
  { assigneeId: Nullable(Uuid, { description: 'A rewards team member or program admin; null unassigns.' }) },
  { additionalProperties: false },
);
export type AssignBody = Static<typeof AssignBody>;

export const CancelBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);
export type CancelBody = Static<typeof CancelBody>;

export const TaskView = Type.Object(
  {
    id: Uuid,
    publisherId: Uuid,
    companyName: Type.String(),
    mpnId: Type.String(),
    kind: Kind,
    status: Status,
    subject: Type.String({
      description:
        'What the task is about, in English (`kind`, `benefitId` and `offerName` say it in parts).',
    }),
    benefitId: Nullable(Type.String({ description: 'The activated benefit, for an activation.' })),
    offerName: Nullable(Type.String({ description: 'The offer the task is about, if any.' })),
    activationId: Nullable(Uuid),
    technicalRequestId: Nullable(Uuid),
    offerId: Nullable(Uuid),
    supportTicketId: Nullable(Uuid),
    disputeId: Nullable(Uuid),
    answerAfterDecision: Nullable(
      Type.Boolean({
        description:
          'For a dispute: the publisher wrote after its decision, so the task (opened again) owes an answer, not a decision; null for other tasks.',
      }),
    ),
    offerChangeId: Nullable(Uuid, {
      description: "A publisher's request to change an offer's listing option, co-sell readiness or markets.",
    }),
    createdAt: Timestamp,
    dueAt: Timestamp,
    contactedAt: Nullable(Timestamp),
    clock: ClockView,
    promiseKept: Nullable(
      Type.Boolean({
        description: 'Whether the contact came by the due time; null while open and not yet late.',
      }),
    ),
    assigneeId: Nullable(Uuid),
    assigneeName: Nullable(Type.String()),
    assignedAt: Nullable(Timestamp),
    warnedAt: Nullable(Timestamp, { description: 'When the assignee was warned that the clock runs out.' }),
    escalatedAt: Nullable(Timestamp, { description: 'When program admins were told the clock ran out.' }),
    closedAt: Nullable(Timestamp),
    cancelReason: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type TaskView = Static<typeof TaskView>;

export const ContactView = Type.Object(
  {
    id: Uuid,
    taskId: Uuid,
    channel: Channel,
    note: Type.String(),
    contactedBy: Uuid,
    contactedByName: Type.String(),
    contactedAt: Timestamp,
  },
  { additionalProperties: false },
);
export type ContactView = Static<typeof ContactView>;

/** What the publisher asked for, as the task's kind has it; a field that is not the kind's is null. */
export const AskedView = Type.Object(
  {
    offerId: Nullable(Uuid, {
      description: "The offer named: a request's, a ticket's (if any) or the one that went live (welcome).",
    }),
    offerName: Nullable(Type.String()),
    subject: Nullable(Type.String({ description: "A support ticket's subject." })),
    description: Nullable(
      Type.String({
        description: "A technical request's or a support ticket's text, as the publisher wrote it.",
      }),
    ),
    stage: Nullable(
      Type.Enum(['presales', 'design', 'deployment', 'application-development'], {
        description: "A technical request's stage (S9).",
      }),
    ),
    solution: Nullable(
      Type.Enum(['cloud', 'hybrid'], { description: "A technical request's solution (S9)." }),
    ),
    benefitId: Nullable(
      Type.String({ description: "An activation's benefit (the portal names it in the reader's language)." }),
    ),
    grantUsdCents: Nullable(
      Type.Integer({ description: "A sponsorship's grant amount, once the activation issued one (S10)." }),
    ),
    offerChange: Nullable(
      Type.Object(
        {
          id: Uuid,
          status: Type.Enum(['pending', 'confirmed', 'declined', 'withdrawn']),
          requested: Type.Object(
            {
              listingOption: Type.Optional(Type.String()),
              coSellReady: Type.Optional(Type.Boolean()),
              markets: Type.Optional(Type.Array(Type.String())),
            },
            { additionalProperties: false, description: 'Only the facts the publisher asks to change.' },
          ),
          confirmed: Type.Object(
            {
              listingOption: Nullable(Type.String({ description: 'Null: never confirmed (a new offer).' })),
              coSellReady: Type.Boolean(),
              markets: Type.Array(Type.String()),
            },
            { additionalProperties: false },
          ),
          note: Nullable(Type.String()),
        },
        {
          additionalProperties: false,
          description:
            "An offer-change task's request: what the publisher asks for against what is confirmed.",
        },
      ),
    ),
  },
  { additionalProperties: false },
);
export type AskedView = Static<typeof AskedView>;

/** Someone to contact about the task, and why. */
export const ReachView = Type.Object(
  {
    userId: Uuid,
    name: Type.String(),
    email: Type.String(),
    phone: Nullable(Type.String({ description: 'E.164; known for marketing contacts (S7.3).' })),
    language: Nullable(Type.String({ description: 'The preferred language (BCP 47), if known (S7.3).' })),
    why: Type.Array(Type.Enum(['marketing-contact', 'requester']), {
      description:
        "A marketing contact of the publisher's (S6, S7), the person who opened the request or ticket.",
    }),
    active: Type.Boolean({ description: 'False when the person has left the publisher (deactivated).' }),
  },
  { additionalProperties: false },
);
export type ReachView = Static<typeof ReachView>;

export const TaskDetail = Type.Object(
  {
    task: TaskView,
    contacts: Type.Array(ContactView, { description: 'The contacts logged on the task, newest first.' }),
    asked: AskedView,
    whomToContact: Type.Array(ReachView, {
      description: 'The requester first (a request or ticket), then the marketing contacts.',
    }),
  },
  { additionalProperties: false },
);
export type TaskDetail = Static<typeof TaskDetail>;
