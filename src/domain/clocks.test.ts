import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { clockState, welcomeFor } from './clocks.ts';
import { addMonths, lastAnniversary } from './time.ts';

const DUE = new Date('2026-03-09T10:00:00Z');

describe('clocks (S8, S11)', () => {
  it('runs on track, then due soon, then late; a logged contact keeps or misses the promise', () => {
    assert.equal(clockState(DUE, null, new Date('2026-03-02T10:00:00Z'), 48), 'on-track');
    assert.equal(clockState(DUE, null, new Date('2026-03-08T10:00:00Z'), 48), 'due-soon');
    assert.equal(clockState(DUE, null, new Date('2026-03-09T10:00:01Z'), 48), 'late');
    assert.equal(clockState(DUE, new Date('2026-03-09T10:00:00Z'), new Date('2027-01-01'), 48), 'kept');
    assert.equal(clockState(DUE, new Date('2026-03-10T00:00:00Z'), new Date('2027-01-01'), 48), 'missed');
  });
  it('opens the welcome window at go-live and marks it overdue after the window (S11)', () => {
    const ends = new Date('2026-01-29T00:00:00Z');
    assert.deepEqual(welcomeFor(ends, null, new Date('2026-01-20')), {
      state: 'waiting',
      windowEndsAt: ends,
    });
    assert.equal(welcomeFor(ends, null, new Date('2026-02-01')).state, 'overdue');
    assert.equal(welcomeFor(ends, new Date('2026-01-05'), new Date('2026-02-01')).state, 'contacted');
  });
});

describe('calendar arithmetic', () => {
  it('clamps the day when adding months', () => {
    assert.equal(addMonths(new Date('2026-01-31T12:00:00Z'), 1).toISOString(), '2026-02-28T12:00:00.000Z');
    assert.equal(addMonths(new Date('2024-02-29T00:00:00Z'), 12).toISOString(), '2025-02-28T00:00:00.000Z');
    assert.equal(addMonths(new Date('2026-03-31T00:00:00Z'), -1).toISOString(), '2026-02-28T00:00:00.000Z');
  });
  it('finds the latest anniversary not after now', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 20 * 366 * 86_400_000 }),
        (start, offset) => {
          const now = new Date(start.getTime() + offset);
          const anniversary = lastAnniversary(start, now);
          assert.ok(anniversary <= now);
          assert.ok(addMonths(anniversary, 12) > now);
        },
      ),
    );
  });
});
