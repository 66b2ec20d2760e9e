import Type, { type Static } from 'typebox';

export const InvitationView = Type.Object(
  {
    token: Type.String({ description: 'Shown once: the one-time secret of the link.' }),
    url: Type.String(),
    expiresAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false, description: 'A one-time link for the user to set a password; shown once.' },
);
export type InvitationView = Static<typeof InvitationView>;
