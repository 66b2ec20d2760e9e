import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluateEligibility, type OfferFacts, type UnlockFacts } from './eligibility.ts';
import { PROGRAM } from './fixtures.test-helper.ts';
import { applyChange } from './program-change.ts';
import { LISTING_OPTIONS, type Program } from './program.ts';
import { simulate, simulatedPublisher, type CompanyTotals, type PublisherFacts } from './simulation.ts';
import { tierFor } from './tiers.ts';

const NOW = new Date('2026-03-02T10:00:00Z');
const AT = new Date('2026-04-01T00:00:00Z');
const offer = (over: Partial<OfferFacts> = {}): OfferFacts => ({
  id: 'o1',
  listingOption: 'transact',
  status: 'live',
  private: false,
  coSellReady: false,
  markets: ['US'],
  ...over,
});
const publisher = (id: string, over: Partial<PublisherFacts> & { companyId?: string } = {}) =>
  simulatedPublisher({
    id,
    name: `Publisher ${id}`,
    mpnId: `9${id}`,
    companyId: id,
    offers: [offer()],
    unlocks: [],
    activations: [],
    ...over,
  });
const threshold = (tierId: string, cents: number): Program => {
  const applied = applyChange(
    PROGRAM,
    { kind: 'tier-threshold', tierId, thresholdUsdCents: cents },
    'what-if',
    '2026-04-01',
  );
  assert.ok(applied.program);
  return applied.program;
};
const totals = (entries: [string, number][]) =>
  new Map<string, CompanyTotals>(entries.map(([id, c]) => [id, { nowUsdCents: c, thenUsdCents: c }]));

describe('simulation: what a candidate version changes', () => {
  it('counts the companies that move down when $25K becomes $30K, and what they keep by grandfathering', () => {
    const result = simulate({
      current: PROGRAM,
      candidate: threshold('usd-25k', 3_000_000),
      now: NOW,
      at: AT,
      totals: totals([
        ['a', 2_700_000],
        ['b', 3_100_000],
        ['c', 100_000],
      ]),
      publishers: [publisher('a'), publisher('b'), publisher('c')],
    });
    assert.deepEqual(result.companies, { total: 3, up: 0, down: 1 });
    assert.deepEqual(result.moves, [{ from: 'usd-25k', to: 'usd-500', direction: 'down', companies: 1 }]);
    assert.equal(result.affected.length, 1);
    const a = result.affected[0]!;
    assert.deepEqual([a.id, a.tierNow, a.tierThen], ['a', 'usd-25k', 'usd-500']);
    // The $25K blog feature is unlocked today (recorded on refresh): kept by L6, not lost.
    assert.deepEqual(a.loses, []);
    assert.ok(a.keptByGrandfathering.includes('marketplace-blog-feature'));
    const blog = result.benefits.find((b) => b.benefitId === 'marketplace-blog-feature')!;
    assert.deepEqual([blog.newlyUnlocked, blog.keptByGrandfathering, blog.lost], [0, 1, 0]);
    assert.equal(result.committedUsdCents, 0);
  });

  it('counts the companies that move up, the sponsorships they unlock and the dollars those commit', () => {
    const result = simulate({
      current: PROGRAM,
      candidate: threshold('usd-50k', 4_000_000),
      now: NOW,
      at: AT,
      totals: totals([['a', 4_500_000]]),
      publishers: [publisher('a'), publisher('a2', { companyId: 'a' })],
    });
    assert.deepEqual(result.companies, { total: 1, up: 1, down: 0 });
    assert.equal(result.publishers.affected, 2, 'both profiles of the company');
    const trial = result.benefits.find((b) => b.benefitId === 'trial-sandbox-sponsorship');
    assert.equal(trial?.newlyUnlocked, 2);
    assert.equal(trial?.committedUsdCents, 2 * 500_000);
    // The deployment sponsorship was unlocked at $25K already: its amount rises, but it is not a new unlock.
    assert.equal(result.benefits.find((b) => b.benefitId === 'deployment-sponsorship')?.newlyUnlocked, 0);
    assert.equal(result.committedUsdCents, 1_000_000);
  });

  it('does not count a benefit revoked for cause, nor a publisher without a live offer', () => {
    const revoked: UnlockFacts = {
      benefitId: 'trial-sandbox-sponsorship',
      unlockedAt: NOW,
      tierId: 'usd-50k',
      listingType: 'transact',
      expiresAt: null,
      revokedAt: NOW,
      revokedReason: 'sponsorship-misuse',
      revokedNote: null,
    };
    const result = simulate({
      current: PROGRAM,
      candidate: threshold('usd-50k', 4_000_000),
      now: NOW,
      at: AT,
      totals: totals([
        ['a', 4_500_000],
        ['b', 4_500_000],
      ]),
      publishers: [publisher('a', { unlocks: [revoked] }), publisher('b', { offers: [] })],
    });
    assert.equal(result.benefits.find((b) => b.benefitId === 'trial-sandbox-sponsorship')?.newlyUnlocked, 0);
    assert.equal(result.committedUsdCents, 0);
    assert.deepEqual(result.affected.find((p) => p.id === 'b')?.gains, []);
  });

  it('names the field of a change that makes the program invalid', () => {
    const change = { kind: 'tier-threshold', tierId: 'usd-25k', thresholdUsdCents: 6_000_000 } as const;
    const applied = applyChange(PROGRAM, change, 'what-if', '2026-04-01');
    assert.equal(applied.program, null);
    assert.equal(applied.problems[0]?.field, '/thresholdUsdCents');
    const unknown = applyChange(PROGRAM, { ...change, tierId: 'usd-7m' }, 'what-if', '2026-04-01');
    assert.deepEqual(
      unknown.problems.map((p) => [p.field, p.code]),
      [['/tierId', 'unknown-tier']],
    );
  });
});

const offerArb = fc.record({
  id: fc.constant('o'),
  listingOption: fc.constantFrom(...LISTING_OPTIONS),
  status: fc.constantFrom<OfferFacts['status']>('live', 'delisted'),
  private: fc.boolean(),
  coSellReady: fc.boolean(),
  markets: fc.constantFrom(['US'], ['DE'], ['US', 'JP']),
});
const centsArb = fc.integer({ min: -1_000_00, max: 8_000_000_00 });

describe('simulation: properties', () => {
  it('equals evaluating every company and publisher one by one, before and after the refresh (L6)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            company: fc.integer({ min: 0, max: 5 }),
            offers: fc.array(offerArb, { maxLength: 3 }),
            now: centsArb,
            then: centsArb,
          }),
          { maxLength: 25 },
        ),
        fc.constantFrom('usd-500', 'usd-25k', 'usd-50k', 'usd-100k', 'usd-5m'),
        fc.integer({ min: -60, max: 60 }),
        (rows, tierId, percent) => {
          const rank = PROGRAM.tiers.findIndex((t) => t.id === tierId);
          const low = PROGRAM.tiers[rank - 1]!.thresholdUsdCents;
          const high = PROGRAM.tiers[rank + 1]?.thresholdUsdCents ?? Number.MAX_SAFE_INTEGER;
          const moved = Math.round(PROGRAM.tiers[rank]!.thresholdUsdCents * (1 + percent / 100));
          const candidate = threshold(tierId, Math.min(Math.max(moved, low + 1), high - 1));
          const companyTotals = new Map<string, CompanyTotals>();
          rows.forEach((r) =>
            companyTotals.set(`c${r.company}`, { nowUsdCents: r.now, thenUsdCents: r.then }),
          );
          const publishers = rows.map((r, i) =>
            publisher(`p${i}`, { companyId: `c${r.company}`, offers: r.offers }),
          );
          const result = simulate({
            current: PROGRAM,
            candidate,
            now: NOW,
            at: AT,
            totals: companyTotals,
            publishers,
          });

          let up = 0;
          let down = 0;
          for (const t of companyTotals.values()) {
            const from = tierFor(PROGRAM, t.nowUsdCents).rank;
            const to = tierFor(candidate, t.thenUsdCents).rank;
            if (to > from) up++;
            if (to < from) down++;
          }
          assert.deepEqual(result.companies, { total: companyTotals.size, up, down });
          assert.equal(
            result.moves.reduce((n, m) => n + m.companies, 0),
            up + down,
          );
          const gains = new Map<string, number>();
          for (const p of publishers) {
            const t = companyTotals.get(p.companyId)!;
            const facts = { offers: p.facts().offers, activations: [], marketingContactCount: 1 };
            const before = evaluateEligibility({
              ...facts,
              program: PROGRAM,
              now: NOW,
              ttmUsdCents: t.nowUsdCents,
              unlocks: [],
            });
            const recorded: UnlockFacts[] = before.unlockChanges.map((c) => ({
              ...c,
              revokedAt: null,
              revokedReason: null,
              revokedNote: null,
            }));
            const after = evaluateEligibility({
              ...facts,
              program: candidate,
              now: AT,
              ttmUsdCents: t.thenUsdCents,
              unlocks: recorded,
            });
            const had = new Set(before.benefits.filter((b) => b.state !== 'locked').map((b) => b.benefit.id));
            for (const b of after.benefits)
              if (b.state !== 'locked' && !had.has(b.benefit.id))
                gains.set(b.benefit.id, (gains.get(b.benefit.id) ?? 0) + 1);
            // Thresholds alone never take away an unlocked benefit (L6).
            assert.deepEqual(result.affected.find((a) => a.id === p.id)?.loses ?? [], []);
          }
          for (const b of result.benefits)
            assert.equal(b.newlyUnlocked, gains.get(b.benefitId) ?? 0, b.benefitId);
          const sponsorships = result.benefits.reduce((n, b) => n + b.committedUsdCents, 0);
          assert.equal(result.committedUsdCents, sponsorships);
        },
      ),
      { numRuns: 200 },
    );
  });
});
