import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  blockingGrant,
  DEFAULT_GRANT_RULES,
  grantPeriod,
  grantState,
  remainingUsdCents,
  spendProblem,
  type GrantFacts,
} from './sponsorships.ts';

const at = (iso: string) => new Date(iso);

function grant(over: Partial<GrantFacts> = {}): GrantFacts {
  return {
    id: 'g1',
    benefitId: 'deployment-sponsorship',
    amountUsdCents: 200_000,
    spentUsdCents: 0,
    issuedAt: at('2026-06-01T00:00:00Z'),
    startsAt: at('2026-06-01T00:00:00Z'),
    expiresAt: at('2027-06-01T00:00:00Z'),
    spentAt: null,
    ...over,
  };
}

describe('sponsorship grants (S10, L9)', () => {
  it('are issued before their start, active until spent or expired, then closed', () => {
    const g = grant({ startsAt: at('2026-07-01T00:00:00Z') });
    assert.equal(grantState(g, at('2026-06-15T00:00:00Z')), 'issued');
    assert.equal(grantState(g, at('2026-07-01T00:00:00Z')), 'active');
    assert.equal(grantState(g, at('2027-06-01T00:00:00Z')), 'expired');
    const spent = { ...g, spentUsdCents: 200_000, spentAt: at('2027-01-10T00:00:00Z') };
    assert.equal(grantState(spent, at('2027-01-09T00:00:00Z')), 'active');
    assert.equal(grantState(spent, at('2027-01-10T00:00:00Z')), 'spent');
    // Spend recorded before the expiry is what happened: a spent grant stays spent after its expiry.
    assert.equal(grantState(spent, at('2028-01-01T00:00:00Z')), 'spent');
  });

  it('leave what was not spent, and nothing once closed', () => {
    const g = grant({ spentUsdCents: 50_000 });
    assert.equal(remainingUsdCents(g, at('2026-08-01T00:00:00Z')), 150_000);
    assert.equal(remainingUsdCents(g, at('2027-06-01T00:00:00Z')), 0);
  });

  it('hold the next sponsorship back until every open grant is spent or expired, unless they stack', () => {
    const now = at('2026-09-01T00:00:00Z');
    const first = grant({ id: 'a', expiresAt: at('2027-03-01T00:00:00Z') });
    const second = grant({ id: 'b', expiresAt: at('2027-06-01T00:00:00Z') });
    const closed = grant({ id: 'c', spentAt: at('2026-08-01T00:00:00Z'), spentUsdCents: 200_000 });
    assert.equal(blockingGrant([first, closed, second], DEFAULT_GRANT_RULES, now)?.id, 'b');
    assert.equal(blockingGrant([closed], DEFAULT_GRANT_RULES, now), undefined);
    assert.equal(blockingGrant([first, second], { months: 12, stacking: true }, now), undefined);
  });

  it('last the program months from the day they are issued (clamped to the month end)', () => {
    const period = grantPeriod({ months: 6, stacking: false }, at('2026-08-31T09:00:00Z'));
    assert.deepEqual(period, { startsAt: at('2026-08-31T09:00:00Z'), expiresAt: at('2027-02-28T09:00:00Z') });
  });

  it('take spend only while open, positive, and no more than is left', () => {
    const g = grant({ spentUsdCents: 150_000 });
    const now = at('2026-08-01T00:00:00Z');
    assert.equal(spendProblem(g, 50_000, now), null);
    assert.equal(spendProblem(g, 50_001, now), 'over-remaining');
    assert.equal(spendProblem(g, 0, now), 'not-positive');
    assert.equal(spendProblem(g, 1.5, now), 'not-positive');
    assert.equal(spendProblem(g, 1, at('2027-06-01T00:00:00Z')), 'grant-closed');
  });

  it('never let spend recorded step by step exceed the amount (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(fc.integer({ min: -100, max: 5_000_000 }), { maxLength: 30 }),
        (amount, attempts) => {
          let g = grant({ amountUsdCents: amount });
          const now = at('2026-08-01T00:00:00Z');
          for (const spend of attempts) {
            if (spendProblem(g, spend, now) !== null) continue;
            const spent = g.spentUsdCents + spend;
            g = { ...g, spentUsdCents: spent, spentAt: spent === amount ? now : null };
          }
          assert.ok(g.spentUsdCents <= amount);
          assert.equal(remainingUsdCents(g, now) + g.spentUsdCents, amount);
          // Under one-at-a-time rules a grant holds the next back exactly while something is left of it.
          assert.equal(blockingGrant([g], DEFAULT_GRANT_RULES, now) !== undefined, g.spentUsdCents < amount);
        },
      ),
    );
  });
});
