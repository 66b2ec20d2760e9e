// Tiers from billed sales over the trailing twelve months (S4, L2).
import type { Program, Tier } from './program.ts';
import { addMonths, isoDay } from './time.ts';

export interface TierStanding {
  tier: Tier;
  rank: number;
  next: { tier: Tier; missingUsdCents: number } | null;
}

/** The highest tier whose threshold the trailing billed sales reach, and what the next one still needs. */
export function tierFor(program: Program, ttmUsdCents: number): TierStanding {
  let rank = 0;
  program.tiers.forEach((tier, i) => {
    if (ttmUsdCents >= tier.thresholdUsdCents) rank = i;
  });
  const tier = program.tiers[rank]!;
  const nextTier = program.tiers[rank + 1];
  return {
    tier,
    rank,
    next: nextTier
      ? { tier: nextTier, missingUsdCents: nextTier.thresholdUsdCents - Math.max(ttmUsdCents, 0) }
      : null,
  };
}

/** The trailing window tiers are measured on (L2): billing days after `from`, up to and including `to`. */
export function trailingWindow(program: Program, now: Date): { from: string; to: string } {
  return { from: isoDay(addMonths(now, -program.windows.trailingMonths)), to: isoDay(now) };
}
