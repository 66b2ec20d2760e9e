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
    mfaEnrolmentRequired: Type.Optional(
      Type.Boolean({
        description:
          'The person must set up two-step sign-in before anything else (staff, or a publisher that requires it).',
      }),
    ),
  },
  { additionalProperties: false },
);
export type SessionView = Static<typeof SessionView>;

export const MfaChallengeView = Type.Object(
  {
    mfaRequired: Type.Literal(true),
    challenge: Type.String({ description: 'Send it with the code to POST /api/v1/session/mfa.' }),
    expiresAt: Timestamp,
  },
  { additionalProperties: false },
);

export const SecondStepBody = Type.Object(
  {
    challenge: Type.String({ minLength: 1, maxLength: 200 }),
    code: Type.String({ minLength: 6, maxLength: 32 }),
  },
  { additionalProperties: false },
);
