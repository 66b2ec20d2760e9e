import Type, { type Static } from 'typebox';

export const RateView = Type.Object(
  {
    currency: Type.String({ description: 'ISO 4217' }),
    month: Type.String({ description: 'The billing month, YYYY-MM.' }),
    usdPerUnit: Type.String({ description: 'USD per unit of the currency, as an exact decimal.' }),
  },
  { additionalProperties: false },
);
export type RateView = Static<typeof RateView>;

export const RateParams = Type.Object(
  { currency: Type.String({ maxLength: 3 }), month: Type.String({ maxLength: 7 }) },
  { additionalProperties: false },
);

export const RateBody = Type.Object(
  { usdPerUnit: Type.String({ maxLength: 30, description: 'A positive decimal such as "1.0842".' }) },
  { additionalProperties: false },
);
