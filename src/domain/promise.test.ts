import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { promiseTerms } from './promise.ts';

describe('the promise of an activation (S8)', () => {
  const due = '2026-03-09T10:00:00.000Z';
  it('is due, then late, by the due day; once contacted, kept or missed on the contact day', () => {
    for (const clock of ['on-track', 'due-soon'] as const)
      assert.deepEqual(promiseTerms({ clock, contactDueAt: due, contactedAt: null }), {
        code: 'due',
        at: due,
      });
    assert.deepEqual(promiseTerms({ clock: 'late', contactDueAt: due, contactedAt: null }), {
      code: 'late',
      at: due,
    });
    const early = '2026-03-05T09:00:00.000Z';
    const late = '2026-03-12T09:00:00.000Z';
    assert.deepEqual(promiseTerms({ clock: 'kept', contactDueAt: due, contactedAt: early }), {
      code: 'kept',
      at: early,
    });
    assert.deepEqual(promiseTerms({ clock: 'missed', contactDueAt: due, contactedAt: late }), {
      code: 'missed',
      at: late,
    });
  });
});
