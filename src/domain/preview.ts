// What the next program version changes for one publisher on the day it takes effect: its tier, the benefits it
// gains, those it loses, and those it keeps only because they were unlocked before (L6 grandfathering).
// Pure: the publisher's eligibility now and under the next version at its effective date in; the changes out.
import type { Eligibility } from './eligibility.ts';

export interface ProgramPreview {
  tier: { now: string; then: string };
  /** Benefits unlocked then that are not unlocked now (new in the version, or newly reached). */
  gains: string[];
  /** Benefits unlocked now that are locked then, or that the next version no longer has. */
  loses: string[];
  /** Benefits unlocked now that the next version's rules alone would not give: kept because they were unlocked. */
  keptByGrandfathering: string[];
}

const unlocked = (e: Eligibility) =>
  new Set(e.benefits.filter((b) => b.state !== 'locked').map((b) => b.benefit.id));

export function previewChanges(now: Eligibility, then: Eligibility): ProgramPreview {
  const before = unlocked(now);
  const after = unlocked(then);
  return {
    tier: { now: now.standing.tier.id, then: then.standing.tier.id },
    gains: [...after].filter((id) => !before.has(id)),
    loses: [...before].filter((id) => !after.has(id)),
    keptByGrandfathering: then.benefits
      .filter((b) => b.state !== 'locked' && b.unlock?.grandfathered && before.has(b.benefit.id))
      .map((b) => b.benefit.id),
  };
}
