import Type, { type Static } from 'typebox';
import { Day, Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

const Cents = Type.Integer({ minimum: 0, description: 'US dollars in cents.' });

export const SpendView = Type.Object(
  {
    id: Type.Integer(),
    amountUsdCents: Cents,
    spentOn: Day,
    note: Type.String(),
    recordedBy: Uuid,
    recordedByName: Type.String(),
    recordedAt: Timestamp,
  },
  { additionalProperties: false },
);

export const GrantView = Type.Object(
  {
    id: Uuid,
    publisherId: Uuid,
    activationId: Uuid,
    benefitId: Type.String(),
    benefitName: Type.String(),
    state: Type.Enum(['issued', 'active', 'spent', 'expired'], {
      description:
        'issued: before its start; active: money may be spent; spent: all of it, or marked spent; expired: its expiry passed with money left.',
    }),
    amountUsdCents: Cents,
    spentUsdCents: Cents,
    remainingUsdCents: Cents,
    issuedAt: Timestamp,
    startsAt: Timestamp,
    expiresAt: Timestamp,
    spentAt: Nullable(Timestamp),
    spentNote: Nullable(Type.String(), {
      description: 'Why the rest was not spent, when the grant was marked spent.',
    }),
    spend: Type.Array(SpendView, { description: 'The spend recorded against the grant, oldest first.' }),
  },
  { additionalProperties: false },
);
export type GrantView = Static<typeof GrantView>;

export const GrantParams = Type.Object({ publisherId: Uuid, grantId: Uuid }, { additionalProperties: false });

export const SpendBody = Type.Object(
  {
    amountUsdCents: Type.Integer({
      minimum: 1,
      maximum: 1_000_000_000_00,
      description: 'US dollars in cents.',
    }),
    spentOn: Day,
    note: Type.String({ maxLength: 2000, default: '' }),
  },
  { additionalProperties: false },
);
export type SpendBody = Static<typeof SpendBody>;

export const MarkSpentBody = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 2000, description: 'Why the rest will not be spent.' }) },
  { additionalProperties: false },
);
export type MarkSpentBody = Static<typeof MarkSpentBody>;
