// What each dashboard's headline says, summed from the rows the API answers (the same rows as the table and the
// CSV), and the rows put in the order the charts draw them. Pure: the words are the catalog's, in Dashboards.tsx.
import type { Answer, ProgramInfo } from '../../../api/model.ts';

export type ContactRateRow = Answer<'/api/v1/dashboards/contact-rate', 'get'>['items'][number];
export type OpenWorkRow = Answer<'/api/v1/dashboards/open-work', 'get'>['items'][number];
export type BenefitRow = Answer<'/api/v1/dashboards/activations-by-benefit', 'get'>['items'][number];
export type TierRow = Answer<'/api/v1/dashboards/publishers-by-tier', 'get'>['items'][number];

/** The contact-rate dashboard's window, in weeks (the API's default, asked for explicitly). */
export const WEEKS = 12;

const sum = <T>(rows: readonly T[], of: (row: T) => number) =>
  rows.reduce((total, row) => total + of(row), 0);

/**
 * The one-week promise over the window: kept over those whose week is up (contacted, in time or late, or past due
 * without a contact); `share` is null until one is. Those still within their week are `waiting`.
 */
export function contactRate(rows: readonly ContactRateRow[]) {
  const kept = sum(rows, (r) => r.contactedWithinWeek);
  const due = kept + sum(rows, (r) => r.contactedLate + r.notYetContactedPastDue);
  const waiting = sum(rows, (r) => r.notYetContacted - r.notYetContactedPastDue);
  return { kept, due, waiting, share: due > 0 ? kept / due : null };
}

/** The Monday (UTC) of each of the window's weeks, oldest first, ending with this week's. */
export function windowWeeks(now: Date, weeks = WEEKS): string[] {
  const monday = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate() - ((now.getUTCDay() + 6) % 7),
  );
  return Array.from({ length: weeks }, (_, i) =>
    new Date(monday - (weeks - 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10),
  );
}

export function openWork(rows: readonly OpenWorkRow[]) {
  return {
    open: sum(rows, (r) => r.open),
    late: sum(rows, (r) => r.late),
    unassigned: sum(rows, (r) => r.unassigned),
  };
}

/** The API's age buckets, youngest first (`AGE_BUCKETS` in the dashboards' queries). */
export const AGES = ['under 1 day', '1-3 days', '3-7 days', '7-14 days', '14-28 days', '28 days or more'];

/** Open and late work per age bucket, every kind together, youngest first; empty buckets kept (a gap says so). */
export function openWorkByAge(rows: readonly OpenWorkRow[]) {
  const ages = [...AGES, ...rows.map((r) => r.age).filter((age) => !AGES.includes(age))];
  return ages.map((age) => {
    const of = rows.filter((r) => r.age === age);
    return { age, open: sum(of, (r) => r.open), late: sum(of, (r) => r.late) };
  });
}

/** All activations, those fulfilled, and the benefit activated most (the API sorts by count, most first). */
export function activations(rows: readonly BenefitRow[]) {
  return {
    total: sum(rows, (r) => r.activations),
    fulfilled: sum(rows, (r) => r.fulfilled),
    top: rows[0] ?? null,
  };
}

/** Every tier of the program in force in its order, with its count (0 when none), then any tier it no longer has. */
export function inTierOrder(rows: readonly TierRow[], program: ProgramInfo): TierRow[] {
  const known = program.tiers.map(
    (tier) => rows.find((r) => r.tierId === tier.id) ?? { tierId: tier.id, tierName: tier.name, count: 0 },
  );
  return [...known, ...rows.filter((r) => !program.tiers.some((tier) => tier.id === r.tierId))];
}

/** The total, the tier with the most (the lower tier on a tie) and its share of the total. */
export function largestTier(rows: readonly TierRow[]) {
  const total = sum(rows, (r) => r.count);
  const top = rows.reduce<TierRow | null>((best, r) => (r.count > (best?.count ?? 0) ? r : best), null);
  return { total, top, share: top && total > 0 ? top.count / total : null };
}

/**
 * Publishers at the program's second tier (the first that billed sales earn) or above, and their share: how many
 * the program has moved past its entry tier. No second tier, no figure.
 */
export function pastEntryTier(rows: readonly TierRow[], program: ProgramInfo) {
  const total = sum(rows, (r) => r.count);
  const second = program.tiers[1];
  if (!second || total === 0) return { total, tier: null, count: 0, share: null };
  const entry = program.tiers[0]!.id;
  const count = sum(
    rows.filter((r) => r.tierId !== entry),
    (r) => r.count,
  );
  return { total, tier: second, count, share: count / total };
}
