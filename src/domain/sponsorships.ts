// Sponsorships as grants (S10, L9): activating a sponsorship issues a grant of the amount at the publisher's tier,
// with a start and an expiry the program sets; the rewards team records spend against it. A next sponsorship is
// issued only once the previous grant is spent or expired, unless the program lets grants stack.
// Pure: grants and `now` in; states, what is left and what holds the next one back out.
import type { GrantFacts, Reason } from './facts.ts';

export type { GrantFacts } from './facts.ts';
import { formatUsd } from './money.ts';
import { benefitName, type Program } from './program.ts';
import { addDays, addMonths, isoDay } from './time.ts';

export type GrantState = 'issued' | 'active' | 'spent' | 'expired';

/** How the program runs grants: how long one lasts, and whether a publisher may hold several at once. */
export interface GrantRules {
  /** Months from the grant's start to its expiry. */
  months: number;
  /** One at a time (L9) unless true. */
  stacking: boolean;
}

/** Grant rules of a program that says nothing of them: twelve months, one at a time (L9). */
export const DEFAULT_GRANT_RULES: GrantRules = { months: 12, stacking: false };
const DEFAULT_REMINDER_DAYS = 30;

/** The program's grant rules, and how many days before an unspent grant expires its contacts are reminded. */
export function grantRules(program: Program): GrantRules & { reminderDays: number } {
  const set = program.sponsorships;
  return set
    ? { months: set.grantMonths, stacking: set.stacking, reminderDays: set.reminderDays }
    : { ...DEFAULT_GRANT_RULES, reminderDays: DEFAULT_REMINDER_DAYS };
}

/** Whether an open grant with money left is due its one reminder at `now` (within `reminderDays` of expiry). */
export function reminderDue(grant: GrantFacts, reminderDays: number, now: Date): boolean {
  return remainingUsdCents(grant, now) > 0 && addDays(now, reminderDays) >= grant.expiresAt;
}

/**
 * issued (before its start), active (from its start until spent or expired), spent (the whole amount recorded, or
 * marked spent), expired (its expiry passed with money left). Spent wins over expired: spend recorded before the
 * expiry is what happened.
 */
export function grantState(grant: GrantFacts, now: Date): GrantState {
  if (grant.spentAt !== null && grant.spentAt <= now) return 'spent';
  if (grant.expiresAt <= now) return 'expired';
  return grant.startsAt <= now ? 'active' : 'issued';
}

/** What is left to spend, in USD cents: nothing once spent or expired. */
export function remainingUsdCents(grant: GrantFacts, now: Date): number {
  const state = grantState(grant, now);
  return state === 'spent' || state === 'expired' ? 0 : grant.amountUsdCents - grant.spentUsdCents;
}

/**
 * The grant that holds a new sponsorship back: under one-at-a-time rules, the open grant (issued or active) that
 * expires last, since the next one becomes possible only once every open grant is spent or expired; none when the
 * program lets grants stack, or when every grant is closed.
 */
export function blockingGrant(
  grants: readonly GrantFacts[],
  rules: GrantRules,
  now: Date,
): GrantFacts | undefined {
  if (rules.stacking) return undefined;
  let blocking: GrantFacts | undefined;
  for (const grant of grants) {
    const state = grantState(grant, now);
    if (state !== 'issued' && state !== 'active') continue;
    if (!blocking || grant.expiresAt > blocking.expiresAt) blocking = grant;
  }
  return blocking;
}

/** The start and expiry of a grant issued at `now`: it starts at once and lasts the program's months. */
export function grantPeriod(rules: GrantRules, now: Date): { startsAt: Date; expiresAt: Date } {
  return { startsAt: now, expiresAt: addMonths(now, rules.months) };
}

export type SpendProblem = 'grant-closed' | 'over-remaining' | 'not-positive';

/**
 * Whether `amountUsdCents` may be recorded as spent against the grant at `now`: only while it is open, only a
 * positive amount, and never more than is left. Returns the problem, or null when the spend may be recorded.
 */
export function spendProblem(grant: GrantFacts, amountUsdCents: number, now: Date): SpendProblem | null {
  if (!Number.isSafeInteger(amountUsdCents) || amountUsdCents <= 0) return 'not-positive';
  const state = grantState(grant, now);
  if (state === 'spent' || state === 'expired') return 'grant-closed';
  return amountUsdCents > grant.amountUsdCents - grant.spentUsdCents ? 'over-remaining' : null;
}

/**
 * Why a new sponsorship cannot be issued yet, or undefined when it can: "Available once your $2,000 Deployment
 * sponsorship is spent, or after it expires on 2027-06-01." (L9).
 */
export function sponsorshipBlocker(
  program: Program,
  grants: readonly GrantFacts[],
  now: Date,
): Reason | undefined {
  const blocking = blockingGrant(grants, grantRules(program), now);
  if (!blocking) return undefined;
  const expiresOn = isoDay(blocking.expiresAt);
  const left = remainingUsdCents(blocking, now);
  return {
    code: 'sponsorship-outstanding',
    message: `Available once your ${formatUsd(blocking.amountUsdCents)} ${benefitName(program, blocking.benefitId)} is spent (${formatUsd(left)} left), or after it expires on ${expiresOn}.`,
    waitsFor: { benefitId: blocking.benefitId, remainingUsdCents: left, expiresOn },
  };
}
