// What a publisher has: every benefit's state (locked, available, active, expired), its value, its periods, and
// why it is locked or cannot be activated (S2, S4, S6, S13, L3-L6). The unlock rules are in qualification.ts.
// Pure: the program, the publisher's facts and `now` in; every benefit's state and reasons out.
import type { EligibilityInput, Reason, RevocationCause, UnlockFacts } from './facts.ts';
import { tierRank, type Benefit, type ListingType, type Program } from './program.ts';
import { qualify } from './qualification.ts';
import { sponsorshipBlocker } from './sponsorships.ts';
import { tierFor, type TierStanding } from './tiers.ts';
import { addMonths, isoDay, lastAnniversary } from './time.ts';

export type {
  ActivationFacts,
  ActivationStatus,
  EligibilityInput,
  OfferFacts,
  OfferStatus,
  Reason,
  ReasonCode,
  UnlockFacts,
} from './facts.ts';

export type BenefitState = 'locked' | 'available' | 'active' | 'expired';

/** A revocation's cause in words (the portal and the mail word it in the reader's language). */
export const CAUSE_WORDS: Record<RevocationCause, string> = {
  'illegal-activity': 'illegal activity',
  delisting: 'delisting',
  'ip-violation': 'an intellectual property violation',
  'sponsorship-misuse': 'sponsorship misuse',
  other: 'cause',
};

export interface BenefitStatus {
  benefit: Benefit;
  state: BenefitState;
  /** The benefit's value at the publisher's standing (sponsorships), or null when it has none. */
  amountUsdCents: number | null;
  unlock:
    | (Omit<UnlockFacts, 'revokedAt' | 'revokedReason' | 'revokedNote' | 'expiresAt'> & {
        grandfathered: boolean;
      })
    | null;
  /** One-time benefits (list, trial, consulting) expire after the program's window (L5). */
  expiresAt: Date | null;
  /** Evergreen benefits (transact) refresh on each anniversary of first unlock (L5). */
  renewsAt: Date | null;
  /** The benefit period an activation now would belong to. */
  periodStart: Date | null;
  activationId: string | null;
  /** Why the benefit is locked (empty unless locked). */
  reasons: Reason[];
  /** Why an unlocked benefit cannot be activated right now (empty when it can). */
  blockers: Reason[];
}

/** A benefit to record as unlocked, or whose recorded tier or listing type went up. */
export interface UnlockChange {
  /** True when the benefit is unlocked for the first time (the moment to tell the publisher). */
  first: boolean;
  benefitId: string;
  unlockedAt: Date;
  tierId: string;
  listingType: ListingType;
  expiresAt: Date | null;
}

export interface Eligibility {
  ttmUsdCents: number;
  marketingContactCount: number;
  standing: TierStanding;
  benefits: BenefitStatus[];
  unlockChanges: UnlockChange[];
}

export function evaluateEligibility(input: EligibilityInput): Eligibility {
  const standing = tierFor(input.program, input.ttmUsdCents);
  const evaluations = input.program.benefits.map((benefit) => evaluateBenefit(input, standing, benefit));
  return {
    ttmUsdCents: input.ttmUsdCents,
    marketingContactCount: input.marketingContactCount,
    standing,
    benefits: evaluations.map((e) => e.status),
    unlockChanges: evaluations.flatMap((e) => (e.change ? [e.change] : [])),
  };
}

function evaluateBenefit(
  input: EligibilityInput,
  standing: TierStanding,
  benefit: Benefit,
): { status: BenefitStatus; change: UnlockChange | null } {
  const { program, now } = input;
  const qualification = qualify(input, standing, benefit);
  const recorded = input.unlocks.find((u) => u.benefitId === benefit.id);

  if (recorded?.revokedAt) {
    const cause = recorded.revokedReason ?? 'other';
    const on = isoDay(recorded.revokedAt);
    const reason: Reason = {
      code: 'revoked-for-cause',
      message: `Revoked on ${on} for ${CAUSE_WORDS[cause]}${recorded.revokedNote ? `: ${recorded.revokedNote}` : ''}.`,
      revoked: { cause, note: recorded.revokedNote, on },
    };
    return { status: lockedStatus(program, benefit, [reason]), change: null };
  }

  const change = qualification.qualifies
    ? unlockChange(program, standing, benefit, qualification.listingType, recorded, now)
    : null;
  const unlock = change ?? recorded;
  if (!unlock) return { status: lockedStatus(program, benefit, qualification.reasons), change: null };

  const oneTime = unlock.listingType !== 'transact';
  const expiresAt = oneTime
    ? (unlock.expiresAt ?? addMonths(unlock.unlockedAt, program.windows.oneTimeExpiryMonths))
    : null;
  const periodStart = oneTime ? unlock.unlockedAt : lastAnniversary(unlock.unlockedAt, now);
  const activation = input.activations.find(
    (a) =>
      a.benefitId === benefit.id &&
      a.status !== 'cancelled' &&
      a.periodStart.getTime() === periodStart.getTime(),
  );
  // L6: a kept benefit survives a drop in sales, a private listing, a market or co-sell status lost; it is lost
  // only with its offers (delisting) or the program year. An activation being worked still shows.
  const lost = qualification.qualifies
    ? []
    : qualification.reasons.filter((r) => r.code === 'needs-live-offer' || r.code === 'program-closed');
  if (!activation && lost.length > 0) return { status: lockedStatus(program, benefit, lost), change: null };
  const expired = expiresAt !== null && now >= expiresAt;
  const state: BenefitState = activation ? 'active' : expired ? 'expired' : 'available';
  const recordedRank = tierRank(program, unlock.tierId);
  const bestRank = Math.max(standing.rank, recordedRank);

  return {
    status: {
      benefit,
      state,
      amountUsdCents: amountAt(program, benefit, bestRank),
      unlock: {
        benefitId: benefit.id,
        unlockedAt: unlock.unlockedAt,
        tierId: unlock.tierId,
        listingType: unlock.listingType,
        grandfathered: !qualification.qualifies,
      },
      expiresAt,
      renewsAt: oneTime ? null : addMonths(periodStart, 12),
      periodStart,
      activationId: activation?.id ?? null,
      reasons: [],
      blockers:
        state === 'available'
          ? activationBlockers(input, benefit)
          : state === 'expired' && expiresAt
            ? [
                {
                  code: 'expired',
                  message: `Expired on ${isoDay(expiresAt)}: benefits unlocked through ${unlock.listingType} offers are one-time and expire (L5).`,
                },
              ]
            : [],
    },
    change,
  };
}

function unlockChange(
  program: Program,
  standing: TierStanding,
  benefit: Benefit,
  listingType: ListingType,
  recorded: UnlockFacts | undefined,
  now: Date,
): UnlockChange | null {
  if (!recorded) {
    const expiresAt = listingType === 'transact' ? null : addMonths(now, program.windows.oneTimeExpiryMonths);
    return {
      first: true,
      benefitId: benefit.id,
      unlockedAt: now,
      tierId: standing.tier.id,
      listingType,
      expiresAt,
    };
  }
  // A recorded tier the program no longer knows is kept as it is, never replaced by a lower one.
  const recordedRank = tierRank(program, recorded.tierId);
  const raisedTier = recordedRank >= 0 && standing.rank > recordedRank;
  const becameEvergreen = listingType === 'transact' && recorded.listingType !== 'transact';
  if (!raisedTier && !becameEvergreen) return null;
  return {
    first: false,
    benefitId: benefit.id,
    unlockedAt: recorded.unlockedAt,
    tierId: raisedTier ? standing.tier.id : recorded.tierId,
    listingType: becameEvergreen ? 'transact' : recorded.listingType,
    expiresAt: becameEvergreen ? null : recorded.expiresAt,
  };
}

function activationBlockers(input: EligibilityInput, benefit: Benefit): Reason[] {
  if (benefit.activation === 'request') {
    return [{ code: 'activated-by-request', message: 'Ask for it through a technical assistance request.' }];
  }
  const blockers: Reason[] = [];
  if (benefit.category === 'sales-and-marketing' && input.marketingContactCount === 0) {
    blockers.push({
      code: 'needs-marketing-contact',
      message: 'Needs a marketing contact: assign one before activating a sales and marketing benefit.',
    });
  }
  // One sponsorship at a time (L9): the next waits for the open grant.
  const waiting =
    benefit.kind === 'sponsorship'
      ? sponsorshipBlocker(input.program, input.grants ?? [], input.now)
      : undefined;
  if (waiting) blockers.push(waiting);
  return blockers;
}

function lockedStatus(program: Program, benefit: Benefit, reasons: Reason[]): BenefitStatus {
  return {
    benefit,
    state: 'locked',
    amountUsdCents: amountAt(program, benefit, tierRank(program, benefit.minTier)),
    unlock: null,
    expiresAt: null,
    renewsAt: null,
    periodStart: null,
    activationId: null,
    reasons,
    blockers: [],
  };
}

/** The amount of the highest tier listed in the benefit's table at or below `rank`. */
function amountAt(program: Program, benefit: Benefit, rank: number): number | null {
  if (!benefit.amountsByTier) return null;
  let amount: number | null = null;
  program.tiers.forEach((tier, i) => {
    const value = benefit.amountsByTier?.[tier.id];
    if (i <= rank && value !== undefined) amount = value;
  });
  return amount;
}
