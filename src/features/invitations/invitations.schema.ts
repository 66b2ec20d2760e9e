import Type, { type Static } from 'typebox';
import { PERSON_ROLES } from '../../platform/auth/access.ts';
import { DisplayName, Nullable, Timestamp } from '../../platform/http/schemas.ts';

export const InvitationView = Type.Object(
  {
    token: Type.String({ description: 'Shown once: the one-time secret of the link.' }),
    url: Type.String(),
    expiresAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false, description: 'A one-time link for the user to set a password; shown once.' },
);
export type InvitationView = Static<typeof InvitationView>;

/** Where a link stands: open (it works), or why not. */
export const InvitationStateSchema = Type.Enum([
  'open',
  'accepted',
  'expired',
  'revoked',
  'replaced',
  'unknown',
]);

export const InvitationDetails = Type.Object(
  {
    email: Type.String(),
    displayName: Type.String(),
    role: Type.Enum(PERSON_ROLES),
    publisherName: Nullable(Type.String(), { description: 'Null for the rewards team and program admins.' }),
    invitedByName: Nullable(Type.String(), { description: 'Null when invited from the command line.' }),
    language: Type.String({ description: 'The language the inviter chose (BCP 47).' }),
    expiresAt: Timestamp,
  },
  { additionalProperties: false },
);
export type InvitationDetails = Static<typeof InvitationDetails>;

export const InvitationLookup = Type.Object(
  { state: InvitationStateSchema, invitation: Nullable(InvitationDetails) },
  {
    additionalProperties: false,
    description: 'What an invitation link opens; no details for an unknown token.',
  },
);
export type InvitationLookup = Static<typeof InvitationLookup>;

export const TokenBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }) },
  { additionalProperties: false },
);

export const AcceptBody = Type.Object(
  {
    token: Type.String({ minLength: 10, maxLength: 200 }),
    password: Type.String({ maxLength: 1024 }),
    displayName: Type.Optional(DisplayName),
  },
  { additionalProperties: false },
);

/** The language an invitation is written in: one the portal and the mail both speak. */
export const InvitationLanguage = Type.Enum(['en', 'zh-TW', 'ja', 'ko', 'de', 'fr', 'es', 'pt-BR'], {
  description: "The invitation's language (its mail and the page its link opens); default the inviter's.",
});

/** A pending person's latest invitation, as the users and staff lists show it. */
export const PendingInvitation = Type.Object(
  { expiresAt: Timestamp, state: Type.Enum(['open', 'expired', 'revoked']), language: Type.String() },
  { additionalProperties: false },
);

/** A resend: optionally in another language (default the last invitation's). */
export const ResendBody = Type.Optional(
  Type.Object({ language: Type.Optional(InvitationLanguage) }, { additionalProperties: false }),
);
