import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { diffProgram } from './program-diff.ts';
import { PROGRAM } from './fixtures.test-helper.ts';

const clone = () => structuredClone(PROGRAM) as any;

describe('what a draft changes against the version in force', () => {
  it('finds nothing in a copy, however its tiers and benefits are ordered, and whatever its date', () => {
    const copy = clone();
    copy.tiers.reverse();
    copy.benefits.reverse();
    copy.effectiveFrom = '2031-01-01';
    assert.deepEqual(diffProgram(PROGRAM, copy), []);
  });

  it('says each change in words: thresholds and amounts as money, lists, the minimum tier', () => {
    const draft = clone();
    draft.version = 'FY25';
    draft.tiers.find((t: any) => t.id === 'usd-25k').thresholdUsdCents = 30_000_00;
    const sponsorship = draft.benefits.find((b: any) => b.id === 'deployment-sponsorship');
    sponsorship.amountsByTier['usd-500'] = 2_500_00;
    sponsorship.exclusions = [];
    draft.benefits.find((b: any) => b.id === 'seller-webinar').minTier = 'usd-50k';
    draft.windows.contactPromiseDays = 5;
    draft.listingOptions.byol = 'trial';
    assert.deepEqual(
      diffProgram(PROGRAM, draft).map((c) => c.text),
      [
        'Program: version FY24 → FY25',
        'Windows: contact promise (days) 7 → 5',
        'Listing option byol: counts as list → trial',
        'Tier $25K: threshold $25,000 → $30,000',
        'Benefit Seller webinar: minimum tier $100K → $50K',
        `Benefit ${sponsorship.name}: exclusions byol, private → none`,
        `Benefit ${sponsorship.name}: amount at $500 $2,000 → $2,500`,
      ],
    );
    const threshold = diffProgram(PROGRAM, draft).find((c) => c.field === 'thresholdUsdCents')!;
    assert.deepEqual(
      [threshold.subject, threshold.id, threshold.before, threshold.after],
      ['tier', 'usd-25k', 25_000_00, 30_000_00],
    );
  });

  it('names what is added and removed, and reads a broken draft without failing', () => {
    const draft = clone();
    draft.tiers.push({ id: 'usd-10m', name: '$10M', thresholdUsdCents: 10_000_000_00 });
    draft.benefits = draft.benefits.filter((b: any) => b.id !== 'guest-blog-post');
    assert.deepEqual(
      diffProgram(PROGRAM, draft).map((c) => [c.subject, c.id, c.kind]),
      [
        ['tier', 'usd-10m', 'added'],
        ['benefit', 'guest-blog-post', 'removed'],
      ],
    );
    const broken = { tiers: 'many', windows: { contactPromiseDays: 'soon' } };
    const changes = diffProgram(PROGRAM, broken);
    assert.ok(changes.some((c) => c.text === 'Windows: contact promise (days) 7 → soon'));
    assert.ok(changes.some((c) => c.subject === 'tier' && c.kind === 'removed'));
    assert.deepEqual(diffProgram(PROGRAM, null).length, diffProgram(PROGRAM, {}).length);
  });

  it('reports a changed threshold, and nothing else, for any new threshold of any tier', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: PROGRAM.tiers.length - 1 }),
        fc.integer({ min: 0, max: 1e12 }),
        (i, cents) => {
          const draft = clone();
          draft.tiers[i].thresholdUsdCents = cents;
          const changes = diffProgram(PROGRAM, draft);
          const before = PROGRAM.tiers[i]!.thresholdUsdCents;
          assert.equal(changes.length, before === cents ? 0 : 1);
          if (before !== cents) {
            assert.deepEqual(
              [changes[0]!.id, changes[0]!.before, changes[0]!.after],
              [PROGRAM.tiers[i]!.id, before, cents],
            );
          }
        },
      ),
    );
  });
});
