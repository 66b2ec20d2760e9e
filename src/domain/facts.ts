// What the eligibility rules read (a publisher's offers, unlocks and activations) and the reasons they give.
// Apart from eligibility.ts so that qualification.ts, which eligibility.ts calls, can name them without a cycle.
import type { ListingOption, ListingType, Program } from './program.ts';

export type OfferStatus = 'draft' | 'live' | 'delisted';

export interface OfferFacts {
  id: string;
  listingOption: ListingOption;
  status: OfferStatus;
  private: boolean;
  coSellReady: boolean;
  /** ISO 3166 country codes where the offer is sold. */
  markets: readonly string[];
}

/** A benefit the publisher has unlocked before; kept unless revoked for cause (L6). */
export interface UnlockFacts {
  benefitId: string;
  unlockedAt: Date;
  /** The highest tier the publisher held while the benefit was unlocked. */
  tierId: string;
  listingType: ListingType;
  /** When a one-time benefit expires, fixed at unlock by the program then in force (L5); null when evergreen. */
  expiresAt: Date | null;
  revokedAt: Date | null;
  /** Why it was revoked (L6), one of REVOCATION_CAUSES, and the program admin's note. */
  revokedReason: RevocationCause | null;
  revokedNote: string | null;
}

/** The causes a benefit may be revoked for (L6); `other` needs a note. */
export const REVOCATION_CAUSES = [
  'illegal-activity',
  'delisting',
  'ip-violation',
  'sponsorship-misuse',
  'other',
] as const;
export type RevocationCause = (typeof REVOCATION_CAUSES)[number];

/** A sponsorship grant (S10, L9): the amount issued, what was spent of it, its period. */
export interface GrantFacts {
  id: string;
  benefitId: string;
  amountUsdCents: number;
  /** Sum of the spend recorded against the grant, never above the amount. */
  spentUsdCents: number;
  issuedAt: Date;
  startsAt: Date;
  expiresAt: Date;
  /** When the rewards team marked it spent, or the spend recorded reached the amount. */
  spentAt: Date | null;
}

export type ActivationStatus = 'requested' | 'in-progress' | 'fulfilled' | 'cancelled';

export interface ActivationFacts {
  id: string;
  benefitId: string;
  periodStart: Date;
  status: ActivationStatus;
}

export interface EligibilityInput {
  program: Program;
  now: Date;
  ttmUsdCents: number;
  offers: readonly OfferFacts[];
  unlocks: readonly UnlockFacts[];
  activations: readonly ActivationFacts[];
  marketingContactCount: number;
  /** The publisher's sponsorship grants (S10, L9); absent: none. */
  grants?: readonly GrantFacts[];
}

export const REASON_CODES = [
  'needs-live-offer',
  'offers-excluded-byol',
  'offers-excluded-private',
  'not-available-in-region',
  'needs-tier',
  'needs-listing-optimization',
  'needs-co-sell-ready',
  'program-closed',
  'revoked-for-cause',
  'needs-marketing-contact',
  'activated-by-request',
  'sponsorship-outstanding',
  'expired',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  code: ReasonCode;
  message: string;
  /** What would lift the reason, when it is a number or a list: the tier and amount missing, the listing types. */
  missing?: { tierId?: string; amountUsdCents?: number; listingTypes?: ListingType[] };
  /** A revoked benefit's cause, the admin's note and the day (L6). */
  revoked?: { cause: RevocationCause; note: string | null; on: string };
  /** The sponsorship grant a new one waits for (L9): its benefit, what is left of it, and the day it expires. */
  waitsFor?: { benefitId: string; remainingUsdCents: number; expiresOn: string };
}
