import Type, { type Static } from 'typebox';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

/** A code from an authenticator app (6 digits) or a recovery code (xxxxx-xxxxx). */
export const Code = Type.String({ minLength: 6, maxLength: 32 });

export const AccountView = Type.Object(
  {
    mfa: Type.Object(
      {
        enabled: Type.Boolean(),
        required: Type.Boolean({
          description:
            'Whether the person must have it: staff (when the service requires it) or a publisher that requires it.',
        }),
        recoveryCodesLeft: Type.Integer({ minimum: 0 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type AccountView = Static<typeof AccountView>;

export const EnrolmentView = Type.Object(
  {
    secret: Type.String({ description: 'The base32 secret, for typing into an app; shown only now.' }),
    uri: Type.String({ description: 'The otpauth:// address the QR code holds.' }),
    qrCode: Type.String({ description: 'The QR code as an SVG data URL.' }),
  },
  { additionalProperties: false },
);
export type EnrolmentView = Static<typeof EnrolmentView>;

export const CodeBody = Type.Object({ code: Code }, { additionalProperties: false });
export type CodeBody = Static<typeof CodeBody>;

export const RecoveryCodesView = Type.Object(
  {
    recoveryCodes: Type.Array(Type.String(), {
      description: 'Ten one-time codes, each good for one sign-in without the app; shown only now.',
    }),
  },
  { additionalProperties: false },
);

export const PasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
    newPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type PasswordBody = Static<typeof PasswordBody>;

export const SessionItem = Type.Object(
  {
    id: Uuid,
    userAgent: Nullable(Type.String()),
    ip: Nullable(Type.String()),
    signedInAt: Timestamp,
    lastSeenAt: Timestamp,
    current: Type.Boolean({ description: 'The session this request came with.' }),
  },
  { additionalProperties: false },
);
export type SessionItem = Static<typeof SessionItem>;

export const SessionParams = Type.Object({ sessionId: Uuid }, { additionalProperties: false });

export const EndedView = Type.Object(
  { ended: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);

export const MfaRequirement = Type.Object(
  { required: Type.Boolean({ description: 'Every user of the publisher must set up two-step sign-in.' }) },
  { additionalProperties: false },
);
export type MfaRequirement = Static<typeof MfaRequirement>;
