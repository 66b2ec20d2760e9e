import Type, { type Static } from 'typebox';
import { LINE_KINDS } from '../../domain/ledger.ts';
import { Day, Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { ClockView } from '../tasks/tasks.clock.ts';

export const THREAD_KINDS = ['support-ticket', 'technical-request', 'dispute'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

/** Where a conversation stands: whose turn it is, or resolved. */
export const THREAD_STATUSES = ['waiting-on-team', 'waiting-on-publisher', 'resolved'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

/** The languages people write in here (the portal's); replies reach them in the one they last used. */
export const WRITING_LANGUAGES = ['en', 'zh-TW', 'ja', 'ko', 'de', 'fr', 'es', 'pt-BR'] as const;
export const WritingLanguage = Type.Enum(WRITING_LANGUAGES, {
  description:
    "The language the writer reads; the other side's replies reach them in it. Default: unchanged.",
});

export const ConversationParams = Type.Object(
  {
    publisherId: Uuid,
    conversationId: Type.String({
      format: 'uuid',
      description: 'The support ticket, technical request or dispute the conversation is about.',
    }),
  },
  { additionalProperties: false },
);
export type ConversationParams = Static<typeof ConversationParams>;

export const ReplyBody = Type.Object(
  {
    body: Type.String({ minLength: 1, maxLength: 4000, pattern: '\\S' }),
    language: Type.Optional(WritingLanguage),
  },
  { additionalProperties: false },
);
export type ReplyBody = Static<typeof ReplyBody>;

export const ResolveBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 4000 })) },
  { additionalProperties: false },
);
export type ResolveBody = Static<typeof ResolveBody>;

export const MessageView = Type.Object(
  {
    id: Uuid,
    side: Type.Enum(['publisher', 'team']),
    event: Type.Enum(['opened', 'reply', 'resolved', 'reopened', 'decided'], {
      description: '`opened` is the opening text; `decided` a dispute decision (its body is the note).',
    }),
    authorName: Type.String(),
    body: Type.String(),
    textRemoved: Type.Boolean({
      description:
        'The text was removed once the conversation had been closed longer than the retention setting keeps it.',
    }),
    at: Timestamp,
  },
  { additionalProperties: false },
);
export type MessageView = Static<typeof MessageView>;

export const DisputedLineView = Type.Object(
  {
    source: Type.String(),
    lineId: Type.String(),
    billedOn: Day,
    kind: Type.Enum(LINE_KINDS),
    amountMinor: Type.Integer(),
    currency: Type.String(),
    usdCents: Nullable(Type.Integer()),
  },
  { additionalProperties: false },
);

export const DisputeFacts = Type.Object(
  {
    subject: Type.Enum(['line', 'tier'], { description: 'A billed-sales line, or the tier figure itself.' }),
    line: Nullable(DisputedLineView),
    outcome: Nullable(Type.Enum(['upheld', 'rejected'])),
    decisionNote: Nullable(Type.String()),
    correctionLineId: Nullable(Type.String({ description: 'The manual line written as the correction.' })),
    correctionUsdCents: Nullable(Type.Integer()),
    decidedAt: Nullable(Timestamp),
    decidedByName: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type DisputeFacts = Static<typeof DisputeFacts>;

const conversationFields = {
  id: Uuid,
  kind: Type.Enum(THREAD_KINDS),
  publisherId: Uuid,
  companyName: Type.String(),
  title: Nullable(
    Type.String({
      description: "A ticket's subject; null for a request or dispute (kind and offer say it).",
    }),
  ),
  offerId: Nullable(Uuid),
  offerName: Nullable(Type.String()),
  stage: Nullable(Type.String({ description: "A technical request's stage." })),
  solution: Nullable(Type.String({ description: "A technical request's solution: cloud or hybrid." })),
  status: Type.Enum(THREAD_STATUSES),
  openedAt: Timestamp,
  openedByName: Type.String(),
  lastAt: Timestamp,
  taskId: Uuid,
  dueAt: Timestamp,
  contactedAt: Nullable(Timestamp),
  clock: ClockView,
  dispute: Nullable(DisputeFacts),
};

export const ConversationItem = Type.Object(conversationFields, { additionalProperties: false });
export type ConversationItem = Static<typeof ConversationItem>;

export const ConversationView = Type.Object(
  { ...conversationFields, messages: Type.Array(MessageView) },
  {
    additionalProperties: false,
    description:
      'A conversation: the opening text, then every reply and status change, oldest first. The clock runs ' +
      'while the rewards team owes an answer.',
  },
);
export type ConversationView = Static<typeof ConversationView>;

export const ConversationsQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(Type.Enum(THREAD_STATUSES), { description: 'Repeat for several.' })),
    kind: Type.Optional(Type.Array(Type.Enum(THREAD_KINDS), { description: 'Repeat for several.' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 100 })),
  },
  { additionalProperties: false },
);
export type ConversationsQuery = Static<typeof ConversationsQuery>;
