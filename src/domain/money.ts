// Money is integer USD cents everywhere; this is only how a sentence shows it.
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

// The same few amounts (thresholds, benefit values) are written for every benefit of every page: kept once
// formatted (Intl's formatting was a seventieth of the Rewards page's cost), up to a bound.
const formatted = new Map<number, string>();

export function formatUsd(cents: number): string {
  let text = formatted.get(cents);
  if (text === undefined) {
    if (formatted.size >= 10_000) formatted.clear();
    text = usd.format(cents / 100);
    formatted.set(cents, text);
  }
  return text;
}
