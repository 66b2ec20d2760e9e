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

describe('offers: going live, delisting, and the welcome', () => {
  it("[PUBLISHER] sees its offer's welcome wait once live, then overdue with its owner and where to file a ticket (S3, S11)", async () => {
    const p = await makePublisher(t, { offers: [{ listingOption: 'contact-me', live: false }] });
    const offerUrl = `/api/v1/publishers/${p.id}/offers/${p.offerIds[0]}`;
    assert.equal((await t.call('GET', offerUrl, { as: p.ownerEmail })).body.welcome, null);
    const live = await t.call('POST', `${offerUrl}/status`, { as: t.adminEmail, body: { status: 'live' } });
    assert.equal(live.body.status, 'live');
    assert.equal(live.body.welcome.state, 'waiting');
    assert.equal(live.body.welcome.owner, null);
    t.clock.advanceDays(29);
    const late = await t.call('GET', offerUrl, { as: p.ownerEmail });
    assert.equal(late.body.welcome.state, 'overdue');
    assert.equal(late.body.welcome.owner.id, p.ownerId);
    assert.equal(late.body.welcome.supportTicket.href, `/api/v1/publishers/${p.id}/support-tickets`);
  });

  it('[REWARDS TEAM] welcomes an offer: it shows contacted, and going live again opens no second welcome (S3)', async () => {
    const p = await makePublisher(t, { offers: [{ listingOption: 'contact-me', live: false }] });
    const offerUrl = `/api/v1/publishers/${p.id}/offers/${p.offerIds[0]}`;
    await ok(t.call('POST', `${offerUrl}/status`, { as: t.adminEmail, body: { status: 'live' } }));
    const welcome = (
      await t.call('GET', `/api/v1/tasks?kind=welcome&publisherId=${p.id}`, { as: t.teamEmail })
    ).body.items[0];
    await t.call('POST', `/api/v1/tasks/${welcome.id}/contacts`, {
      as: t.teamEmail,
      body: { channel: 'email', note: 'Welcome!' },
    });
    const contacted = await t.call('GET', offerUrl, { as: p.ownerEmail });
    assert.equal(contacted.body.welcome.state, 'contacted');
    assert.equal(
      (await t.call('POST', `${offerUrl}/status`, { as: t.adminEmail, body: { status: 'live' } })).status,
      200,
      'live again changes nothing',
    );
    const tasks = await t.call(
      'GET',
      `/api/v1/tasks?kind=welcome&publisherId=${p.id}&status=open&status=contacted`,
      { as: t.teamEmail },
    );
    assert.equal(tasks.body.items.length, 1, 'one welcome per offer');
  });

  it('[PUBLISHER] hears that its offer is live (S3)', async () => {
    const p = await makePublisher(t);
    const outbox = (await t.call('GET', `/api/v1/publishers/${p.id}/notifications`, { as: p.ownerEmail }))
      .body.items;
    assert.ok(
      outbox.some((n: any) => n.kind === 'offer-live'),
      'the offer owner was told the offer is live (S3)',
    );
  });

  it('[PROGRAM ADMIN] delists an offer, which closes its welcome', async () => {
    const p = await makePublisher(t, { salesUsd: 60_000 });
    const offerUrl = `/api/v1/publishers/${p.id}/offers/${p.offerIds[0]}`;
    const delisted = await t.call('POST', `${offerUrl}/status`, {
      as: t.adminEmail,
      body: { status: 'delisted' },
    });
    assert.deepEqual([delisted.body.status, delisted.body.welcome], ['delisted', null]);
    const welcomes = await t.call('GET', `/api/v1/tasks?kind=welcome&publisherId=${p.id}`, {
      as: t.teamEmail,
    });
    assert.equal(welcomes.body.items.length, 0);
  });

  it('[PROGRAM ADMIN] relists an offer: its welcome opens again counted from now, and its owner hears of it again', async () => {
    const p = await makePublisher(t);
    const offerUrl = `/api/v1/publishers/${p.id}/offers/${p.offerIds[0]}`;
    await ok(t.call('POST', `${offerUrl}/status`, { as: t.adminEmail, body: { status: 'delisted' } }));
    t.clock.advanceDays(3);
    const relisted = await t.call('POST', `${offerUrl}/status`, {
      as: t.adminEmail,
      body: { status: 'live' },
    });
    assert.equal(relisted.body.welcome.state, 'waiting');
    assert.equal(Date.parse(relisted.body.welcome.windowEndsAt) - t.clock.now().getTime(), 28 * 86_400_000);
    const queue = await t.call('GET', `/api/v1/tasks?kind=welcome&publisherId=${p.id}`, { as: t.teamEmail });
    assert.equal(queue.body.items.length, 1);
    const told = (await t.call('GET', `/api/v1/publishers/${p.id}/notifications`, { as: p.ownerEmail })).body
      .items;
    assert.equal(told.filter((n: any) => n.kind === 'offer-live').length, 2);
  });
});

describe('offers: which welcome relisting reopens', () => {
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

describe('offers: the marketplace offer id', () => {
  it("[PUBLISHER] cannot take another publisher's marketplace offer id, nor learn that it exists", async () => {
    const squatter = await makePublisher(t);
    const owner = await makePublisher(t);
    const register = (p: typeof owner, name: string) =>
      t.call('POST', `/api/v1/publishers/${p.id}/offers`, {
        as: p.ownerEmail,
        body: {
          name,
          marketplace: 'azure-marketplace',
          listingOption: 'transact',
          externalId: `contoso.app-${owner.id}`,
        },
      });
    assert.equal((await register(squatter, 'Not ours')).status, 201);
    // The real owner registers its offer under its own id: nothing tells it someone else used the id.
    const mine = await register(owner, 'Contoso App');
    assert.equal(mine.status, 201, JSON.stringify(mine.body));
    assert.equal((await register(owner, 'Contoso App again')).status, 409, 'one publisher, one offer per id');
    // The feed's lines for that offer, sent for its owner, count for its owner.
    const batch = await t.call('POST', '/api/v1/billed-sales/batches', {
      as: t.adminEmail,
      headers: { 'idempotency-key': `squat-${owner.id}` },
      body: {
        lines: [
          {
            source: 'mp',
            lineId: `squat-${owner.id}`,
            publisherId: owner.id,
            offerId: `contoso.app-${owner.id}`,
            customerId: 'c-1',
            customerCountry: 'US',
            amountMinor: 30_000_00,
            currency: 'USD',
            billedOn: '2026-03-01',
            kind: 'charge',
          },
        ],
      },
    });
    assert.equal(batch.status, 200, JSON.stringify(batch.body));
    assert.deepEqual([batch.body.accepted, batch.body.rejected], [1, 0], JSON.stringify(batch.body));
  });
});

describe("offers: the marketplace's facts are confirmed, not declared", () => {
  /** A benefit's state and reason codes on the publisher's Rewards page. */
  const benefit = async (p: { id: string; ownerEmail: string }, id: string) => {
    const page = await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail });
    const b = page.body.benefits.find((x: { id: string }) => x.id === id);
    return { state: b.state as string, reasons: b.reasons.map((r: { code: string }) => r.code) as string[] };
  };
  /** The publisher's open offer-change task, as the rewards team's queue shows it. */
  const changeTask = async (publisherId: string) =>
    (await t.call('GET', `/api/v1/tasks?kind=offer-change&publisherId=${publisherId}`, { as: t.teamEmail }))
      .body.items[0];

  it('[PUBLISHER] setting its offer co-sell ready does not unlock the $100K co-sell benefit until the rewards team confirms it', async () => {
    const p = await makePublisher(t, { ...transactOffer, salesUsd: 100_000 });
    const offerUrl = `/api/v1/publishers/${p.id}/offers/${p.offerIds[0]}`;
    assert.deepEqual(await benefit(p, 'seller-webinar'), {
      state: 'locked',
      reasons: ['needs-co-sell-ready'],
    });
    const asked = await ok(t.call('PATCH', offerUrl, { as: p.ownerEmail, body: { coSellReady: true } }));
    assert.equal(asked.coSellReady, false, 'the confirmed fact stays until confirmed');
    assert.equal(asked.changeRequest.status, 'pending');
    assert.deepEqual(asked.changeRequest.requested, { coSellReady: true });
    assert.deepEqual(await benefit(p, 'seller-webinar'), {
      state: 'locked',
      reasons: ['needs-co-sell-ready'],
    });

    const task = await changeTask(p.id);
    assert.equal(task.offerId, p.offerIds[0]);
    const detail = await ok(t.call('GET', `/api/v1/tasks/${task.id}`, { as: t.teamEmail }));
    assert.deepEqual(detail.asked.offerChange.requested, { coSellReady: true });
    assert.deepEqual(detail.asked.offerChange.confirmed, {
      listingOption: 'transact',
      coSellReady: false,
      markets: ['US'],
    });
    const refused = await t.call('POST', `/api/v1/tasks/${task.id}/complete`, { as: t.teamEmail });
    assert.equal(refused.body.type, '/problems/offer-change-needs-decision');

    const decided = await ok(
      t.call('POST', `${offerUrl}/change-requests/${asked.changeRequest.id}/decision`, {
        as: t.teamEmail,
        body: { outcome: 'confirmed', note: 'Co-sell ready in Partner Center.' },
      }),
    );
    assert.equal(decided.coSellReady, true);
    assert.deepEqual(await benefit(p, 'seller-webinar'), { state: 'available', reasons: [] });
    const seen = await ok(t.call('GET', offerUrl, { as: p.ownerEmail }));
    assert.deepEqual(
      [seen.changeRequest.status, seen.changeRequest.decidedVia, seen.changeRequest.note],
      ['confirmed', 'rewards-team', 'Co-sell ready in Partner Center.'],
    );
    assert.equal(
      (await ok(t.call('GET', `/api/v1/tasks/${task.id}`, { as: t.teamEmail }))).task.status,
      'done',
    );
    const again = await t.call('POST', `${offerUrl}/change-requests/${asked.changeRequest.id}/decision`, {
      as: t.teamEmail,
      body: { outcome: 'declined', note: 'Too late.' },
    });
    assert.deepEqual([again.status, again.body.type], [409, '/problems/offer-change-decided']);
  });

  it('[REWARDS TEAM] declines a change of markets: the offer keeps its confirmed markets and the publisher reads why', async () => {
    const p = await makePublisher(t, transactOffer);
    const offerUrl = `/api/v1/publishers/${p.id}/offers/${p.offerIds[0]}`;
    await ok(
      t.call('PATCH', offerUrl, { as: p.ownerEmail, body: { markets: ['US', 'CN'], name: 'Renamed' } }),
    );
    // Asking again joins the open request: one request, one task.
    const asked = await ok(
      t.call('PATCH', offerUrl, { as: p.ownerEmail, body: { markets: ['US', 'DE'], listingOption: 'free' } }),
    );
    assert.equal(asked.name, 'Renamed', 'a name is the publisher’s own: changed at once');
    assert.deepEqual(asked.changeRequest.requested, { markets: ['US', 'DE'], listingOption: 'free' });
    assert.deepEqual([asked.markets, asked.listingOption], [['US'], 'transact']);
    const tasks = await t.call('GET', `/api/v1/tasks?kind=offer-change&publisherId=${p.id}`, {
      as: t.teamEmail,
    });
    assert.equal(tasks.body.items.length, 1);
    await ok(
      t.call('POST', `${offerUrl}/change-requests/${asked.changeRequest.id}/decision`, {
        as: t.teamEmail,
        body: { outcome: 'declined', note: 'The listing is not available in Germany.' },
      }),
    );
    const seen = await ok(t.call('GET', offerUrl, { as: p.ownerEmail }));
    assert.deepEqual([seen.markets, seen.listingOption], [['US'], 'transact']);
    assert.deepEqual(
      [seen.changeRequest.status, seen.changeRequest.note],
      ['declined', 'The listing is not available in Germany.'],
    );
  });

  it('[PUBLISHER] asking for what is confirmed already withdraws its request, and its task leaves the queue', async () => {
    const p = await makePublisher(t, transactOffer);
    const offerUrl = `/api/v1/publishers/${p.id}/offers/${p.offerIds[0]}`;
    await ok(t.call('PATCH', offerUrl, { as: p.ownerEmail, body: { coSellReady: true } }));
    const back = await ok(t.call('PATCH', offerUrl, { as: p.ownerEmail, body: { coSellReady: false } }));
    assert.equal(back.changeRequest, null);
    assert.equal(await changeTask(p.id), undefined);
  });

  it('[PUBLISHER] a new offer it adds counts for nothing until its listing is confirmed, then for what was confirmed', async () => {
    const p = await makePublisher(t, { contact: true, offers: [] });
    const made = await ok(
      t.call('POST', `/api/v1/publishers/${p.id}/offers`, {
        as: p.ownerEmail,
        body: { name: 'Trial', marketplace: 'appsource', listingOption: 'free-trial', markets: ['US'] },
      }),
      201,
    );
    assert.deepEqual([made.factsConfirmed, made.markets, made.changeRequest.status], [false, [], 'pending']);
    const offerUrl = `/api/v1/publishers/${p.id}/offers/${made.id}`;
    await ok(t.call('POST', `${offerUrl}/status`, { as: t.adminEmail, body: { status: 'live' } }));
    assert.deepEqual((await benefit(p, 'market-research')).reasons, ['needs-live-offer']);
    await ok(
      t.call('POST', `${offerUrl}/change-requests/${made.changeRequest.id}/decision`, {
        as: t.adminEmail,
        body: { outcome: 'confirmed' },
      }),
    );
    assert.equal((await benefit(p, 'market-research')).state, 'available');
  });
});
