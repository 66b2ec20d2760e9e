// Offers (src/features/offers): going live, delisting and relisting, and the welcome each live offer opens.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makePublisher } from '../support/factories.ts';
import { operationsHarness } from '../support/operations.ts';

const { t, ok } = await operationsHarness('2026-03-02T10:00:00Z');

/** A publisher's welcome tasks, as stored. */
const welcome = async (publisherId: string) =>
  (
    await t.pool.query<{ status: string; cancel_reason: string | null }>(
      `SELECT status, cancel_reason FROM tasks WHERE publisher_id = $1 AND kind = 'welcome'`,
      [publisherId],
    )
  ).rows;
/** The program admin delists the offer (its welcome is cancelled), then puts it live again. */
const delistRelist = async (publisherId: string, offerId: string) => {
  const url = `/api/v1/publishers/${publisherId}/offers/${offerId}/status`;
  await ok(t.call('POST', url, { as: t.adminEmail, body: { status: 'delisted' } }));
  assert.deepEqual(
    (await welcome(publisherId)).map((w) => w.status),
    ['cancelled'],
  );
  await ok(t.call('POST', url, { as: t.adminEmail, body: { status: 'live' } }));
};
const transactOffer = { contact: true, offers: [{ listingOption: 'transact', markets: ['US'] }] };

describe('offers: relisting', () => {
  it('[PROGRAM ADMIN] relists an offer: only the welcome its delisting cancelled opens again', async () => {
    const pub = await makePublisher(t, transactOffer);
    await delistRelist(pub.id, pub.offerIds[0]!);
    assert.deepEqual(await welcome(pub.id), [{ status: 'open', cancel_reason: null }]);
  });

  it('[PUBLISHER] opted out of welcomes, gets none back when its offer is relisted (L8)', async () => {
    for (const engagement of ['all', 'welcome']) {
      const pub = await makePublisher(t, transactOffer);
      await ok(
        t.call('POST', `/api/v1/publishers/${pub.id}/opt-outs`, {
          as: pub.ownerEmail,
          body: { engagement, note: 'No outreach.' },
        }),
        201,
      );
      await delistRelist(pub.id, pub.offerIds[0]!);
      assert.deepEqual(
        (await welcome(pub.id)).map((w) => w.status),
        ['cancelled'],
        engagement,
      );
    }
  });

  it('[PROGRAM ADMIN] cancels a welcome, which stays cancelled when its offer is relisted', async () => {
    const pub = await makePublisher(t, transactOffer);
    const [task] = (
      await ok(t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=welcome`, { as: t.adminEmail }))
    ).items;
    await ok(
      t.call('POST', `/api/v1/tasks/${task.id}/cancel`, {
        as: t.adminEmail,
        body: { reason: 'Welcomed at a conference.' },
      }),
    );
    await delistRelist(pub.id, pub.offerIds[0]!);
    assert.deepEqual(await welcome(pub.id), [
      { status: 'cancelled', cancel_reason: 'Welcomed at a conference.' },
    ]);
  });

  it('[PUBLISHER] opting out of welcomes while its offer is delisted, gets no welcome back at relisting (L8)', async () => {
    const other = await makePublisher(t, transactOffer);
    const url = `/api/v1/publishers/${other.id}/offers/${other.offerIds[0]}/status`;
    await ok(t.call('POST', url, { as: t.adminEmail, body: { status: 'delisted' } }));
    assert.deepEqual(await welcome(other.id), [{ status: 'cancelled', cancel_reason: 'delisted' }]);
    const optOut = await ok(
      t.call('POST', `/api/v1/publishers/${other.id}/opt-outs`, {
        as: other.ownerEmail,
        body: { engagement: 'welcome', note: 'No outreach.' },
      }),
      201,
    );
    await ok(t.call('POST', url, { as: t.adminEmail, body: { status: 'live' } }));
    assert.deepEqual(
      (await welcome(other.id)).map((w) => w.status),
      ['cancelled'],
    );
    assert.ok(optOut.id);
  });
});
