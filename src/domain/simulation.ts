// What-if before publishing (issue 15): what a candidate program version would change, on its effective date, for
// every company and publisher on the real ledger: the tier moves, the benefits newly unlocked, lost, or kept only
// by grandfathering (L6), and the sponsorship dollars the new unlocks commit.
// Pure: the programs, each company's trailing totals and each publisher's facts in; the figures out.
import { evaluateEligibility, type Eligibility } from './eligibility.ts';
import type { ActivationFacts, OfferFacts, UnlockFacts } from './facts.ts';
import { tierRank, type Program } from './program.ts';

/** A company's billed sales over the current version's window now, and the candidate's at its effective date. */
export interface CompanyTotals {
  nowUsdCents: number;
  thenUsdCents: number;
}

/**
 * What whether a benefit is unlocked depends on. Marketing contacts and grants only block an activation (S6, L9),
 * they lock nothing: the simulation needs neither.
 */
export interface PublisherFacts {
  offers: readonly OfferFacts[];
  unlocks: readonly UnlockFacts[];
  activations: readonly ActivationFacts[];
}

/** A publisher profile and its facts. */
export interface SimulatedPublisher {
  id: string;
  name: string;
  mpnId: string;
  companyId: string;
  /**
   * Equal for publishers whose facts are equal (the ids of their own rows aside): each case is evaluated once, and
   * `facts` read only for the first publisher of a case.
   */
  factsKey: string;
  facts: () => PublisherFacts;
}

export interface SimulationInput {
  /** The version in force now, evaluated at `now`. */
  current: Program;
  /** The candidate, evaluated at `at` (its effective date). */
  candidate: Program;
  now: Date;
  at: Date;
  /** Every company's totals; a company missing here has none (zero). */
  totals: ReadonlyMap<string, CompanyTotals>;
  publishers: readonly SimulatedPublisher[];
}

export interface TierMove {
  from: string;
  to: string;
  direction: 'up' | 'down';
  companies: number;
}

export interface BenefitFigures {
  benefitId: string;
  /** Publishers for whom it is locked now and unlocked then. */
  newlyUnlocked: number;
  /** Publishers who have it now by the rules and then only because they unlocked it before (L6). */
  keptByGrandfathering: number;
  /** Publishers who have it now and not then (the candidate drops it, or their offers no longer qualify). */
  lost: number;
  /** What the new unlocks of a sponsorship commit, at each publisher's tier then (USD cents). */
  committedUsdCents: number;
}

export interface AffectedPublisher {
  id: string;
  name: string;
  mpnId: string;
  tierNow: string;
  tierThen: string;
  gains: string[];
  loses: string[];
  keptByGrandfathering: string[];
  committedUsdCents: number;
}

export interface Simulation {
  companies: { total: number; up: number; down: number };
  publishers: { total: number; affected: number };
  /** From→to counts of the companies whose tier moves, the largest first. */
  moves: TierMove[];
  /** One row per benefit of either version, the candidate's order first. */
  benefits: BenefitFigures[];
  committedUsdCents: number;
  /** Publishers whose tier moves or whose benefits change, by name then MPN ID. */
  affected: AffectedPublisher[];
}

/**
 * Runs the candidate against the ledger: each company's tier now (current version, `now`) and then (candidate,
 * `at`); each publisher's benefits now and then, the "then" side counting what refreshing its unlocks now would
 * record (so a benefit it qualifies for today is kept by L6 even where the candidate would not give it).
 * Publishers with the same facts and tiers get the same answer, so each distinct case is evaluated once (the
 * benchmark's 100,000 publishers are a handful of cases).
 */
export function simulate(input: SimulationInput): Simulation {
  const { current, candidate } = input;
  // Each company's tier now and then, once (one number: rank now * the candidate's tier count + rank then), by a ranker over the thresholds
  // rather than `tierFor` (which builds the next tier's figures too) for each company and again for each profile.
  const rankNow = ranker(current);
  const rankThen = ranker(candidate);
  const width = candidate.tiers.length;
  const ranks = new Map<string, number>();
  const rankOf = (companyId: string) => {
    let rank = ranks.get(companyId);
    if (rank === undefined) {
      const totals = input.totals.get(companyId);
      rank = rankNow(totals?.nowUsdCents ?? 0) * width + rankThen(totals?.thenUsdCents ?? 0);
      ranks.set(companyId, rank);
    }
    return rank;
  };
  for (const companyId of input.totals.keys()) rankOf(companyId);
  for (const publisher of input.publishers) rankOf(publisher.companyId);
  const byRanks = new Map<number, number>();
  for (const rank of ranks.values()) byRanks.set(rank, (byRanks.get(rank) ?? 0) + 1);
  const moves: TierMove[] = [];
  for (const [rank, companies] of byRanks) {
    const from = current.tiers[Math.floor(rank / width)]!;
    const to = candidate.tiers[rank % width]!;
    if (from.id === to.id) continue;
    moves.push({
      from: from.id,
      to: to.id,
      direction: rises(candidate, from, to) ? 'up' : 'down',
      companies,
    });
  }
  const count = (direction: TierMove['direction']) =>
    moves.filter((m) => m.direction === direction).reduce((n, m) => n + m.companies, 0);

  const benefitIds = [
    ...new Set([...candidate.benefits.map((b) => b.id), ...current.benefits.map((b) => b.id)]),
  ];
  const figures = new Map<string, BenefitFigures>(
    benefitIds.map((id) => [
      id,
      { benefitId: id, newlyUnlocked: 0, keptByGrandfathering: 0, lost: 0, committedUsdCents: 0 },
    ]),
  );
  const cache = new Map<string, Outcome>();
  const affected: AffectedPublisher[] = [];
  for (const publisher of input.publishers) {
    const outcome = outcomeFor(input, publisher, rankOf(publisher.companyId), cache);
    for (const id of outcome.gains) figures.get(id)!.newlyUnlocked++;
    for (const id of outcome.loses) figures.get(id)!.lost++;
    for (const id of outcome.keptByGrandfathering) figures.get(id)!.keptByGrandfathering++;
    for (const [id, cents] of outcome.committed) figures.get(id)!.committedUsdCents += cents;
    const changed =
      outcome.tierNow !== outcome.tierThen ||
      outcome.gains.length + outcome.loses.length + outcome.keptByGrandfathering.length > 0;
    if (changed) {
      affected.push({
        id: publisher.id,
        name: publisher.name,
        mpnId: publisher.mpnId,
        tierNow: outcome.tierNow,
        tierThen: outcome.tierThen,
        gains: outcome.gains,
        loses: outcome.loses,
        keptByGrandfathering: outcome.keptByGrandfathering,
        committedUsdCents: outcome.committedUsdCents,
      });
    }
  }
  affected.sort((a, b) => compare(a.name, b.name) || compare(a.mpnId, b.mpnId) || compare(a.id, b.id));
  const benefits = [...figures.values()];
  return {
    companies: { total: ranks.size, up: count('up'), down: count('down') },
    publishers: { total: input.publishers.length, affected: affected.length },
    moves: moves.sort((a, b) => b.companies - a.companies || compare(a.from, b.from) || compare(a.to, b.to)),
    benefits,
    committedUsdCents: benefits.reduce((sum, b) => sum + b.committedUsdCents, 0),
    affected,
  };
}

interface Outcome {
  tierNow: string;
  tierThen: string;
  gains: string[];
  loses: string[];
  keptByGrandfathering: string[];
  committed: [string, number][];
  committedUsdCents: number;
}

/** A program's tier rank of a total, as `tierFor` gives it (thresholds ascend from 0): the highest reached. */
function ranker(program: Program): (cents: number) => number {
  const thresholds = program.tiers.map((t) => t.thresholdUsdCents);
  return (cents) => {
    let rank = 0;
    while (rank + 1 < thresholds.length && cents >= thresholds[rank + 1]!) rank++;
    return rank;
  };
}

/** Up when the tier then ranks above the tier now in the candidate (or, a tier it drops, by threshold). */
function rises(candidate: Program, from: Program['tiers'][number], to: Program['tiers'][number]): boolean {
  const fromRank = tierRank(candidate, from.id);
  return fromRank >= 0
    ? tierRank(candidate, to.id) > fromRank
    : to.thresholdUsdCents > from.thresholdUsdCents;
}

function outcomeFor(
  input: SimulationInput,
  publisher: SimulatedPublisher,
  ranks: number,
  cache: Map<string, Outcome>,
): Outcome {
  const key = `${ranks}|${publisher.factsKey}`;
  const known = cache.get(key);
  if (known) return known;
  const totals = input.totals.get(publisher.companyId);
  const { offers, unlocks, activations } = publisher.facts();
  const facts = { offers, activations, marketingContactCount: 0 };
  const before = evaluateEligibility({
    ...facts,
    program: input.current,
    now: input.now,
    ttmUsdCents: totals?.nowUsdCents ?? 0,
    unlocks,
  });
  const after = evaluateEligibility({
    ...facts,
    program: input.candidate,
    now: input.at,
    ttmUsdCents: totals?.thenUsdCents ?? 0,
    unlocks: recordedAfter(unlocks, before),
  });
  const outcome = compareEligibility(before, after);
  cache.set(key, outcome);
  return outcome;
}

/** The unlocks as refreshing them now would record them (`refreshUnlocks`): L6 keeps what is unlocked today. */
function recordedAfter(unlocks: readonly UnlockFacts[], before: Eligibility): UnlockFacts[] {
  const byId = new Map(unlocks.map((u) => [u.benefitId, u]));
  for (const change of before.unlockChanges) {
    const recorded = byId.get(change.benefitId);
    byId.set(change.benefitId, {
      benefitId: change.benefitId,
      unlockedAt: change.unlockedAt,
      tierId: change.tierId,
      listingType: change.listingType,
      expiresAt: change.expiresAt,
      revokedAt: recorded?.revokedAt ?? null,
      revokedReason: recorded?.revokedReason ?? null,
      revokedNote: recorded?.revokedNote ?? null,
    });
  }
  return [...byId.values()];
}

function compareEligibility(before: Eligibility, after: Eligibility): Outcome {
  const unlockedBefore = new Map(
    before.benefits.filter((b) => b.state !== 'locked').map((b) => [b.benefit.id, b]),
  );
  const unlockedAfter = after.benefits.filter((b) => b.state !== 'locked');
  const afterIds = new Set(unlockedAfter.map((b) => b.benefit.id));
  const gained = unlockedAfter.filter((b) => !unlockedBefore.has(b.benefit.id));
  const committed: [string, number][] = gained
    .filter((b) => b.benefit.kind === 'sponsorship' && b.amountUsdCents !== null)
    .map((b) => [b.benefit.id, b.amountUsdCents!]);
  return {
    tierNow: before.standing.tier.id,
    tierThen: after.standing.tier.id,
    gains: gained.map((b) => b.benefit.id),
    loses: [...unlockedBefore.keys()].filter((id) => !afterIds.has(id)),
    keptByGrandfathering: unlockedAfter
      .filter(
        (b) => b.unlock?.grandfathered && unlockedBefore.get(b.benefit.id)?.unlock?.grandfathered === false,
      )
      .map((b) => b.benefit.id),
    committed,
    committedUsdCents: committed.reduce((sum, [, cents]) => sum + cents, 0),
  };
}

/** A publisher whose facts are given as they are: its key is made of them, the ids of its own rows left out. */
export function simulatedPublisher(
  publisher: Omit<SimulatedPublisher, 'factsKey' | 'facts'> & PublisherFacts,
): SimulatedPublisher {
  const { offers, unlocks, activations, ...profile } = publisher;
  const time = (d: Date | null) => (d ? d.getTime() : '');
  const key = [
    offers.map(
      (o) =>
        `${o.listingOption},${o.status},${+o.private},${+o.coSellReady},${[...o.markets].sort().join('+')}`,
    ),
    unlocks.map(
      (u) =>
        `${u.benefitId},${time(u.unlockedAt)},${u.tierId},${u.listingType},${time(u.expiresAt)},${time(u.revokedAt)},${u.revokedReason ?? ''}`,
    ),
    activations.map((a) => `${a.benefitId},${time(a.periodStart)},${a.status}`),
  ].map((items) => items.sort().join(';'));
  return { ...profile, factsKey: key.join('|'), facts: () => ({ offers, unlocks, activations }) };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
