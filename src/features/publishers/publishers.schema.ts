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
