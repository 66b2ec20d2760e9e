import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  evaluateEligibility,
  type ActivationFacts,
  type EligibilityInput,
  type OfferFacts,
  type UnlockFacts,
} from './eligibility.ts';
import { LISTING_OPTIONS, type Program } from './program.ts';
import { PROGRAM } from './fixtures.test-helper.ts';

const NOW = new Date('2026-03-02T10:00:00Z');
const offer = (over: Partial<OfferFacts> = {}): OfferFacts => ({
  id: 'o1',
  listingOption: 'transact',
  status: 'live',
  private: false,
  coSellReady: false,
  markets: ['US'],
  ...over,
});
const input = (over: Partial<EligibilityInput> = {}): EligibilityInput => ({
  program: PROGRAM,
  now: NOW,
  ttmUsdCents: 0,
  offers: [offer()],
  unlocks: [],
  activations: [],
  marketingContactCount: 1,
  ...over,
});
const benefit = (e: ReturnType<typeof evaluateEligibility>, id: string) => {
  const found = e.benefits.find((b) => b.benefit.id === id);
  assert.ok(found, `benefit ${id}`);
  return found;
};
const codes = (e: ReturnType<typeof evaluateEligibility>, id: string) =>
  benefit(e, id).reasons.map((r) => r.code);
/** Unlocks as the service records them from a previous evaluation. */
const asUnlocks = (
  e: ReturnType<typeof evaluateEligibility>,
  prior: readonly UnlockFacts[] = [],
): UnlockFacts[] => {
  const byId = new Map(prior.map((u) => [u.benefitId, u]));
  for (const { first: _first, ...c } of e.unlockChanges)
    byId.set(c.benefitId, { ...c, revokedAt: null, revokedReason: null, revokedNote: null });
  return [...byId.values()];
};

describe('tiers (S4, L2)', () => {
  it('places billed sales in the highest tier whose threshold they reach, and says what the next needs', () => {
    const e = evaluateEligibility(input({ ttmUsdCents: 2_600_000 }));
    assert.equal(e.standing.tier.id, 'usd-25k');
    assert.deepEqual(
      e.standing.next && { id: e.standing.next.tier.id, missing: e.standing.next.missingUsdCents },
      {
        id: 'usd-50k',
        missing: 2_400_000,
      },
    );
  });
  it('has no next tier at the top', () => {
    assert.equal(evaluateEligibility(input({ ttmUsdCents: 900_000_000 })).standing.next, null);
  });
  it('treats a negative trailing total (refunds) as the first tier', () => {
    assert.equal(evaluateEligibility(input({ ttmUsdCents: -5_000 })).standing.tier.id, 'publisher');
  });
});

describe('benefit rules', () => {
  it('locks everything without a live offer, naming the listing types that would unlock it (S2)', () => {
    const e = evaluateEligibility(input({ offers: [offer({ status: 'draft' })] }));
    assert.ok(e.benefits.every((b) => b.state === 'locked'));
    assert.deepEqual(benefit(e, 'market-research').reasons[0]?.missing?.listingTypes, [
      'list',
      'trial',
      'consulting',
      'transact',
    ]);
  });
  it('unlocks the base level for every listing type (S12, L3)', () => {
    for (const listingOption of LISTING_OPTIONS) {
      const e = evaluateEligibility(input({ offers: [offer({ listingOption })] }));
      assert.equal(benefit(e, 'self-serve-digital-marketing').state, 'available', listingOption);
      assert.equal(benefit(e, 'technical-assistance').state, 'available', listingOption);
    }
  });
  it('keeps tiered benefits for transact offers and explains the amount missing (S4, L3)', () => {
    const e = evaluateEligibility(
      input({ offers: [offer({ listingOption: 'contact-me' })], ttmUsdCents: 10_000_000 }),
    );
    assert.deepEqual(codes(e, 'customer-success-story'), ['needs-live-offer']);
    const t = evaluateEligibility(input({ ttmUsdCents: 9_000_000 }));
    const reason = benefit(t, 'customer-success-story').reasons[0];
    assert.equal(reason?.code, 'needs-tier');
    assert.deepEqual(reason?.missing, { tierId: 'usd-100k', amountUsdCents: 1_000_000 });
    assert.match(reason?.message ?? '', /\$10,000\.00 more billed sales/);
  });
  it('excludes BYOL and private offers where the program says so (L4)', () => {
    const byol = evaluateEligibility(input({ offers: [offer({ listingOption: 'byol' })] }));
    assert.equal(benefit(byol, 'listing-optimization').state, 'available');
    const priv = evaluateEligibility(input({ offers: [offer({ private: true })], ttmUsdCents: 100_000 }));
    assert.deepEqual(codes(priv, 'deployment-sponsorship'), ['offers-excluded-private']);
    assert.deepEqual(codes(priv, 'market-research'), ['offers-excluded-private']);
  });
  it('offers sponsorship only where an offer is available (L4)', () => {
    const e = evaluateEligibility(input({ offers: [offer({ markets: ['CN'] })], ttmUsdCents: 100_000 }));
    assert.deepEqual(codes(e, 'deployment-sponsorship'), ['not-available-in-region']);
  });
  it('asks for a co-sell ready listing and a completed listing optimization (L4)', () => {
    const e = evaluateEligibility(input({ ttmUsdCents: 100_000_00 }));
    assert.deepEqual(codes(e, 'solution-spotlight'), ['needs-co-sell-ready']);
    assert.deepEqual(codes(e, 'press-release-support'), ['needs-listing-optimization']);
    const done: ActivationFacts = {
      id: 'a',
      benefitId: 'listing-optimization',
      periodStart: NOW,
      status: 'fulfilled',
    };
    const after = evaluateEligibility(
      input({ ttmUsdCents: 100_000_00, activations: [done], offers: [offer({ coSellReady: true })] }),
    );
    assert.equal(benefit(after, 'press-release-support').state, 'available');
    assert.equal(benefit(after, 'solution-spotlight').state, 'available');
  });
  it('values a sponsorship at the publisher tier (L3)', () => {
    const e = evaluateEligibility(input({ ttmUsdCents: 60_000_00 }));
    assert.equal(benefit(e, 'deployment-sponsorship').amountUsdCents, 15_000_00);
    assert.equal(benefit(e, 'trial-sandbox-sponsorship').amountUsdCents, 5_000_00);
  });
  it('blocks activation of sales and marketing benefits until a marketing contact exists (S6)', () => {
    const e = evaluateEligibility(input({ marketingContactCount: 0 }));
    assert.deepEqual(
      benefit(e, 'market-research').blockers.map((r) => r.code),
      ['needs-marketing-contact'],
    );
    assert.deepEqual(
      benefit(e, 'technical-assistance').blockers.map((r) => r.code),
      ['activated-by-request'],
    );
  });
  it('closes the program year on its complete-by date (L5)', () => {
    const program: Program = { ...PROGRAM, completeBy: '2026-03-01' };
    assert.deepEqual(codes(evaluateEligibility(input({ program })), 'market-research'), ['program-closed']);
  });
});

describe('benefit lifetimes (L5, L6)', () => {
  it('expires one-time benefits six months after unlock, and refreshes transact benefits yearly', () => {
    const unlockedAt = new Date('2025-06-01T00:00:00Z');
    const unlock = (listingType: UnlockFacts['listingType']): UnlockFacts => ({
      benefitId: 'market-research',
      unlockedAt,
      tierId: 'publisher',
      listingType,
      expiresAt: listingType === 'transact' ? null : new Date('2025-12-01T00:00:00Z'),
      revokedAt: null,
      revokedReason: null,
      revokedNote: null,
    });
    const list = evaluateEligibility(
      input({ offers: [offer({ listingOption: 'contact-me' })], unlocks: [unlock('list')] }),
    );
    assert.equal(benefit(list, 'market-research').state, 'expired');
    assert.equal(benefit(list, 'market-research').expiresAt?.toISOString(), '2025-12-01T00:00:00.000Z');

    const activated: ActivationFacts = {
      id: 'a1',
      benefitId: 'market-research',
      periodStart: unlockedAt,
      status: 'fulfilled',
    };
    const transactOn = (day: string) =>
      evaluateEligibility(
        input({ unlocks: [unlock('transact')], activations: [activated], now: new Date(day) }),
      );
    assert.equal(benefit(transactOn('2026-05-01T00:00:00Z'), 'market-research').state, 'active');
    const nextYear = transactOn('2026-06-02T00:00:00Z');
    assert.equal(benefit(nextYear, 'market-research').state, 'available');
    assert.equal(benefit(nextYear, 'market-research').periodStart?.toISOString(), '2026-06-01T00:00:00.000Z');
    assert.equal(benefit(nextYear, 'market-research').renewsAt?.toISOString(), '2027-06-01T00:00:00.000Z');
  });
  it('keeps an unlocked benefit after sales drop, marked grandfathered (L6)', () => {
    const high = evaluateEligibility(input({ ttmUsdCents: 100_000_00 }));
    const low = evaluateEligibility(input({ ttmUsdCents: 0, unlocks: asUnlocks(high) }));
    assert.equal(benefit(low, 'customer-success-story').state, 'available');
    assert.equal(benefit(low, 'customer-success-story').unlock?.grandfathered, true);
    assert.equal(
      benefit(low, 'deployment-sponsorship').amountUsdCents,
      30_000_00,
      'the amount of the highest tier held',
    );
    assert.equal(low.standing.tier.id, 'publisher', 'the tier shown still follows the sales');
  });
  it('locks a benefit revoked for cause, whatever the sales (L6)', () => {
    const revoked: UnlockFacts = {
      benefitId: 'deployment-sponsorship',
      unlockedAt: NOW,
      tierId: 'usd-500',
      listingType: 'transact',
      expiresAt: null,
      revokedAt: NOW,
      revokedReason: 'sponsorship-misuse',
      revokedNote: 'Credits resold.',
    };
    const e = evaluateEligibility(input({ ttmUsdCents: 100_000_00, unlocks: [revoked] }));
    assert.deepEqual(codes(e, 'deployment-sponsorship'), ['revoked-for-cause']);
    const [reason] = benefit(e, 'deployment-sponsorship').reasons;
    assert.deepEqual(reason?.revoked, {
      cause: 'sponsorship-misuse',
      note: 'Credits resold.',
      on: NOW.toISOString().slice(0, 10),
    });
    assert.match(reason?.message ?? '', /for sponsorship misuse: Credits resold\./);
    assert.ok(!e.unlockChanges.some((c) => c.benefitId === 'deployment-sponsorship'));
  });
  it('records a raised tier on an existing unlock, and an upgrade to transact', () => {
    const first = evaluateEligibility(input({ offers: [offer({ listingOption: 'contact-me' })] }));
    const unlocks = asUnlocks(first);
    assert.equal(unlocks.find((u) => u.benefitId === 'market-research')?.listingType, 'list');
    const later = evaluateEligibility(input({ unlocks, ttmUsdCents: 60_000_00 }));
    const change = later.unlockChanges.find((c) => c.benefitId === 'market-research');
    assert.deepEqual(
      change && { first: change.first, tier: change.tierId, type: change.listingType, at: change.unlockedAt },
      {
        first: false,
        tier: 'usd-50k',
        type: 'transact',
        at: NOW,
      },
    );
  });
});

const arbOffer = fc.record({
  id: fc.uuid(),
  listingOption: fc.constantFrom(...LISTING_OPTIONS),
  status: fc.constantFrom('draft' as const, 'live' as const, 'delisted' as const),
  private: fc.boolean(),
  coSellReady: fc.boolean(),
  markets: fc.subarray(['US', 'CN', 'TW', 'DE', 'RU']),
});
const arbActivations = fc.subarray(['listing-optimization', 'market-research']).map((ids) =>
  ids.map((benefitId, i): ActivationFacts => ({
    id: `a${i}`,
    benefitId,
    periodStart: NOW,
    status: 'fulfilled',
  })),
);
const cents = fc.integer({ min: -1_000_000_00, max: 6_000_000_00 });
const notLocked = (e: ReturnType<typeof evaluateEligibility>) =>
  new Set(e.benefits.filter((b) => b.state !== 'locked').map((b) => b.benefit.id));

describe('properties', () => {
  it('more billed sales never yield fewer benefits', () => {
    fc.assert(
      fc.property(
        fc.array(arbOffer, { maxLength: 4 }),
        arbActivations,
        cents,
        cents,
        fc.nat(3),
        (offers, activations, a, b, contacts) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const base = { offers, activations, marketingContactCount: contacts };
          const lowSet = notLocked(evaluateEligibility(input({ ...base, ttmUsdCents: low })));
          const highSet = notLocked(evaluateEligibility(input({ ...base, ttmUsdCents: high })));
          for (const id of lowSet) assert.ok(highSet.has(id), `${id} unlocked at ${low} but not at ${high}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a benefit once unlocked stays unlocked after sales drop (grandfathering)', () => {
    fc.assert(
      fc.property(
        fc.array(arbOffer, { maxLength: 4 }),
        arbActivations,
        cents,
        cents,
        (offers, activations, before, afterwards) => {
          const first = evaluateEligibility(input({ offers, activations, ttmUsdCents: before }));
          const unlocked = notLocked(first);
          const second = evaluateEligibility(
            input({ offers, activations, ttmUsdCents: afterwards, unlocks: asUnlocks(first) }),
          );
          const stillUnlocked = notLocked(second);
          for (const id of unlocked)
            assert.ok(stillUnlocked.has(id), `${id} lost after sales went ${before} -> ${afterwards}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every locked benefit says why, and no unlocked one carries a reason', () => {
    fc.assert(
      fc.property(fc.array(arbOffer, { maxLength: 4 }), arbActivations, cents, (offers, activations, ttm) => {
        for (const b of evaluateEligibility(input({ offers, activations, ttmUsdCents: ttm })).benefits) {
          assert.equal(b.state === 'locked', b.reasons.length > 0, b.benefit.id);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('grandfathering keeps the other rules (L4, L5, L6)', () => {
  it('locks a kept benefit when its offers are gone or the program year closed, but not for a lower tier', () => {
    const high = evaluateEligibility(input({ ttmUsdCents: 100_000_00 }));
    const unlocks = asUnlocks(high);
    const delisted = evaluateEligibility(input({ unlocks, offers: [offer({ status: 'delisted' })] }));
    assert.deepEqual(codes(delisted, 'deployment-sponsorship'), ['needs-live-offer']);
    const closed = evaluateEligibility(input({ unlocks, program: { ...PROGRAM, completeBy: '2026-01-01' } }));
    assert.deepEqual(codes(closed, 'customer-success-story'), ['program-closed']);
    const lowSales = evaluateEligibility(input({ unlocks, ttmUsdCents: 0 }));
    assert.equal(benefit(lowSales, 'customer-success-story').state, 'available');
  });
  it('says when and why an expired benefit expired', () => {
    const unlock: UnlockFacts = {
      benefitId: 'market-research',
      unlockedAt: new Date('2025-06-01T00:00:00Z'),
      tierId: 'publisher',
      listingType: 'list',
      expiresAt: new Date('2025-12-01T00:00:00Z'),
      revokedAt: null,
      revokedReason: null,
      revokedNote: null,
    };
    const e = evaluateEligibility(
      input({ offers: [offer({ listingOption: 'contact-me' })], unlocks: [unlock] }),
    );
    assert.match(benefit(e, 'market-research').blockers[0]?.message ?? '', /Expired on 2025-12-01/);
  });
});

describe('kept benefits across program years and listing changes (L5, L6)', () => {
  const kept = (over: Partial<UnlockFacts> = {}): UnlockFacts => ({
    benefitId: 'market-research',
    unlockedAt: new Date('2026-06-01T00:00:00Z'),
    tierId: 'publisher',
    listingType: 'list',
    expiresAt: new Date('2026-12-01T00:00:00Z'),
    revokedAt: null,
    revokedReason: null,
    revokedNote: null,
    ...over,
  });
  it('keeps the expiry fixed at unlock when a later program shortens the window', () => {
    const shorter: Program = { ...PROGRAM, windows: { ...PROGRAM.windows, oneTimeExpiryMonths: 3 } };
    const e = evaluateEligibility(
      input({
        program: shorter,
        now: new Date('2026-10-01T00:00:00Z'),
        offers: [offer({ listingOption: 'contact-me' })],
        unlocks: [kept()],
      }),
    );
    assert.equal(benefit(e, 'market-research').state, 'available');
    assert.equal(benefit(e, 'market-research').expiresAt?.toISOString(), '2026-12-01T00:00:00.000Z');
  });
  it('keeps a benefit when the offer turns private, and shows an activation after delisting', () => {
    const now = new Date('2026-07-01T00:00:00Z');
    const privateNow = evaluateEligibility(
      input({ now, offers: [offer({ listingOption: 'contact-me', private: true })], unlocks: [kept()] }),
    );
    assert.equal(benefit(privateNow, 'market-research').state, 'available');
    const activation: ActivationFacts = {
      id: 'a9',
      benefitId: 'market-research',
      periodStart: kept().unlockedAt,
      status: 'in-progress',
    };
    const delisted = evaluateEligibility(
      input({
        now,
        offers: [offer({ listingOption: 'contact-me', status: 'delisted' })],
        unlocks: [kept()],
        activations: [activation],
      }),
    );
    assert.deepEqual(
      [benefit(delisted, 'market-research').state, benefit(delisted, 'market-research').activationId],
      ['active', 'a9'],
    );
  });
  it('never replaces a recorded tier the program no longer knows with a lower one', () => {
    const unlock = kept({
      benefitId: 'deployment-sponsorship',
      tierId: 'usd-9m',
      listingType: 'transact',
      expiresAt: null,
    });
    const e = evaluateEligibility(input({ ttmUsdCents: 1_000_000_00, unlocks: [unlock] }));
    assert.equal(
      e.unlockChanges.find((c) => c.benefitId === 'deployment-sponsorship'),
      undefined,
    );
  });
});
