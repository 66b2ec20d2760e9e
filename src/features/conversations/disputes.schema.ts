import Type, { type Static } from 'typebox';
import { WritingLanguage } from './conversations.schema.ts';

export const OpenDisputeBody = Type.Object(
  {
    subject: Type.Enum(['line', 'tier'], {
      description: '`line`: one billed-sales line (give source and lineId); `tier`: the tier figure itself.',
    }),
    source: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: "The line's feed source." }),
    ),
    lineId: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: "The line's id." })),
    note: Type.String({
      minLength: 10,
      maxLength: 4000,
      pattern: '\\S',
      description: 'What is wrong, in the writer’s words (not blank).',
    }),
    language: Type.Optional(WritingLanguage),
  },
  { additionalProperties: false },
);
export type OpenDisputeBody = Static<typeof OpenDisputeBody>;

export const DecideDisputeBody = Type.Object(
  {
    outcome: Type.Enum(['upheld', 'rejected']),
    note: Type.String({
      minLength: 1,
      maxLength: 4000,
      pattern: '\\S',
      description: 'Why, for the publisher.',
    }),
    correction: Type.Optional(
      Type.Object(
        {
          amountUsdCents: Type.Integer({
            minimum: -1e11,
            maximum: 1e11,
            not: { const: 0 },
            description: 'USD cents; negative takes sales away.',
          }),
          billedOn: Type.String({ format: 'date', pattern: '^(19|20)\\d{2}-', description: 'YYYY-MM-DD.' }),
        },
        {
          additionalProperties: false,
          description: 'A manual line written as the correction (only when upheld).',
        },
      ),
    ),
  },
  { additionalProperties: false },
);
export type DecideDisputeBody = Static<typeof DecideDisputeBody>;
