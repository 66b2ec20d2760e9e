import Type, { type Static } from 'typebox';
import { REASON_CODES, REVOCATION_CAUSES } from '../../domain/facts.ts';
import { Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

export const ReasonView = Type.Object(
  {
    code: Type.Enum(REASON_CODES),
    message: Type.String(),
    missing: Type.Optional(
      Type.Object({
        tierId: Type.Optional(Type.String()),
        amountUsdCents: Type.Optional(Type.Integer()),
        listingTypes: Type.Optional(Type.Array(Type.String())),
      }),
    ),
    revoked: Type.Optional(
      Type.Object(
        {
          cause: Type.Enum(REVOCATION_CAUSES),
          note: Nullable(Type.String()),
          on: Type.String({ format: 'date' }),
        },
        { additionalProperties: false, description: 'Why and when the benefit was revoked for cause (L6).' },
      ),
    ),
    waitsFor: Type.Optional(
      Type.Object(
        {
          benefitId: Type.String(),
          remainingUsdCents: Type.Integer(),
          expiresOn: Type.String({ format: 'date' }),
        },
        {
          additionalProperties: false,
          description:
            'The open sponsorship grant a new one waits for (L9): what is left and when it expires.',
        },
      ),
    ),
  },
  { additionalProperties: false },
);

export const TierView = Type.Object(
  { id: Type.String(), name: Type.String(), thresholdUsdCents: Type.Integer() },
  { additionalProperties: false },
);

export const BenefitView = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    description: Type.String(),
    category: Type.Enum(['sales-and-marketing', 'technical']),
    kind: Type.Enum(['marketing', 'sales', 'sponsorship', 'technical']),
    activation: Type.Enum(['activate', 'request']),
    state: Type.Enum(['locked', 'available', 'active', 'expired']),
    amountUsdCents: Nullable(Type.Integer()),
    minTierId: Type.String(),
    unlockedAt: Nullable(Timestamp),
    unlockedAtTierId: Nullable(Type.String()),
    grandfathered: Type.Boolean({
      description: 'Unlocked earlier and kept although the publisher no longer qualifies (L6).',
    }),
    expiresAt: Nullable(Timestamp),
    renewsAt: Nullable(Timestamp),
    activationId: Nullable(Uuid),
    canActivate: Type.Boolean(),
    reasons: Type.Array(ReasonView, { description: 'Why the benefit is locked.' }),
    blockers: Type.Array(ReasonView, { description: 'Why an unlocked benefit cannot be activated now.' }),
  },
  { additionalProperties: false },
);

export const BenefitsView = Type.Object(
  {
    publisherId: Uuid,
    asOf: Timestamp,
    programVersion: Type.String(),
    tier: TierView,
    ttmUsdCents: Type.Integer({ description: 'Billed sales over the trailing twelve months, USD cents.' }),
    nextTier: Nullable(
      Type.Object(
        { ...TierView.properties, missingUsdCents: Type.Integer() },
        { additionalProperties: false },
      ),
    ),
    marketingContactCount: Type.Integer(),
    benefits: Type.Array(BenefitView),
  },
  { additionalProperties: false },
);
export type BenefitsView = Static<typeof BenefitsView>;

export const BenefitsQuery = Type.Object(
  { category: Type.Optional(Type.Enum(['sales-and-marketing', 'technical'])) },
  { additionalProperties: false },
);

export const BenefitParams = Type.Object(
  { publisherId: Uuid, benefitId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

export const RevokeBody = Type.Object(
  {
    cause: Type.Enum(REVOCATION_CAUSES, {
      description:
        'illegal-activity, delisting, ip-violation (intellectual property), sponsorship-misuse, or other (say what in the note).',
    }),
    note: Type.String({
      maxLength: 2000,
      default: '',
      description: 'Shown to the publisher; required for other.',
    }),
  },
  { additionalProperties: false },
);
export type RevokeBody = Static<typeof RevokeBody>;

export const ReinstateBody = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 2000, description: 'Why the benefit is given back.' }) },
  { additionalProperties: false },
);
export type ReinstateBody = Static<typeof ReinstateBody>;

export const RevocationView = Type.Object(
  {
    publisherId: Uuid,
    benefitId: Type.String(),
    benefitName: Type.String(),
    revokedAt: Nullable(Timestamp),
    cause: Nullable(Type.Enum(REVOCATION_CAUSES)),
    note: Nullable(Type.String()),
    cancelledActivations: Type.Integer({
      description: 'Open activations of the benefit cancelled by the revocation.',
    }),
  },
  { additionalProperties: false },
);
export type RevocationView = Static<typeof RevocationView>;

const BenefitRef = Type.Object({ id: Type.String(), name: Type.String() }, { additionalProperties: false });

export const PreviewView = Type.Object(
  {
    scheduled: Nullable(
      Type.Object(
        {
          version: Type.String(),
          name: Type.String(),
          effectiveFrom: Type.String({ format: 'date' }),
          tier: Type.Object({ now: TierView, then: TierView }, { additionalProperties: false }),
          gains: Type.Array(BenefitRef, { description: 'Unlocked then, not now.' }),
          loses: Type.Array(BenefitRef, {
            description: 'Unlocked now, locked then or no longer in the program.',
          }),
          keptByGrandfathering: Type.Array(BenefitRef, {
            description: 'Unlocked now and kept then only because they were unlocked before (L6).',
          }),
        },
        { additionalProperties: false },
      ),
      {
        description:
          'The next program version scheduled, and what it changes for the publisher; null when none.',
      },
    ),
  },
  { additionalProperties: false },
);
export type PreviewView = Static<typeof PreviewView>;
