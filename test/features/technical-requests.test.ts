// Technical assistance requests (src/features/technical-requests): asked for on an offer, queued for the rewards
// team, and the one way to technical assistance (S9).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
import { makePublisher } from '../support/factories.ts';

const t = await testApp();

/** A publisher with a free trial, and a request for help with it. */
async function trialAndRequest() {
  const p = await makePublisher(t, { offers: [{ listingOption: 'free-trial' }] });
  const body = {
    offerId: p.offerIds[0],
    stage: 'deployment',
    solution: 'hybrid',
    description: 'Help us deploy the hybrid agent on premises.',
  };
  return { p, body, base: `/api/v1/publishers/${p.id}` };
}

describe('technical requests', () => {
  it("[PUBLISHER] asks for technical assistance on an offer, and it reaches the rewards team's queue (S9)", async () => {
    const { p, body, base } = await trialAndRequest();
    const created = await t.call('POST', `${base}/technical-requests`, { as: p.ownerEmail, body });
    assert.equal(created.status, 201);
    assert.equal(created.body.status, 'open');
    const list = await t.call('GET', `${base}/technical-requests`, { as: p.ownerEmail });
    assert.equal(list.body.items.length, 1);
    const queue = await t.call('GET', `/api/v1/tasks?kind=technical-request&publisherId=${p.id}`, {
      as: t.teamEmail,
    });
    assert.equal(queue.body.items.length, 1);
  });

  it('[PUBLISHER] must name a stage and a solution the program knows (S9)', async () => {
    const { p, body, base } = await trialAndRequest();
    const bad = await t.call('POST', `${base}/technical-requests`, {
      as: p.ownerEmail,
      body: { ...body, stage: 'launch', solution: 'edge' },
    });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors.map((e: any) => e.pointer).sort(), ['/body/solution', '/body/stage']);
  });

  it('[PUBLISHER] cannot activate technical assistance: it is asked for by a request (S9)', async () => {
    const { p, body, base } = await trialAndRequest();
    await t.call('POST', `${base}/technical-requests`, { as: p.ownerEmail, body });
    const activate = await t.call('POST', `${base}/activations`, {
      as: p.ownerEmail,
      body: { benefitId: 'technical-assistance' },
    });
    assert.equal(activate.body.type, '/problems/benefit-activated-by-request');
  });

  it('[PUBLISHER] has at most 25 requests open at once', async () => {
    const { p, body, base } = await trialAndRequest();
    for (let i = 0; i < 25; i++)
      assert.equal(
        (await t.call('POST', `${base}/technical-requests`, { as: p.ownerEmail, body })).status,
        201,
      );
    const refused = await t.call('POST', `${base}/technical-requests`, { as: p.ownerEmail, body });
    assert.deepEqual([refused.status, refused.body.type], [409, '/problems/too-many-open']);
  });
});
