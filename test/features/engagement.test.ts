// Engagement (src/features/engagement): a publisher's opt-outs of the rewards team's outreach (L8), and the view of
// its tasks and opt-outs. (Relisting an offer while opted out: offers.test.ts.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makePublisher } from '../support/factories.ts';
import { operationsHarness } from '../support/operations.ts';

const { t, ok } = await operationsHarness('2026-06-01T10:00:00Z');

describe('engagement: opt-outs', () => {
  it('[PUBLISHER] opts out of everything: its open welcome is cancelled, a new offer gets none, its announcements are suppressed (L8)', async () => {
    const pub = await makePublisher(t, {
      contact: true,
      offers: [
        { listingOption: 'transact', markets: ['US'] },
        { listingOption: 'transact', markets: ['US'], live: false },
      ],
    });
    const base = `/api/v1/publishers/${pub.id}`;
    // The publisher opts out of everything; going live then queues no welcome and no announcement.
    const optOut = await ok(
      t.call('POST', `${base}/opt-outs`, {
        as: pub.ownerEmail,
        body: { engagement: 'all', note: 'No outreach.' },
      }),
      201,
    );
    await ok(
      t.call('POST', `${base}/offers/${pub.offerIds[1]}/status`, {
        as: t.adminEmail,
        body: { status: 'live' },
      }),
    );
    const view = await ok(t.call('GET', `${base}/engagement`, { as: t.adminEmail }));
    const welcomes = view.tasks.filter((x: any) => x.kind === 'welcome');
    assert.deepEqual(
      welcomes.map((x: any) => [x.offerId, x.status, x.cancelReason]),
      [[pub.offerIds[0], 'cancelled', 'The publisher opted out (L8).']],
      'the open welcome is cancelled, none is made for the new offer',
    );
    assert.equal(view.optOuts[0].id, optOut.id);
    const outbox = await ok(t.call('GET', `${base}/notifications`, { as: pub.ownerEmail }));
    const live = outbox.items.filter((n: any) => ['offer-live', 'self-serve-resources'].includes(n.kind));
    assert.ok(live.length > 0 && live.every((n: any) => n.status === 'suppressed'));
  });

  it('[PUBLISHER] opted out of welcome calls still gets the self-serve resources; of announcements, not (S12, L8)', async () => {
    const statusOf = async (engagement: 'welcome' | 'announcements') => {
      const pub = await makePublisher(t, {
        contact: true,
        offers: [{ listingOption: 'transact', live: false }],
      });
      const base = `/api/v1/publishers/${pub.id}`;
      await ok(
        t.call('POST', `${base}/opt-outs`, { as: pub.ownerEmail, body: { engagement, note: 'As asked.' } }),
        201,
      );
      await ok(
        t.call('POST', `${base}/offers/${pub.offerIds[0]}/status`, {
          as: t.adminEmail,
          body: { status: 'live' },
        }),
      );
      const outbox = await ok(t.call('GET', `${base}/notifications`, { as: pub.ownerEmail }));
      const kinds = (kind: string) =>
        outbox.items.filter((n: any) => n.kind === kind).map((n: any) => n.status);
      return { resources: kinds('self-serve-resources'), live: kinds('offer-live') };
    };
    const welcome = await statusOf('welcome');
    assert.ok(
      welcome.live.length > 0 && welcome.live.every((s: string) => s === 'suppressed'),
      'go-live: welcome',
    );
    assert.ok(
      welcome.resources.length > 0 && welcome.resources.every((s: string) => s !== 'suppressed'),
      'resources go',
    );
    const announcements = await statusOf('announcements');
    assert.ok(
      announcements.resources.every((s: string) => s === 'suppressed'),
      'resources are announcements',
    );
  });

  it('[PROGRAM ADMIN] cannot record an opt-out twice, and withdraws it', async () => {
    const pub = await makePublisher(t, { contact: true });
    const base = `/api/v1/publishers/${pub.id}`;
    const optOut = await ok(
      t.call('POST', `${base}/opt-outs`, {
        as: pub.ownerEmail,
        body: { engagement: 'all', note: 'No outreach.' },
      }),
      201,
    );
    await ok(
      t.call('POST', `${base}/opt-outs`, { as: t.adminEmail, body: { engagement: 'all', note: 'again' } }),
      409,
    );
    const withdrawn = await ok(
      t.call('POST', `${base}/opt-outs/${optOut.id}/withdraw`, { as: t.adminEmail }),
    );
    assert.ok(withdrawn.withdrawnAt);
  });
});
