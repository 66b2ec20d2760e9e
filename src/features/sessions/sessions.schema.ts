import Type, { type Static } from 'typebox';
import { PERMISSION_NAMES, PERSON_ROLES } from '../../platform/auth/access.ts';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

export const SignInBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type SignInBody = Static<typeof SignInBody>;

export const SessionView = Type.Object(
  {
    user: Type.Object(
      {
        id: Uuid,
        email: Type.String(),
        displayName: Type.String(),
        role: Type.Enum(PERSON_ROLES),
        publisherId: Nullable(Uuid),
      },
      { additionalProperties: false },
    ),
    permissions: Type.Array(Type.Enum(PERMISSION_NAMES), {
      description:
        "What the user's role may do (the permissions routes declare): the portal shows only the actions allowed.",
    }),
    csrfToken: Type.String({
      description: 'Send it as X-CSRF-Token with every change made with this session.',
    }),
    expiresAt: Timestamp,
  },
  { additionalProperties: false },
);
export type SessionView = Static<typeof SessionView>;
