// An offer's marketplace facts in words (its listing, co-sell readiness, the countries and regions it is sold in):
// the publisher's Offers page says what it asked the rewards team to confirm, the task panel what is asked for.
import type { I18n } from '../i18n/i18n.tsx';

export interface Facts {
  listingOption?: string | null;
  coSellReady?: boolean;
  markets?: readonly string[];
}

/** The countries and regions in the reader's language ("United States, Germany"), or "nowhere". */
export function marketsInWords(i18n: I18n, markets: readonly string[]): string {
  if (markets.length === 0) return i18n.t('offerFacts.nowhere');
  const names = new Intl.DisplayNames([i18n.locale], { type: 'region' });
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  return list.format(markets.map((m) => names.of(m) ?? m));
}

export function listingInWords(i18n: I18n, option: string | null | undefined): string {
  return option ? i18n.tOr(`drafts.option.${option}`, option) : i18n.t('offerFacts.unconfirmed');
}

/** The facts a change asks for, as a sentence's parts: "listed as Free trial; co-sell ready; sold in Germany". */
export function changeInWords(i18n: I18n, facts: Facts): string {
  const parts: string[] = [];
  if (facts.listingOption !== undefined)
    parts.push(i18n.t('offerFacts.listedAs', { listing: listingInWords(i18n, facts.listingOption) }));
  if (facts.coSellReady !== undefined)
    parts.push(i18n.t(facts.coSellReady ? 'offerFacts.coSellReady' : 'offerFacts.notCoSellReady'));
  if (facts.markets !== undefined)
    parts.push(i18n.t('offerFacts.soldIn', { markets: marketsInWords(i18n, facts.markets) }));
  return parts.join(i18n.t('offerFacts.separator'));
}
