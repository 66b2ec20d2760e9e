// Amounts as sent, in minor units of their currency, and their value in USD cents at the rate of the billing month
// (issue 4). Exact: rates are decimals, the arithmetic is integer, the rounding is half away from zero.

import { ISO_4217_MINOR_DIGITS } from './iso4217.ts';

/** A rate as an exact decimal: USD per unit of the currency is `units / 10^scale`. */
export interface Rate {
  units: bigint;
  scale: number;
}

/** Whether ISO 4217 lists this code as an active currency with a minor unit. */
export function isCurrency(code: string): boolean {
  return Object.hasOwn(ISO_4217_MINOR_DIGITS, code);
}

/** The number of minor-unit digits of a currency, as ISO 4217 gives them: 2 for EUR and HUF, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  const digits = ISO_4217_MINOR_DIGITS[currency];
  if (digits === undefined) throw new RangeError(`${currency} is not an ISO 4217 currency`);
  return digits;
}

const DECIMAL = /^(\d{1,12})(?:\.(\d{1,12}))?$/;

/** Reads a positive decimal such as `1.0842`; null when it is not one. */
export function parseRate(text: string): Rate | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  const units = BigInt(match[1]! + fraction);
  return units > 0n ? { units, scale: fraction.length } : null;
}

/** The rate as a decimal string, trailing zeros trimmed. */
export function formatRate(rate: Rate): string {
  const digits = rate.units.toString().padStart(rate.scale + 1, '0');
  const whole = digits.slice(0, digits.length - rate.scale);
  const fraction = digits.slice(digits.length - rate.scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/**
 * USD cents for an amount in minor units: `amount / 10^digits * rate * 100`, rounded half away from zero.
 * USD converts to itself; any other currency needs its rate. Exact: in integers below 2^52 when the figures are
 * that small (a file import converts millions of lines), else in BigInt.
 */
export function toUsdCents(
  amountMinor: number,
  currency: string,
  rate: Rate | undefined,
): number | 'unknown-currency' | 'missing-rate' {
  if (currency === 'USD') return amountMinor;
  if (!isCurrency(currency)) return 'unknown-currency';
  if (!rate) return 'missing-rate';
  const digits = minorDigits(currency) + rate.scale;
  const product = Math.abs(amountMinor) * Number(rate.units) * 100;
  if (product <= 2 ** 52 && digits <= 15) {
    // Every figure is an integer below 2^53, so each operation is exact but the division, which is corrected.
    const divisor = 10 ** digits;
    let quotient = Math.floor(product / divisor);
    let remainder = product - quotient * divisor;
    if (remainder < 0) [quotient, remainder] = [quotient - 1, remainder + divisor];
    else if (remainder >= divisor) [quotient, remainder] = [quotient + 1, remainder - divisor];
    const cents = remainder * 2 >= divisor ? quotient + 1 : quotient;
    return amountMinor < 0 && cents > 0 ? -cents : cents;
  }
  const numerator = BigInt(amountMinor) * rate.units * 100n;
  const denominator = 10n ** BigInt(digits);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return Number(negative ? -rounded : rounded);
}
