// The program as data (docs/rules.md L1-L9): tiers, benefits, windows, contact rules.
// An operator edits the program file; this module says what a valid one is.
import Type, { type Static, type TSchema } from 'typebox';
import Value from 'typebox/value';

export const LISTING_TYPES = ['list', 'trial', 'consulting', 'transact'] as const;
export type ListingType = (typeof LISTING_TYPES)[number];

/** How an offer is listed on the marketplace; the program maps each option to a listing type (L1). */
export const LISTING_OPTIONS = [
  'contact-me',
  'byol',
  'free',
  'get-it-now',
  'free-trial',
  'test-drive',
  'consulting',
  'transact',
] as const;
export type ListingOption = (typeof LISTING_OPTIONS)[number];

export const PREREQUISITES = ['listing-optimization-completed', 'co-sell-ready'] as const;
export type Prerequisite = (typeof PREREQUISITES)[number];
export const EXCLUSIONS = ['byol', 'private'] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

const ListingTypeSchema = Type.Enum(LISTING_TYPES);
const Id = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 });
const Cents = Type.Integer({ minimum: 0 });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const TierSchema = Type.Object(
  { id: Id, name: Type.String({ minLength: 1 }), thresholdUsdCents: Cents },
  { additionalProperties: false },
);

export const BenefitSchema = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    description: Type.String({ minLength: 1 }),
    category: Type.Enum(['sales-and-marketing', 'technical']),
    kind: Type.Enum(['marketing', 'sales', 'sponsorship', 'technical']),
    listingTypes: Type.Array(ListingTypeSchema, {
      minItems: 1,
      uniqueItems: true,
    }),
    minTier: Id,
    prerequisites: Type.Array(Type.Enum(PREREQUISITES), { uniqueItems: true }),
    exclusions: Type.Array(Type.Enum(EXCLUSIONS), { uniqueItems: true }),
    /** ISO 3166 country codes where the benefit is offered; absent means everywhere. */
    availableIn: Type.Optional(
      Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), { minItems: 1, uniqueItems: true }),
    ),
    /** Value by tier id, in USD cents (sponsorships); the highest tier at or below the publisher's applies. */
    amountsByTier: Type.Optional(Type.Record(Type.String(), Cents)),
    /** `activate` through the Activate button (S8), or `request` through the technical request form (S9). */
    activation: Type.Enum(['activate', 'request']),
  },
  { additionalProperties: false },
);

export const ProgramSchema = Type.Object(
  {
    version: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$' }),
    name: Type.String({ minLength: 1 }),
    effectiveFrom: IsoDate,
    completeBy: Type.Union([IsoDate, Type.Null()]),
    windows: Type.Object(
      {
        contactPromiseDays: Type.Integer({ minimum: 1, maximum: 90 }),
        welcomeWindowDays: Type.Integer({ minimum: 1, maximum: 180 }),
        oneTimeExpiryMonths: Type.Integer({ minimum: 1, maximum: 36 }),
        trailingMonths: Type.Integer({ minimum: 1, maximum: 36 }),
        dueSoonHours: Type.Integer({ minimum: 1, maximum: 720 }),
      },
      { additionalProperties: false },
    ),
    listingOptions: Type.Object(
      {
        'contact-me': ListingTypeSchema,
        byol: ListingTypeSchema,
        free: ListingTypeSchema,
        'get-it-now': ListingTypeSchema,
        'free-trial': ListingTypeSchema,
        'test-drive': ListingTypeSchema,
        consulting: ListingTypeSchema,
        transact: ListingTypeSchema,
      } satisfies Record<ListingOption, unknown>,
      { additionalProperties: false },
    ),
    tiers: Type.Array(TierSchema, { minItems: 1 }),
    benefits: Type.Array(BenefitSchema, { minItems: 1 }),
    marketingContacts: Type.Object(
      {
        max: Type.Integer({ minimum: 1, maximum: 10 }),
        catchAllLocalParts: Type.Array(Type.String({ pattern: '^[a-z0-9._+-]+$' }), { uniqueItems: true }),
      },
      { additionalProperties: false },
    ),
    /** BCP 47 tags a marketing contact may prefer. */
    languages: Type.Array(Type.String({ minLength: 2 }), { minItems: 1, uniqueItems: true }),
    /** How sponsorship grants run (S10, L9); absent: 12 months, one at a time, a reminder 30 days before expiry. */
    sponsorships: Type.Optional(
      Type.Object(
        {
          grantMonths: Type.Integer({ minimum: 1, maximum: 36 }),
          stacking: Type.Boolean(),
          reminderDays: Type.Integer({ minimum: 1, maximum: 180 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export type Tier = Static<typeof TierSchema>;
export type Benefit = Static<typeof BenefitSchema>;
export type Program = Static<typeof ProgramSchema>;

export interface ProgramProblem {
  /** JSON pointer of the bad field inside the program document. */
  path: string;
  message: string;
  /**
   * What is wrong, for words in a person's language: a schema keyword (`minimum`, `pattern`, `required`, `type`,
   * `enum`, `minItems`, `unknown-field`, ...) or a rule's name (`threshold-not-rising`, `unknown-tier`, ...).
   */
  code: string;
  /** What the code's words need: a `limit`, a `tier`, the `previous` threshold in cents. */
  params?: Record<string, string | number>;
}

/** Parts checked one by one as well as whole: the schema's errors stop at the first bad item of a list. */
const PARTS = [
  ['/tiers', TierSchema],
  ['/benefits', BenefitSchema],
] as const;

function shapeProblems(schema: TSchema, doc: unknown, at: string): ProgramProblem[] {
  return Value.Errors(schema, doc)
    .filter((e) => e.keyword !== 'additionalProperties' && e.keyword !== 'anyOf')
    .flatMap((e): ProgramProblem[] => {
      const path = at + e.instancePath;
      const params = e.params as { allowedValues?: unknown[]; limit?: number; requiredProperties?: string[] };
      if (e.keyword === 'required') {
        return (params.requiredProperties ?? []).map((name) => ({
          path: `${path}/${name}`,
          message: 'is required',
          code: 'required',
        }));
      }
      if (e.keyword === 'boolean')
        return [{ path, message: 'is not a field the program knows', code: 'unknown-field' }];
      if (params.allowedValues) {
        return [{ path, message: `must be one of: ${params.allowedValues.join(', ')}`, code: 'enum' }];
      }
      const limit = typeof params.limit === 'number' ? { params: { limit: params.limit } } : {};
      return [{ path: path || '/', message: e.message, code: e.keyword, ...limit }];
    });
}

/**
 * Checks a parsed program document: first its shape, then the rules that bind fields together
 * (tier thresholds rise from zero, every reference names a tier that exists, ids are unique).
 * Returns every problem found, not only the first: one per field (the first said of it).
 */
export function validateProgram(doc: unknown): ProgramProblem[] {
  const found = shapeProblems(ProgramSchema, doc, '');
  if (found.length === 0) return crossFieldProblems(doc as Program);
  const record = doc as Record<string, unknown>;
  for (const [at, schema] of PARTS) {
    const list = record[at.slice(1)];
    if (Array.isArray(list))
      list.forEach((item, i) => found.push(...shapeProblems(schema, item, `${at}/${i}`)));
  }
  const seen = new Set<string>();
  return found.filter((p) => !seen.has(p.path) && seen.add(p.path));
}

function crossFieldProblems(program: Program): ProgramProblem[] {
  const problems: ProgramProblem[] = [];
  const tierIds = program.tiers.map((t) => t.id);
  if (program.tiers[0]?.thresholdUsdCents !== 0) {
    problems.push({
      path: '/tiers/0/thresholdUsdCents',
      message: 'the first tier must start at 0',
      code: 'first-tier-not-zero',
    });
  }
  program.tiers.forEach((tier, i) => {
    if (tierIds.indexOf(tier.id) !== i)
      problems.push({
        path: `/tiers/${i}/id`,
        message: `duplicate tier id "${tier.id}"`,
        code: 'duplicate-id',
      });
    const previous = program.tiers[i - 1];
    if (previous && tier.thresholdUsdCents <= previous.thresholdUsdCents) {
      problems.push({
        path: `/tiers/${i}/thresholdUsdCents`,
        message: `must be greater than the previous tier's threshold (${previous.thresholdUsdCents})`,
        code: 'threshold-not-rising',
        params: { previous: previous.thresholdUsdCents },
      });
    }
  });
  const benefitIds = program.benefits.map((b) => b.id);
  program.benefits.forEach((benefit, i) => {
    const at = `/benefits/${i}`;
    if (benefitIds.indexOf(benefit.id) !== i)
      problems.push({
        path: `${at}/id`,
        message: `duplicate benefit id "${benefit.id}"`,
        code: 'duplicate-id',
      });
    const minRank = tierIds.indexOf(benefit.minTier);
    if (minRank < 0) {
      const tier = benefit.minTier;
      problems.push({
        path: `${at}/minTier`,
        message: `unknown tier "${tier}"`,
        code: 'unknown-tier',
        params: { tier },
      });
    }
    if (minRank > 0 && benefit.listingTypes.some((t) => t !== 'transact')) {
      problems.push({
        path: `${at}/listingTypes`,
        message:
          'a benefit above the first tier unlocks through billed sales, so only for transact offers (S4)',
        code: 'transact-only',
      });
    }
    for (const tierId of Object.keys(benefit.amountsByTier ?? {})) {
      const rank = tierIds.indexOf(tierId);
      if (rank < 0)
        problems.push({
          path: `${at}/amountsByTier/${tierId}`,
          message: `unknown tier "${tierId}"`,
          code: 'unknown-tier',
          params: { tier: tierId },
        });
      else if (rank < minRank) {
        problems.push({
          path: `${at}/amountsByTier/${tierId}`,
          message: `tier "${tierId}" is below minTier "${benefit.minTier}"`,
          code: 'below-minimum-tier',
          params: { tier: tierId },
        });
      }
    }
    if (benefit.kind === 'technical' && benefit.category !== 'technical') {
      problems.push({
        path: `${at}/category`,
        message: 'a technical benefit belongs to the technical category',
        code: 'technical-category',
      });
    }
  });
  if (
    !benefitIds.includes(LISTING_OPTIMIZATION) &&
    program.benefits.some((b) => b.prerequisites.includes('listing-optimization-completed'))
  ) {
    problems.push({
      path: '/benefits',
      message: `a benefit requires a completed "${LISTING_OPTIMIZATION}" but the program has no such benefit`,
      code: 'no-listing-optimization',
    });
  }
  program.languages.forEach((tag, i) => {
    try {
      if (Intl.getCanonicalLocales(tag)[0] !== tag) {
        problems.push({
          path: `/languages/${i}`,
          message: `write "${tag}" as ${Intl.getCanonicalLocales(tag)[0]}`,
          code: 'language-tag',
        });
      }
    } catch {
      problems.push({
        path: `/languages/${i}`,
        message: `"${tag}" is not a BCP 47 language tag`,
        code: 'language-tag',
      });
    }
  });
  return problems;
}

/** The benefit whose completion the `listing-optimization-completed` prerequisite asks for (L4). */
export const LISTING_OPTIMIZATION = 'listing-optimization';

/** A benefit's name in the program; an id the program no longer knows stands for itself. */
export function benefitName(program: Program, benefitId: string): string {
  return program.benefits.find((b) => b.id === benefitId)?.name ?? benefitId;
}

export function tierRank(program: Program, tierId: string): number {
  return program.tiers.findIndex((t) => t.id === tierId);
}

/** The program version in force on `date`: the latest whose effectiveFrom is on or before it. */
export function programInForce<P extends { effectiveFrom: string }>(
  versions: readonly P[],
  date: Date,
): P | undefined {
  const day = date.toISOString().slice(0, 10);
  return versions
    .filter((v) => v.effectiveFrom <= day)
    .reduce<P | undefined>(
      (best, v) => (!best || v.effectiveFrom > best.effectiveFrom ? v : best),
      undefined,
    );
}

/**
 * The stored versions, sorted by effectiveFrom; versions are immutable, so a process may keep them. The service
 * loads them (`ProgramCatalog.load` in features/program); the platform and the workers only need this shape.
 */
export class ProgramVersions {
  #versions: readonly Program[] = [];
  constructor(versions: readonly Program[]) {
    this.replace(versions);
  }

  get versions(): readonly Program[] {
    return this.#versions;
  }

  /** Takes the stored versions again (one was published): versions only ever add, so nothing held goes stale. */
  protected replace(versions: readonly Program[]): void {
    this.#versions = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  }

  /** The next version to take effect after `now`'s day, if one is scheduled. */
  next(now: Date): Program | undefined {
    const day = now.toISOString().slice(0, 10);
    return this.versions.find((v) => v.effectiveFrom > day);
  }

  /** The version in force at `now`; before the first version takes effect, the first one. */
  at(now: Date): Program {
    const program = programInForce(this.versions, now) ?? this.versions[0];
    if (!program) throw new Error('No program version is stored: start the service once to load program/.');
    return program;
  }
}
