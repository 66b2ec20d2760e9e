import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { clockAction, clockState, expiryWarningDue, refreshToAnnounce, welcomeFor } from './clocks.ts';
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

describe('clock actions of the sweep', () => {
  const task = { dueAt: DUE, contactedAt: null, warnedAt: null, escalatedAt: null };
  it('warns inside the due-soon window, escalates once late, and does nothing after the contact', () => {
    assert.equal(clockAction(task, new Date('2026-03-02T10:00:00Z'), 48), null);
    assert.equal(clockAction(task, new Date('2026-03-08T10:00:00Z'), 48), 'warn');
    const warned = { ...task, warnedAt: new Date('2026-03-08T10:00:00Z') };
    assert.equal(clockAction(warned, new Date('2026-03-08T11:00:00Z'), 48), null);
    assert.equal(clockAction(warned, new Date('2026-03-09T10:00:01Z'), 48), 'escalate');
    assert.equal(clockAction({ ...warned, escalatedAt: DUE }, new Date('2026-03-20'), 48), null);
    assert.equal(clockAction({ ...task, contactedAt: DUE }, new Date('2026-03-20'), 48), null);
  });
  it('property: each action happens at most once whatever the order of sweeps', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10 * 24, max: 10 * 24 }), { maxLength: 30 }), (offsets) => {
        let state = { ...task } as {
          dueAt: Date;
          contactedAt: null;
          warnedAt: Date | null;
          escalatedAt: Date | null;
        };
        const seen: string[] = [];
        for (const hours of [...offsets].sort((a, b) => a - b)) {
          const now = new Date(DUE.getTime() + hours * 3_600_000);
          const action = clockAction(state, now, 48);
          if (action === 'warn') state = { ...state, warnedAt: now };
          if (action === 'escalate') state = { ...state, escalatedAt: now };
          if (action) seen.push(action);
        }
        assert.ok(seen.filter((a) => a === 'warn').length <= 1);
        assert.ok(seen.filter((a) => a === 'escalate').length <= 1);
        if (seen.includes('warn') && seen.includes('escalate')) assert.deepEqual(seen, ['warn', 'escalate']);
      }),
    );
  });
  it('announces a one-time expiry within 14 days, once, and each anniversary after the first year once', () => {
    const expires = new Date('2026-09-01T00:00:00Z');
    assert.equal(expiryWarningDue(expires, null, new Date('2026-08-01')), false);
    assert.equal(expiryWarningDue(expires, null, new Date('2026-08-20')), true);
    assert.equal(expiryWarningDue(expires, new Date('2026-08-20'), new Date('2026-08-21')), false);
    assert.equal(expiryWarningDue(expires, null, new Date('2026-09-02')), false);
    const unlocked = new Date('2025-03-01T00:00:00Z');
    assert.equal(refreshToAnnounce(unlocked, null, new Date('2026-02-01')), null);
    assert.equal(
      refreshToAnnounce(unlocked, null, new Date('2026-03-02'))?.toISOString(),
      '2026-03-01T00:00:00.000Z',
    );
    assert.equal(refreshToAnnounce(unlocked, new Date('2026-03-01T00:00:00Z'), new Date('2026-06-01')), null);
  });
});
