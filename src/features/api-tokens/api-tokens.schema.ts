import Type, { type Static } from 'typebox';
import { TOKEN_SCOPES } from '../../platform/auth/access.ts';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

const Scope = Type.Enum(Object.keys(TOKEN_SCOPES) as (keyof typeof TOKEN_SCOPES)[]);

export const CreateTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(Scope, { minItems: 1, uniqueItems: true }),
    expiresInDays: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 365,
        default: 90,
        description: 'Days until the token stops working: 1 to 365, 90 unless given.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CreateTokenBody = Static<typeof CreateTokenBody>;

export const TokenParams = Type.Object({ tokenId: Uuid }, { additionalProperties: false });

export const TokenView = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    scopes: Type.Array(Type.String()),
    createdAt: Timestamp,
    lastUsedAt: Nullable(Timestamp),
    revokedAt: Nullable(Timestamp),
    expiresAt: Timestamp,
  },
  { additionalProperties: false },
);
export type TokenView = Static<typeof TokenView>;

export const CreatedToken = Type.Object(
  { ...TokenView.properties, token: Type.String({ description: 'Shown once; only its hash is kept.' }) },
  { additionalProperties: false },
);
export type CreatedToken = Static<typeof CreatedToken>;
