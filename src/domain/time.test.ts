import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addMonths, isoDay, isoInstant, lastAnniversary } from './time.ts';

// Any instant of years -3000 to 12000, to the millisecond.
const instant = fc.date({
  min: new Date('-003000-01-01T00:00:00.000Z'),
  max: new Date('+012000-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});

/** Calendar months added as a Date adds them, field by field, clamping the day: the rule, written plainly. */
function addMonthsByFields(at: Date, months: number): Date {
  const result = new Date(at.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(
    new Date(0).setUTCFullYear(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

test('adding months keeps the time of day and clamps the day to the month', () => {
  assert.equal(addMonths(new Date('2024-01-31T10:20:30.456Z'), 1).toISOString(), '2024-02-29T10:20:30.456Z');
  assert.equal(addMonths(new Date('2023-01-31T00:00:00.000Z'), 1).toISOString(), '2023-02-28T00:00:00.000Z');
  assert.equal(
    addMonths(new Date('2024-03-31T23:59:59.999Z'), -13).toISOString(),
    '2023-02-28T23:59:59.999Z',
  );
  assert.equal(
    addMonths(new Date('2000-02-29T12:00:00.000Z'), 12 * 100).toISOString(),
    '2100-02-28T12:00:00.000Z',
  );
  assert.equal(addMonths(new Date('1999-01-31T01:00:00.000Z'), 13).toISOString(), '2000-02-29T01:00:00.000Z');
  assert.equal(addMonths(new Date('1970-01-01T00:00:00.000Z'), -1).toISOString(), '1969-12-01T00:00:00.000Z');
  fc.assert(
    fc.property(instant, fc.integer({ min: -2400, max: 2400 }), (at, months) => {
      assert.equal(addMonths(at, months).getTime(), addMonthsByFields(at, months).getTime());
    }),
    { numRuns: 2000 },
  );
});

test('an anniversary is a whole number of years on, never after now', () => {
  fc.assert(
    fc.property(instant, instant, (start, now) => {
      const at = lastAnniversary(start, now);
      const years = (at.getUTCFullYear() - start.getUTCFullYear()) * 12;
      assert.equal(at.getTime(), addMonths(start, years).getTime());
      if (years > 0) assert.ok(at <= now && addMonths(start, years + 12) > now);
    }),
  );
});

test('an instant and its day are written as Date writes them in ISO 8601', () => {
  fc.assert(
    fc.property(instant, (at) => {
      assert.equal(isoInstant(at), at.toISOString());
      assert.equal(isoDay(at), at.toISOString().slice(0, 10));
    }),
    { numRuns: 5000 },
  );
  assert.throws(() => isoInstant(new Date(Number.NaN)), RangeError);
});
