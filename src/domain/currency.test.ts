// Amounts in USD cents at the rate of the billing month: exact, rounded half away from zero, for currencies with 0,
// 2 or 3 minor digits, whatever the size of the amount or the precision of the rate.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isCurrency, minorDigits, parseRate, toUsdCents, type Rate } from './currency.ts';
import { ISO_4217_MINOR_DIGITS, LATER_AMENDMENTS } from './iso4217.ts';

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
        fc.constantFrom('EUR', 'JPY', 'KWD', 'GBP', 'BHD', 'HUF', 'CLF'),
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

  it('counts minor units as ISO 4217 does, not as Intl displays them', () => {
    const rate = (text: string) => parseRate(text)!;
    // HUF 5,000.00 at 0.0028 USD a forint is $14.00 (Intl shows forints without decimals: 140,000 cents).
    assert.equal(toUsdCents(500_000, 'HUF', rate('0.0028')), 1_400);
    for (const code of ['HUF', 'IDR', 'COP', 'PKR', 'TWD']) assert.equal(minorDigits(code), 2, code);
    assert.equal(minorDigits('IQD'), 3);
    assert.equal(toUsdCents(1_000, 'IQD', rate('0.00076')), 0);
    assert.equal(toUsdCents(1_000_000, 'IQD', rate('0.00076')), 76);
    assert.equal(minorDigits('CLF'), 4);
    assert.equal(toUsdCents(10_000, 'CLF', rate('41.5')), 4_150);
    assert.equal(minorDigits('UYW'), 4);
    assert.equal(minorDigits('XCG'), 2);
    for (const code of ['XAU', 'XDR', 'XTS', 'XXX', 'ABC', 'usd', 'toString', '__proto__']) {
      assert.equal(isCurrency(code), false, code);
      assert.equal(toUsdCents(100, code, rate('1')), 'unknown-currency', code);
    }
  });

  it('knows every active code of ISO 4217 list one with its minor-unit digits', () => {
    // The list as published, beside the table: each entry's code and minor unit ("N.A." for funds and metals).
    const xml = fs.readFileSync(new URL('./iso4217.list-one.xml', import.meta.url), 'utf8');
    const entries = [...xml.matchAll(/<Ccy>([A-Z]{3})<\/Ccy>[\s\S]*?<CcyMnrUnts>([^<]*)<\/CcyMnrUnts>/g)];
    assert.ok(entries.length > 250, `the list has its ${entries.length} entries`);
    const listed = new Map(entries.map(([, code, units]) => [code!, units!]));
    for (const [code, units] of listed) {
      if (units === 'N.A.') {
        assert.equal(isCurrency(code), false, `${code} has no minor unit: nothing is billed in it`);
        continue;
      }
      const digits = Number(units);
      assert.equal(minorDigits(code), digits, code);
      // One unit of the currency at a rate of 1 USD is 100 cents, whatever its minor unit.
      assert.equal(toUsdCents(10 ** digits, code, rate1), 100, code);
    }
    const known = Object.keys(ISO_4217_MINOR_DIGITS).sort();
    const expected = [...listed].filter(([, u]) => u !== 'N.A.').map(([c]) => c);
    assert.deepEqual(known, [...new Set([...expected, ...Object.keys(LATER_AMENDMENTS)])].sort());
  });
});

const rate1: Rate = { units: 1n, scale: 0 };
