import Type, { type Static } from 'typebox';
import { DisplayName, Email, Timestamp, Uuid } from '../../platform/http/schemas.ts';

export const CreatePublisherBody = Type.Object(
  {
    mpnId: Type.String({
      pattern: '^[1-9][0-9]{0,11}$',
      description:
        'MPN ID (Partner ID): digits only, no leading zero, so each number is registered once (S1).',
    }),
    companyName: Type.String({ minLength: 1, maxLength: 200 }),
    accountEmail: Email,
    owner: Type.Object({ email: Email, displayName: DisplayName }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
export type CreatePublisherBody = Static<typeof CreatePublisherBody>;

export const PublisherView = Type.Object(
  {
    id: Uuid,
    mpnId: Type.String(),
    companyName: Type.String(),
    accountEmail: Type.String(),
    companyId: Type.String({
      format: 'uuid',
      description: 'The company whose profiles share one tier (L2).',
    }),
    createdAt: Timestamp,
  },
  { additionalProperties: false },
);
export type PublisherView = Static<typeof PublisherView>;

export const PublishersQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        pattern: '\\S',
        description:
          'A part of the company name, the MPN ID, or an email address (the account, a user, a marketing ' +
          "contact), in any case. A publisher's user finds only its own publisher.",
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0, description: 'Publishers to skip.' }),
    ),
  },
  { additionalProperties: false },
);
export type PublishersQuery = Static<typeof PublishersQuery>;

export const PublishersPage = Type.Object(
  {
    items: Type.Array(PublisherView),
    hasMore: Type.Boolean({ description: 'Whether a page follows this one (offset + limit).' }),
  },
  { additionalProperties: false },
);
export type PublishersPage = Static<typeof PublishersPage>;
