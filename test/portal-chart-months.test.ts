// The billed-sales chart's figures, without a browser: exactly twelve bars for any trailing window, the window's
// partial first month folded into the first bar, running totals that end at the trailing total, round axis ticks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { niceTicks, twelveMonths } from '../web/src/components/chartMonths.ts';

const month = (m: string, counted: number, excluded = 0) => ({
  month: m,
  countedUsdCents: counted,
  excludedUsdCents: excluded,
  countedLines: 1,
  excludedLines: excluded ? 1 : 0,
});

describe('[PORTAL] the chart of the trailing twelve months', () => {
  it('[PUBLISHER] sees twelve months, the first holding the days of the thirteenth in the window', () => {
    // (2025-11-25, 2026-11-25]: 26-30 November 2025 count, in the first bar, which says since when.
    const bars = twelveMonths(
      [
        month('2025-11', 100_00),
        month('2025-12', 200_00),
        month('2026-03', 50_00, 900_00),
        month('2026-11', 5_00),
      ],
      '2025-11-25',
      '2026-11-25',
    );
    assert.equal(bars.length, 12);
    assert.deepEqual(
      bars.map((b) => b.month),
      [
        '2025-12',
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
        '2026-10',
        '2026-11',
      ],
    );
    assert.deepEqual(bars[0], {
      month: '2025-12',
      since: '2025-11-26',
      countedUsdCents: 300_00,
      excludedUsdCents: 0,
      runningUsdCents: 300_00,
    });
    assert.equal(bars[3]!.excludedUsdCents, 900_00, 'excluded sales are shown, never added up');
    assert.equal(bars[11]!.runningUsdCents, 355_00, 'the last bar is the trailing total');
  });

  it('[PUBLISHER] sees no "since" when the window starts on the first of a month', () => {
    const bars = twelveMonths([month('2026-01', 10_00)], '2025-12-31', '2026-12-31');
    assert.equal(bars[0]!.month, '2026-01');
    assert.equal(bars[0]!.since, null);
    assert.ok(bars.every((b) => b.runningUsdCents === 10_00));
  });

  it('[PUBLISHER] reads round figures on the axis, up to the threshold or above', () => {
    assert.deepEqual(niceTicks(520_000), [0, 200_000, 400_000, 600_000]);
    assert.deepEqual(niceTicks(52_000), [0, 20_000, 40_000, 60_000]);
    assert.deepEqual(niceTicks(1_000), [0, 250, 500, 750, 1_000]);
    assert.deepEqual(niceTicks(0), [0, 1]);
  });
});
