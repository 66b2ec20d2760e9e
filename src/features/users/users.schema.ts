import Type, { type Static } from 'typebox';
import { PERSON_ROLES } from '../../platform/auth/access.ts';
import { DisplayName, Email, Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { InvitationLanguage, InvitationView, PendingInvitation } from '../invitations/invitations.schema.ts';

export const PublisherRole = Type.Enum(['publisher-owner', 'publisher-admin', 'publisher-member']);

export const AddUserBody = Type.Object(
  {
    email: Email,
    displayName: DisplayName,
    role: PublisherRole,
    language: Type.Optional(InvitationLanguage),
  },
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
    active: Type.Boolean({ description: 'False once deactivated; a pending person is active (may accept).' }),
    status: Type.Enum(['pending', 'active', 'deactivated'], {
      description:
        'Pending until the person accepts their invitation (sets a password or signs in with SSO).',
    }),
    pendingInvitation: Nullable(PendingInvitation, {
      description: "A pending person's latest invitation; null for everyone else.",
    }),
    createdAt: Timestamp,
    deactivatedAt: Nullable(Timestamp),
  },
  { additionalProperties: false },
);
export type UserView = Static<typeof UserView>;

/** A user just invited, with the link mailed to them (shown once, for when the mail does not arrive). */
export const CreatedUserView = Type.Object(
  { ...UserView.properties, invitation: InvitationView },
  { additionalProperties: false },
);
