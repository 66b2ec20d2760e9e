import Type, { type Static } from 'typebox';
import { Day, Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

export const RecordSaleBody = Type.Object(
  {
    amountUsdCents: Type.Integer({
      minimum: -1e11,
      maximum: 1e11,
      not: { const: 0 },
      description: 'USD cents, at most $1B a line; negative for a refund or reversal.',
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
    id: Type.Integer(),
    publisherId: Uuid,
    amountUsdCents: Type.Integer(),
    billedOn: Day,
    note: Nullable(Type.String()),
    createdAt: Timestamp,
  },
  { additionalProperties: false },
);
export type SaleView = Static<typeof SaleView>;

export const SalesView = Type.Object(
  { from: Day, to: Day, ttmUsdCents: Type.Integer(), items: Type.Array(SaleView) },
  {
    additionalProperties: false,
    description: 'Billed sales over the trailing window, exclusive of `from`, inclusive of `to`.',
  },
);
