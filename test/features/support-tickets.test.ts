// Support tickets (src/features/support-tickets): what a publisher files when a welcome does not come (S11).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
import { makePublisher } from '../support/factories.ts';

const t = await testApp();

describe('support tickets', () => {
  it('[PUBLISHER] files a support ticket about an offer, and finds it listed (S11)', async () => {
    const p = await makePublisher(t, { offers: [{ listingOption: 'contact-me' }] });
    const tickets = `/api/v1/publishers/${p.id}/support-tickets`;
    const ticket = await t.call('POST', tickets, {
      as: p.ownerEmail,
      body: {
        subject: 'No welcome message',
        description: 'Our offer has been live for a month.',
        offerId: p.offerIds[0],
      },
    });
    assert.equal(ticket.status, 201);
    assert.equal((await t.call('GET', tickets, { as: p.ownerEmail })).body.items.length, 1);
  });

  it('[PUBLISHER] has at most 25 tickets open at once; a closed one makes room', async () => {
    const p = await makePublisher(t);
    const tickets = `/api/v1/publishers/${p.id}/support-tickets`;
    const body = { subject: 'Where is our welcome?', description: 'Our offer has been live for a month.' };
    for (let i = 0; i < 25; i++)
      assert.equal((await t.call('POST', tickets, { as: p.ownerEmail, body })).status, 201);
    const refused = await t.call('POST', tickets, { as: p.ownerEmail, body });
    assert.deepEqual([refused.status, refused.body.type], [409, '/problems/too-many-open']);
    assert.match(refused.body.detail, /25/);
    // The rewards team answers one: its task completed closes the ticket.
    const [task] = (
      await t.call('GET', `/api/v1/tasks?publisherId=${p.id}&kind=support-ticket`, { as: t.teamEmail })
    ).body.items;
    const done = await t.call('POST', `/api/v1/tasks/${task.id}/complete`, { as: t.teamEmail, body: {} });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal((await t.call('POST', tickets, { as: p.ownerEmail, body })).status, 201);
  });
});
