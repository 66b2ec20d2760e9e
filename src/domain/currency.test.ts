// Amounts in USD cents at the rate of the billing month: exact, rounded half away from zero, for currencies with 0,
// 2 or 3 minor digits, whatever the size of the amount or the precision of the rate.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { minorDigits, parseRate, toUsdCents, type Rate } from './currency.ts';

/** The same rule, worked out another way: truncate, then look at the remainder. */
function reference(amountMinor: number, currency: string, rate: Rate): number {
  const numerator = BigInt(amountMinor) * rate.units * 100n;
  const denominator = 10n ** BigInt(minorDigits(currency) + rate.scale);
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const half = (remainder < 0n ? -remainder : remainder) * 2n >= denominator;
  return Number(half ? quotient + (numerator < 0n ? -1n : 1n) : quotient);
}

describe('[CURRENCY] conversion to USD cents', () => {
  it('converts by minor digits and rate, rounding half away from zero', () => {
    const rate = (text: string) => parseRate(text)!;
    assert.equal(toUsdCents(2500, 'EUR', rate('1.08')), 2700);
    assert.equal(toUsdCents(1000, 'JPY', rate('0.0067')), 670);
    assert.equal(toUsdCents(1000, 'KWD', rate('3.25')), 325);
    assert.equal(toUsdCents(1, 'JPY', rate('0.005')), 1);
    assert.equal(toUsdCents(-1, 'JPY', rate('0.005')), -1);
    assert.equal(toUsdCents(1, 'JPY', rate('0.0049')), 0);
    assert.equal(toUsdCents(-3, 'JPY', rate('0.005')), -2);
    assert.equal(toUsdCents(-123, 'USD', undefined), -123);
    assert.equal(toUsdCents(100, 'EUR', undefined), 'missing-rate');
    assert.equal(toUsdCents(100, 'ABC', rate('1')), 'unknown-currency');
  });

  it('equals the exact rule for any amount and rate', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1_000_000, max: 1_000_000 }),
          fc.integer({ min: -(10 ** 15), max: 10 ** 15 }),
          fc.constantFrom(0, 2 ** 52, -(2 ** 52), 2 ** 52 + 1, 999_999_999_999_999),
        ),
        fc.constantFrom('EUR', 'JPY', 'KWD', 'GBP', 'BHD'),
        fc.oneof(fc.bigInt({ min: 1n, max: 100_000_000n }), fc.bigInt({ min: 1n, max: 10n ** 24n - 1n })),
        fc.integer({ min: 0, max: 12 }),
        (amount, currency, units, scale) => {
          const rate = { units, scale };
          assert.equal(toUsdCents(amount, currency, rate), reference(amount, currency, rate));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
