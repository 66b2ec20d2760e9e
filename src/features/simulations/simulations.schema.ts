// What-if before publishing: the request (a whole program document, or one change to the version in force) and
// the figures answered.
import Type, { type Static } from 'typebox';
import { CHANGE_KINDS } from '../../domain/program-change.ts';
import { ProgramSchema } from '../../domain/program.ts';

const Id = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 });
const Cents = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

export const ChangeSchema = Type.Object(
  {
    kind: Type.Enum(CHANGE_KINDS, {
      description:
        'tier-threshold: `tierId` gets `thresholdUsdCents`; benefit-min-tier: `benefitId` unlocks from `tierId`; sponsorship-amount: `benefitId` gives `amountUsdCents` at `tierId`',
    }),
    tierId: Id,
    benefitId: Type.Optional(Id),
    thresholdUsdCents: Type.Optional(Cents),
    amountUsdCents: Type.Optional(Cents),
  },
  { additionalProperties: false },
);
export type ChangeBody = Static<typeof ChangeSchema>;

export const SimulationBody = Type.Object(
  {
    program: Type.Optional(ProgramSchema),
    change: Type.Optional(ChangeSchema),
    effectiveFrom: Type.Optional(
      Type.String({ format: 'date', description: 'With `change`: the day simulated (default today)' }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'Either `program`, a whole program document as POST /program/versions takes it, simulated at its effectiveFrom; or `change` (with `effectiveFrom`), applied to the version in force',
  },
);
export type SimulationBody = Static<typeof SimulationBody>;

export const SimulationQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })) },
  { additionalProperties: false },
);

const TierRef = Type.Object({ id: Type.String(), name: Type.String() }, { additionalProperties: false });
const BenefitRef = TierRef;

export const AffectedPublisherView = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    mpnId: Type.String(),
    tierNow: TierRef,
    tierThen: TierRef,
    gains: Type.Array(BenefitRef),
    loses: Type.Array(BenefitRef),
    keptByGrandfathering: Type.Array(BenefitRef),
    committedUsdCents: Type.Integer(),
  },
  { additionalProperties: false },
);

export const SimulationView = Type.Object(
  {
    version: Type.String(),
    effectiveFrom: Type.String(),
    basedOn: Type.String({ description: 'The version in force now, which the figures compare with' }),
    companies: Type.Object(
      { total: Type.Integer(), up: Type.Integer(), down: Type.Integer() },
      { additionalProperties: false },
    ),
    publishers: Type.Object(
      { total: Type.Integer(), affected: Type.Integer() },
      { additionalProperties: false },
    ),
    committedUsdCents: Type.Integer({
      description: 'Sponsorship amounts the newly unlocked sponsorships commit, at each tier then',
    }),
    moves: Type.Array(
      Type.Object(
        {
          from: TierRef,
          to: TierRef,
          direction: Type.Enum(['up', 'down']),
          companies: Type.Integer(),
        },
        { additionalProperties: false },
      ),
    ),
    benefits: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          name: Type.String(),
          kind: Type.String(),
          newlyUnlocked: Type.Integer(),
          keptByGrandfathering: Type.Integer(),
          lost: Type.Integer(),
          committedUsdCents: Type.Integer(),
        },
        { additionalProperties: false },
      ),
    ),
    affected: Type.Object(
      { total: Type.Integer(), items: Type.Array(AffectedPublisherView) },
      { additionalProperties: false, description: 'The first `limit` affected publishers, by name' },
    ),
  },
  { additionalProperties: false },
);
export type SimulationView = Static<typeof SimulationView>;
export type AffectedPublisherView = Static<typeof AffectedPublisherView>;
