// An offer's marketplace facts: its listing option, co-sell readiness and markets decide benefits (L1, L4), so they
// are the marketplace's to report (its feed) or the rewards team's to confirm, never the publisher's to declare. A
// publisher's change to them is a request; these functions say what is left to ask and when a request is settled.
import type { ListingOption } from './program.ts';

/** The facts as confirmed; `listingOption` is null while nobody confirmed the listing of an offer a publisher added. */
export interface ConfirmedFacts {
  listingOption: ListingOption | null;
  coSellReady: boolean;
  markets: readonly string[];
}

/** What a request asks for: only the facts it would change. */
export interface FactChange {
  listingOption?: ListingOption;
  coSellReady?: boolean;
  markets?: readonly string[];
}

const sameMarkets = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

/** Whether `change` asks for `fact` to become what it is already. */
function isConfirmed(confirmed: ConfirmedFacts, change: FactChange, fact: keyof FactChange): boolean {
  switch (fact) {
    case 'listingOption':
      return change.listingOption === confirmed.listingOption;
    case 'coSellReady':
      return change.coSellReady === confirmed.coSellReady;
    case 'markets':
      return change.markets !== undefined && sameMarkets(change.markets, confirmed.markets);
  }
}

const FACTS: (keyof FactChange)[] = ['listingOption', 'coSellReady', 'markets'];

/**
 * The request after the publisher asks for `asked` while `pending` waits: what they ask now replaces what they
 * asked before for the same fact, and a fact asked to be what is confirmed already is no longer asked. Empty: there
 * is nothing left to confirm (the request is withdrawn).
 */
export function mergeRequest(confirmed: ConfirmedFacts, pending: FactChange, asked: FactChange): FactChange {
  const merged: FactChange = { ...pending };
  for (const fact of FACTS) {
    if (asked[fact] === undefined) continue;
    if (isConfirmed(confirmed, asked, fact)) delete merged[fact];
    else (merged as Record<string, unknown>)[fact] = asked[fact];
  }
  return merged;
}

/** Whether every fact the request asks for is now confirmed as asked (a report of the feed, a program admin's change). */
export function isSettled(confirmed: ConfirmedFacts, requested: FactChange): boolean {
  return FACTS.every((fact) => requested[fact] === undefined || isConfirmed(confirmed, requested, fact));
}

/** Whether the change asks for anything. */
export function asksAnything(change: FactChange): boolean {
  return FACTS.some((fact) => change[fact] !== undefined);
}
