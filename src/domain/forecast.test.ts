import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { forecastReach, salesLeaving, windowStart } from './forecast.ts';
import { addMonths, isoDay } from './time.ts';

/** Twelve months of a window as of 2026-12-05: 2026-01 to 2026-12. */
const year = (cents: (month: number) => number) =>
  new Map(Array.from({ length: 12 }, (_, i) => [`2026-${String(i + 1).padStart(2, '0')}`, cents(i + 1)]));

describe('the forecast of the next tier (L2)', () => {
  it('says which sales leave the window in the next three months and by when', () => {
    const months = year((m) => m * 100_00);
    assert.deepEqual(salesLeaving({ asOf: '2026-12-05', trailingMonths: 12, months }), {
      usdCents: (1 + 2 + 3) * 100_00,
      by: '2027-03-05',
    });
    assert.deepEqual(salesLeaving({ asOf: '2026-12-05', trailingMonths: 12, months, withinMonths: 1 }), {
      usdCents: 100_00,
      by: '2027-01-05',
    });
  });

  it('names the day the last month with sales leaves, none when those months sold nothing', () => {
    const early = new Map([['2026-01', 3_200_00]]);
    assert.deepEqual(salesLeaving({ asOf: '2026-12-05', trailingMonths: 12, months: early }), {
      usdCents: 3_200_00,
      by: '2027-01-05',
    });
    const recent = new Map([['2026-11', 3_200_00]]);
    assert.deepEqual(salesLeaving({ asOf: '2026-12-05', trailingMonths: 12, months: recent }), {
      usdCents: 0,
      by: null,
    });
  });

  it('is far when the sales that leave outweigh the pace, near when they do not', () => {
    // $30,000 sold in January, $1,000 a month since: the pace refills what leaves only slowly.
    const front = year((m) => (m === 1 ? 30_000_00 : 1_000_00));
    const input = { asOf: '2026-12-05', trailingMonths: 12, paceUsdCentsPerMonth: 1_000_00 };
    assert.equal(forecastReach({ ...input, months: front, targetUsdCents: 50_000_00 }), null);
    assert.equal(forecastReach({ ...input, months: year(() => 3_000_00), targetUsdCents: 40_000_00 }), null);
    assert.equal(
      forecastReach({
        ...input,
        paceUsdCentsPerMonth: 5_000_00,
        months: year(() => 3_000_00),
        targetUsdCents: 40_000_00,
      }),
      '2027-02-05',
    );
  });

  it('the sales that leave never exceed the window and grow with the months looked at', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(1_000_000_00), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 12 }),
        (cents, within) => {
          const months = year((m) => cents[m - 1]!);
          const total = cents.reduce((a, b) => a + b, 0);
          const args = { asOf: '2026-12-05', trailingMonths: 12, months };
          const now = salesLeaving({ ...args, withinMonths: within });
          const later = salesLeaving({ ...args, withinMonths: within + 1 });
          assert.ok(now.usdCents <= later.usdCents && later.usdCents <= total);
          assert.equal(salesLeaving({ ...args, withinMonths: 12 }).usdCents, total);
        },
      ),
    );
  });

  it("counts a window's first month as adding months to the day does, on any day", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 0, max: 60 }),
        (at, trailingMonths, step) => {
          const asOf = isoDay(at);
          const byDate = isoDay(addMonths(new Date(`${asOf}T00:00:00Z`), step - trailingMonths)).slice(0, 7);
          assert.equal(windowStart(asOf, trailingMonths, step), byDate);
        },
      ),
    );
  });
});
