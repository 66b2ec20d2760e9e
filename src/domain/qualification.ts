// Does a publisher qualify for a benefit now, and if not, why not (S2, S4, L3, L4, L5): the rules that unlock a
// benefit, each failure a reason with a stable code, a sentence and what is missing.
import { formatUsd } from './money.ts';
import { LISTING_OPTIMIZATION, tierRank, type Benefit, type ListingType } from './program.ts';
import type { EligibilityInput, OfferFacts, Reason } from './facts.ts';
import type { TierStanding } from './tiers.ts';
import { isoDay } from './time.ts';

export interface Qualification {
  qualifies: boolean;
  reasons: Reason[];
  /** The listing type it qualifies through: transact when any qualifying offer is transact (evergreen, L5). */
  listingType: ListingType;
}

export function qualify(input: EligibilityInput, standing: TierStanding, benefit: Benefit): Qualification {
  const { program, now } = input;
  const typeOf = (o: OfferFacts) => program.listingOptions[o.listingOption];
  const candidates = input.offers.filter(
    (o) => o.status === 'live' && benefit.listingTypes.includes(typeOf(o)),
  );
  const allowed = candidates.filter(
    (o) =>
      !(benefit.exclusions.includes('byol') && o.listingOption === 'byol') &&
      !(benefit.exclusions.includes('private') && o.private),
  );
  const qualifying = benefit.availableIn
    ? allowed.filter((o) => o.markets.some((m) => benefit.availableIn!.includes(m)))
    : allowed;

  const reasons: Reason[] = [];
  if (candidates.length === 0) {
    reasons.push({
      code: 'needs-live-offer',
      message: `Needs a live offer listed as ${joinOr(benefit.listingTypes)}.`,
      missing: { listingTypes: [...benefit.listingTypes] },
    });
  } else if (allowed.length === 0) {
    if (candidates.some((o) => o.listingOption === 'byol') && benefit.exclusions.includes('byol')) {
      reasons.push({
        code: 'offers-excluded-byol',
        message: 'Not for BYOL offers: needs a live offer that is not BYOL.',
      });
    }
    if (candidates.some((o) => o.private) && benefit.exclusions.includes('private')) {
      reasons.push({
        code: 'offers-excluded-private',
        message: 'Not for private offers: needs a public listing of the solution.',
      });
    }
  } else if (qualifying.length === 0) {
    reasons.push({
      code: 'not-available-in-region',
      message: 'Not offered in the countries or regions where your offers are available.',
    });
  }

  const minRank = tierRank(program, benefit.minTier);
  if (standing.rank < minRank) {
    const tier = program.tiers[minRank]!;
    const missing = tier.thresholdUsdCents - Math.max(input.ttmUsdCents, 0);
    reasons.push({
      code: 'needs-tier',
      message: `Needs the ${tier.name} tier: ${formatUsd(missing)} more billed sales over the trailing ${program.windows.trailingMonths} months.`,
      missing: { tierId: tier.id, amountUsdCents: missing },
    });
  }
  if (
    benefit.prerequisites.includes('co-sell-ready') &&
    !(qualifying.length > 0 ? qualifying : candidates).some((o) => o.coSellReady)
  ) {
    reasons.push({ code: 'needs-co-sell-ready', message: 'Needs a co-sell ready listing.' });
  }
  if (
    benefit.prerequisites.includes('listing-optimization-completed') &&
    !input.activations.some((a) => a.benefitId === LISTING_OPTIMIZATION && a.status === 'fulfilled')
  ) {
    reasons.push({
      code: 'needs-listing-optimization',
      message: 'Needs a completed listing optimization: activate Listing optimization first.',
    });
  }
  if (program.completeBy !== null && isoDay(now) > program.completeBy) {
    reasons.push({ code: 'program-closed', message: `The program year closed on ${program.completeBy}.` });
  }

  const listingType: ListingType = qualifying.some((o) => typeOf(o) === 'transact')
    ? 'transact'
    : qualifying[0]
      ? typeOf(qualifying[0])
      : (benefit.listingTypes[0] ?? 'transact');
  return { qualifies: reasons.length === 0, reasons, listingType };
}

function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
