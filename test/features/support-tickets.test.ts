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
});
