import Type, { type Static } from 'typebox';
import { PERSON_ROLES } from '../../platform/auth/access.ts';
import { DisplayName, Email, Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

export const PublisherRole = Type.Enum(['publisher-owner', 'publisher-admin', 'publisher-member']);

export const AddUserBody = Type.Object(
  { email: Email, displayName: DisplayName, role: PublisherRole },
  { additionalProperties: false },
);
export type AddUserBody = Static<typeof AddUserBody>;

export const UserParams = Type.Object({ publisherId: Uuid, userId: Uuid }, { additionalProperties: false });

export const UserView = Type.Object(
  {
    id: Uuid,
    publisherId: Nullable(Uuid),
    email: Type.String(),
    displayName: Type.String(),
    role: Type.Enum(PERSON_ROLES),
    active: Type.Boolean(),
    createdAt: Timestamp,
    deactivatedAt: Nullable(Timestamp),
  },
  { additionalProperties: false },
);
export type UserView = Static<typeof UserView>;
