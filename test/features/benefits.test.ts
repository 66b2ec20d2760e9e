// Benefits (src/features/benefits): what a publisher qualifies for and why not (S13), kept when sales drop but not
// with a delisted offer (L6), and unlocked by what they need (L4).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
import { makePublisher, ok } from '../support/factories.ts';

const t = await testApp();
const find = (answer: { body: any }, id: string) => answer.body.benefits.find((b: any) => b.id === id);

describe('benefits', () => {
  it('[PUBLISHER] sees its tier, what the next tier needs, and why a benefit is locked (S13)', async () => {
    const p = await makePublisher(t, { salesUsd: 30_000 });
    const benefits = await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail });
    assert.equal(benefits.status, 200);
    assert.equal(benefits.body.tier.id, 'usd-25k');
    assert.equal(benefits.body.nextTier.missingUsdCents, 20_000_00);
    const spotlight = find(benefits, 'customer-success-story');
    assert.equal(spotlight.state, 'locked');
    assert.match(spotlight.reasons[0].message, /\$70,000\.00 more/);
  });

  it('[PUBLISHER] sees the benefits of one category at a time', async () => {
    const p = await makePublisher(t, { salesUsd: 30_000 });
    const tab = await t.call('GET', `/api/v1/publishers/${p.id}/benefits?category=technical`, {
      as: p.ownerEmail,
    });
    assert.deepEqual(
      tab.body.benefits.map((b: any) => b.id),
      ['technical-assistance'],
    );
  });

  it('[PUBLISHER] keeps benefits unlocked when billed sales drop (L6)', async () => {
    const p = await makePublisher(t, { salesUsd: 120_000, contact: true });
    const base = `/api/v1/publishers/${p.id}`;
    const refund = await t.call('POST', `${base}/billed-sales`, {
      as: t.adminEmail,
      body: {
        amountUsdCents: -110_000_00,
        billedOn: t.clock.now().toISOString().slice(0, 10),
        note: 'refund',
      },
    });
    assert.equal(refund.status, 201);
    const after = await t.call('GET', `${base}/benefits`, { as: p.ownerEmail });
    assert.equal(after.body.ttmUsdCents, 10_000_00);
    assert.equal(after.body.tier.id, 'usd-500');
    const story = find(after, 'customer-success-story');
    assert.deepEqual([story.state, story.grandfathered, story.canActivate], ['available', true, true]);
    assert.equal(
      (
        await t.call('POST', `${base}/activations`, {
          as: p.ownerEmail,
          body: { benefitId: 'customer-success-story' },
        })
      ).status,
      201,
    );
  });

  it('[PUBLISHER] keeps no benefit of a delisted offer (L6)', async () => {
    const p = await makePublisher(t, { salesUsd: 60_000 });
    await ok(
      t.call('POST', `/api/v1/publishers/${p.id}/offers/${p.offerIds[0]}/status`, {
        as: t.adminEmail,
        body: { status: 'delisted' },
      }),
    );
    const benefits = await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail });
    const sponsorship = find(benefits, 'deployment-sponsorship');
    assert.deepEqual([sponsorship.state, sponsorship.reasons[0].code], ['locked', 'needs-live-offer']);
  });

  it('[PUBLISHER] has what needed a listing optimization unlocked once the optimization is completed (L4)', async () => {
    const p = await makePublisher(t, { salesUsd: 30_000, contact: true });
    const base = `/api/v1/publishers/${p.id}`;
    await ok(
      t.call('POST', `${base}/activations`, {
        as: p.ownerEmail,
        body: { benefitId: 'listing-optimization' },
      }),
      201,
    );
    const [task] = (
      await ok(t.call('GET', `/api/v1/tasks?kind=activation&publisherId=${p.id}`, { as: t.teamEmail }))
    ).items;
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
        as: t.teamEmail,
        body: { channel: 'phone', note: 'Walked through the review.' },
      }),
      201,
    );
    const beforeDone = await t.call('GET', `${base}/benefits`, { as: p.ownerEmail });
    assert.equal(find(beforeDone, 'rewards-testimonial').state, 'locked');
    assert.equal(
      (await t.call('POST', `/api/v1/tasks/${task.id}/complete`, { as: t.teamEmail })).status,
      200,
    );
    const afterDone = await t.call('GET', `${base}/benefits`, { as: p.ownerEmail });
    assert.equal(find(afterDone, 'rewards-testimonial').state, 'available');
  });
});
