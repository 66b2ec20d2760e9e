import Type, { type Static } from 'typebox';
import { LINE_FIELDS, LINE_KINDS } from '../../domain/ledger.ts';
import { Day, Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

const Cell = Type.Unknown({
  description: 'A string, or a number for amountMinor; null or absent when empty.',
});

/**
 * A line of the marketplace feed. Lines are checked one by one (a bad line, whatever is wrong with it, is rejected
 * with its number and reason, and the others go in), so the schema only documents the fields: a field it does not
 * name, or a cell that is not text, rejects its line, not the batch.
 */
export const FeedLine = Type.Object(
  Object.fromEntries(LINE_FIELDS.map((field) => [field, Type.Optional(Cell)])) as Record<
    (typeof LINE_FIELDS)[number],
    Type.TOptional<typeof Cell>
  >,
  {
    additionalProperties: true,
    description:
      'source and lineId (unique together), mpnId or publisherId, offerId (the marketplace offer id), customerId, ' +
      'customerCountry (ISO 3166), amountMinor (minor units of currency: cents, yen), currency (ISO 4217), ' +
      'billedOn (YYYY-MM-DD), kind (charge, refund, cancellation, fraud-reversal), reversesLineId (the line a ' +
      'cancellation or fraud reversal voids).',
  },
);

export const BatchBody = Type.Object(
  { lines: Type.Array(FeedLine, { minItems: 1, maxItems: 10_000 }) },
  {
    additionalProperties: false,
    description:
      'JSON `{"lines": [...]}`, or NDJSON (Content-Type: application/x-ndjson), one line object per text line.',
  },
);
export type BatchBody = Static<typeof BatchBody>;

export const LineRejectView = Type.Object(
  {
    line: Type.Integer({ description: 'The line number in the batch or file, from 1.' }),
    lineId: Nullable(Type.String()),
    code: Type.String(),
    field: Nullable(Type.String()),
    detail: Type.String(),
  },
  { additionalProperties: false },
);

export const BatchOutcomeView = Type.Object(
  {
    accepted: Type.Integer(),
    duplicate: Type.Integer({ description: 'Lines the ledger had already, with the same content.' }),
    rejected: Type.Integer(),
    rejects: Type.Array(LineRejectView),
    tierChanges: Type.Integer({ description: 'Companies whose tier these lines changed.' }),
  },
  { additionalProperties: false },
);
export type BatchOutcomeView = Static<typeof BatchOutcomeView>;

export const RecordSaleBody = Type.Object(
  {
    amountUsdCents: Type.Integer({
      minimum: -1e11,
      maximum: 1e11,
      not: { const: 0 },
      description: 'USD cents, at most $1B a line; negative for a refund.',
    }),
    billedOn: Type.String({
      format: 'date',
      pattern: '^(19|20)\\d{2}-',
      description: 'The billing day, YYYY-MM-DD.',
    }),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type RecordSaleBody = Static<typeof RecordSaleBody>;

export const SaleView = Type.Object(
  {
    source: Type.String(),
    lineId: Type.String(),
    publisherId: Uuid,
    amountUsdCents: Type.Integer(),
    billedOn: Day,
    kind: Type.Enum(LINE_KINDS),
    note: Nullable(Type.String()),
    createdAt: Timestamp,
  },
  { additionalProperties: false },
);
export type SaleView = Static<typeof SaleView>;

/** A dispute of a line, or the dispute a correction line was written for, and how it was decided. */
export const LineDispute = Type.Object(
  {
    id: Uuid,
    role: Type.Enum(['disputed', 'correction'], {
      description: '`disputed`: this line is contested; `correction`: this manual line corrects a dispute.',
    }),
    subject: Type.Enum(['line', 'tier']),
    lineId: Nullable(Type.String({ description: 'The disputed line; null for the tier figure.' })),
    open: Type.Boolean({ description: 'Not decided yet.' }),
    outcome: Nullable(Type.Enum(['upheld', 'rejected'])),
    decisionNote: Nullable(Type.String()),
    correctionLineId: Nullable(Type.String()),
    correctionUsdCents: Nullable(Type.Integer()),
    openedAt: Timestamp,
    decidedAt: Nullable(Timestamp),
  },
  { additionalProperties: false },
);
export type LineDispute = Static<typeof LineDispute>;

const TierRef = Type.Object({ id: Type.String(), name: Type.String() }, { additionalProperties: false });

export const LedgerSummary = Type.Object(
  {
    company: Type.Object(
      {
        id: Uuid,
        name: Type.String(),
        publishers: Type.Array(
          Type.Object(
            { id: Uuid, mpnId: Type.String(), companyName: Type.String() },
            { additionalProperties: false },
          ),
        ),
      },
      {
        additionalProperties: false,
        description: 'Tiers count every publisher profile of the company (L2).',
      },
    ),
    from: Day,
    to: Day,
    ttmUsdCents: Type.Integer(),
    months: Type.Array(
      Type.Object(
        {
          month: Type.String({ pattern: '^\\d{4}-\\d{2}$' }),
          countedUsdCents: Type.Integer(),
          excludedUsdCents: Type.Integer({
            description:
              'Charges and refunds that a cancellation or fraud reversal voided (the reversals add nothing).',
          }),
          countedLines: Type.Integer(),
          excludedLines: Type.Integer(),
        },
        { additionalProperties: false },
      ),
      { description: 'Each billing month of the window, oldest first; the first and last may be partial.' },
    ),
    tier: TierRef,
    next: Nullable(
      Type.Object(
        {
          tier: TierRef,
          missingUsdCents: Type.Integer(),
          forecast: Type.Object(
            {
              paceUsdCentsPerMonth: Type.Integer({
                description: 'Average counted sales of the last three months.',
              }),
              reachedBy: Nullable(Day, {
                description: 'When the next tier is reached at that pace; null: not within two years.',
              }),
              leavingUsdCents: Type.Integer({
                description:
                  'Counted sales of the months that leave the trailing window in the next three months: why the ' +
                  'forecast can be far although the pace is high.',
              }),
              leavingBy: Nullable(Day, {
                description: 'The day the last of those months has left the window; null: none leaves.',
              }),
            },
            { additionalProperties: false },
          ),
        },
        { additionalProperties: false },
      ),
    ),
    disputes: Type.Array(LineDispute, {
      description:
        "This publisher profile's disputes of its lines and of its tier figure, newest first (at most 20).",
    }),
    history: Type.Array(
      Type.Object(
        {
          at: Timestamp,
          asOf: Day,
          from: Type.String(),
          to: Type.String(),
          ttmUsdCents: Type.Integer(),
          programVersion: Type.String(),
          cause: Type.Enum(['lines', 'recompute']),
        },
        { additionalProperties: false },
      ),
      { description: 'Tier changes of the company, newest first, with the program version behind each.' },
    ),
  },
  { additionalProperties: false },
);
export type LedgerSummary = Static<typeof LedgerSummary>;

export const LinesQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(['all', 'counted', 'excluded'], { default: 'all' })),
    month: Type.Optional(Type.String({ pattern: '^(19|20)\\d{2}-(0[1-9]|1[0-2])$' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);
export type LinesQuery = Static<typeof LinesQuery>;

export const LedgerLineView = Type.Object(
  {
    source: Type.String(),
    lineId: Type.String(),
    offerId: Nullable(Uuid),
    customerId: Type.String(),
    customerCountry: Type.String(),
    amountMinor: Type.Integer(),
    currency: Type.String(),
    usdCents: Nullable(
      Type.Integer({
        description:
          "The amount in USD cents by its month's rate. A cancellation or fraud reversal shows what it took away " +
          '(the line it voided); null for one not folded in yet whose month has no rate.',
      }),
    ),
    billedOn: Day,
    kind: Type.Enum(LINE_KINDS),
    reversesLineId: Nullable(Type.String()),
    counts: Type.Boolean(),
    dispute: Nullable(LineDispute),
    excluded: Nullable(
      Type.Object(
        { code: Type.Enum(['reversal', 'voided']), reason: Type.String() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const LedgerLinesView = Type.Object(
  { from: Day, to: Day, total: Type.Integer(), items: Type.Array(LedgerLineView) },
  { additionalProperties: false, description: "This publisher profile's lines in the window, newest first." },
);
export type LedgerLinesView = Static<typeof LedgerLinesView>;
