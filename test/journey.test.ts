// The whole flow of the source document through the HTTP API, as a publisher and the rewards team live it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from './support/app.ts';
import { makePublisher } from './support/factories.ts';

// Created at the top level, so the cleanup it registers runs when the file's tests end.
const t = await testApp();

describe('[PUBLISHER] the Marketplace Rewards flow (S1-S13)', () => {
  it('registers a publisher by MPN ID, once (S1)', async () => {
    const body = {
      mpnId: '123456789',
      companyName: 'Litware',
      accountEmail: 'ops@litware.example',
      owner: { email: 'owner@litware.example', displayName: 'Lee' },
    };
    const first = await t.call('POST', '/api/v1/publishers', { as: t.adminEmail, body });
    assert.equal(first.status, 201);
    assert.equal(first.body.mpnId, '123456789');
    const again = await t.call('POST', '/api/v1/publishers', {
      as: t.adminEmail,
      body: { ...body, owner: { email: 'other@litware.example', displayName: 'X' } },
    });
    assert.equal(again.status, 409);
    assert.equal(again.body.type, '/problems/mpn-id-taken');
    const letters = await t.call('POST', '/api/v1/publishers', {
      as: t.adminEmail,
      body: { ...body, mpnId: '12a' },
    });
    assert.equal(letters.status, 422);
    assert.equal(letters.body.errors[0].pointer, '/body/mpnId');
  });

  it('walks from benefits to a kept promise', async () => {
    const p = await makePublisher(t, { salesUsd: 30_000 });
    const base = `/api/v1/publishers/${p.id}`;

    // S13: what the publisher qualifies for, with reasons for what it does not.
    const benefits = await t.call('GET', `${base}/benefits`, { as: p.ownerEmail });
    assert.equal(benefits.status, 200);
    assert.equal(benefits.body.tier.id, 'usd-25k');
    assert.equal(benefits.body.nextTier.missingUsdCents, 20_000_00);
    const spotlight = benefits.body.benefits.find((b: any) => b.id === 'customer-success-story');
    assert.equal(spotlight.state, 'locked');
    assert.match(spotlight.reasons[0].message, /\$70,000\.00 more/);
    const tab = await t.call('GET', `${base}/benefits?category=technical`, { as: p.ownerEmail });
    assert.deepEqual(
      tab.body.benefits.map((b: any) => b.id),
      ['technical-assistance'],
    );

    // S6: no activation without a marketing contact.
    const early = await t.call('POST', `${base}/activations`, {
      as: p.ownerEmail,
      body: { benefitId: 'listing-optimization' },
    });
    assert.equal(early.status, 409);
    assert.equal(early.body.type, '/problems/marketing-contact-required');

    // S7: the contact's email must differ from the account's.
    const same = await t.call('POST', `${base}/marketing-contacts`, {
      as: p.ownerEmail,
      body: {
        userId: p.ownerId,
        email: ` ${p.accountEmail.toUpperCase()}`,
        phone: '+1 425 555 0100',
        language: 'en',
      },
    });
    assert.equal(same.status, 422);
    assert.deepEqual(
      same.body.errors.map((e: any) => e.pointer),
      ['/body/email'],
    );
    const contact = await t.call('POST', `${base}/marketing-contacts`, {
      as: p.ownerEmail,
      body: {
        userId: p.ownerId,
        email: 'jane.doe@litware.example',
        phone: '+886 2 2345 6789',
        language: 'zh-tw',
      },
    });
    assert.equal(contact.status, 201);
    assert.equal(contact.body.phone, '+886223456789');
    assert.equal(contact.body.language, 'zh-TW');

    // S8: activation, due a week later; the same activation again is returned unchanged.
    const activation = await t.call('POST', `${base}/activations`, {
      as: p.ownerEmail,
      body: { benefitId: 'listing-optimization' },
    });
    assert.equal(activation.status, 201);
    assert.equal(activation.body.contactDueAt, '2026-03-09T10:00:00.000Z');
    assert.match(activation.body.promise, /will contact Owner .* by 2026-03-09/);
    const again = await t.call('POST', `${base}/activations`, {
      as: p.ownerEmail,
      body: { benefitId: 'listing-optimization' },
    });
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, activation.body);
    const locked = await t.call('POST', `${base}/activations`, {
      as: p.ownerEmail,
      body: { benefitId: 'executive-endorsement' },
    });
    assert.equal(locked.status, 409);
    assert.equal(locked.body.reasons[0].code, 'needs-tier');

    // The marketing contact is told, once.
    const outbox = await t.call('GET', `${base}/notifications`, { as: p.ownerEmail });
    assert.deepEqual(
      outbox.body.items
        .filter((n: any) => n.kind === 'activation-received')
        .map((n: any) => [n.kind, n.recipientEmail, n.language, n.status]),
      [['activation-received', 'jane.doe@litware.example', 'zh-TW', 'queued']],
    );

    // The rewards team sees the task, logs the contact, and the promise is kept.
    t.clock.advanceDays(6);
    const queue = await t.call('GET', `/api/v1/tasks?kind=activation&publisherId=${p.id}`, {
      as: t.teamEmail,
    });
    assert.equal(queue.body.items.length, 1);
    const task = queue.body.items[0];
    assert.equal(task.clock, 'due-soon');
    const logged = await t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
      as: t.teamEmail,
      body: { channel: 'phone', note: 'Walked through the review.' },
    });
    assert.equal(logged.status, 201);
    assert.equal(logged.body.clock, 'kept');
    assert.equal(logged.body.promiseKept, true);
    t.clock.advanceDays(10);
    const kept = await t.call('GET', `${base}/activations/${activation.body.id}`, { as: p.ownerEmail });
    assert.equal(kept.body.clock, 'kept');
    assert.equal(kept.body.status, 'in-progress');

    // Completing the listing optimization unlocks what needed it (L4).
    const beforeDone = await t.call('GET', `${base}/benefits`, { as: p.ownerEmail });
    assert.equal(beforeDone.body.benefits.find((b: any) => b.id === 'rewards-testimonial').state, 'locked');
    assert.equal(
      (await t.call('POST', `/api/v1/tasks/${task.id}/complete`, { as: t.teamEmail })).status,
      200,
    );
    const afterDone = await t.call('GET', `${base}/benefits`, { as: p.ownerEmail });
    assert.equal(afterDone.body.benefits.find((b: any) => b.id === 'rewards-testimonial').state, 'available');
    assert.equal(
      (
        await t.call('POST', `/api/v1/tasks/${task.id}/contacts`, {
          as: t.teamEmail,
          body: { channel: 'email', note: 'late' },
        })
      ).status,
      409,
    );
  });

  it('marks a missed promise late in the queue', async () => {
    const p = await makePublisher(t, { contact: true });
    const made = await t.call('POST', `/api/v1/publishers/${p.id}/activations`, {
      as: p.ownerEmail,
      body: { benefitId: 'market-research' },
    });
    assert.equal(made.status, 201);
    t.clock.advanceDays(8);
    const queue = await t.call('GET', `/api/v1/tasks?kind=activation&publisherId=${p.id}`, {
      as: t.teamEmail,
    });
    assert.deepEqual([queue.body.items[0].clock, queue.body.items[0].promiseKept], ['late', false]);
    const seen = await t.call('GET', `/api/v1/publishers/${p.id}/activations`, { as: p.ownerEmail });
    assert.match(seen.body.items[0].promise, /is late/);
  });

  it('takes technical assistance requests and queues them (S9)', async () => {
    const p = await makePublisher(t, { offers: [{ listingOption: 'free-trial' }] });
    const base = `/api/v1/publishers/${p.id}`;
    const body = {
      offerId: p.offerIds[0],
      stage: 'deployment',
      solution: 'hybrid',
      description: 'Help us deploy the hybrid agent on premises.',
    };
    const created = await t.call('POST', `${base}/technical-requests`, { as: p.ownerEmail, body });
    assert.equal(created.status, 201);
    assert.equal(created.body.status, 'open');
    const bad = await t.call('POST', `${base}/technical-requests`, {
      as: p.ownerEmail,
      body: { ...body, stage: 'launch', solution: 'edge' },
    });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors.map((e: any) => e.pointer).sort(), ['/body/solution', '/body/stage']);
    const list = await t.call('GET', `${base}/technical-requests`, { as: p.ownerEmail });
    assert.equal(list.body.items.length, 1);
    const queue = await t.call('GET', `/api/v1/tasks?kind=technical-request&publisherId=${p.id}`, {
      as: t.teamEmail,
    });
    assert.equal(queue.body.items.length, 1);
    const activate = await t.call('POST', `${base}/activations`, {
      as: p.ownerEmail,
      body: { benefitId: 'technical-assistance' },
    });
    assert.equal(activate.body.type, '/problems/benefit-activated-by-request');
  });

  it('opens a welcome clock when an offer goes live, and points to the owner and a ticket after it (S3, S11)', async () => {
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

    const ticket = await t.call('POST', late.body.welcome.supportTicket.href, {
      as: p.ownerEmail,
      body: {
        subject: 'No welcome message',
        description: 'Our offer has been live for a month.',
        offerId: p.offerIds[0],
      },
    });
    assert.equal(ticket.status, 201);
    assert.equal(
      (await t.call('GET', late.body.welcome.supportTicket.href, { as: p.ownerEmail })).body.items.length,
      1,
    );

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

  it('keeps benefits unlocked when billed sales drop (L6)', async () => {
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
    const story = after.body.benefits.find((b: any) => b.id === 'customer-success-story');
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

  it('holds the marketing contact rules: active users only, at most three, not the last one while rewards are open (L7)', async () => {
    const p = await makePublisher(t, { contact: true });
    const base = `/api/v1/publishers/${p.id}`;
    const users: string[] = [];
    for (const role of ['publisher-admin', 'publisher-member', 'publisher-member', 'publisher-member']) {
      const u = await t.call('POST', `${base}/users`, {
        as: p.ownerEmail,
        body: { email: `${role}-${users.length}-${p.id.slice(0, 6)}@x.example`, displayName: role, role },
      });
      assert.equal(u.status, 201);
      users.push(u.body.id);
    }
    const body = (userId: string, i: number) => ({
      userId,
      email: `person${i}@x.example`,
      phone: '+442079460958',
      language: 'en',
    });
    assert.equal(
      (await t.call('POST', `${base}/marketing-contacts`, { as: p.ownerEmail, body: body(users[0]!, 1) }))
        .status,
      201,
    );
    assert.equal(
      (await t.call('POST', `${base}/marketing-contacts`, { as: p.ownerEmail, body: body(p.ownerId, 9) }))
        .body.type,
      '/problems/marketing-contact-exists',
    );
    await t.call('POST', `${base}/users/${users[2]}/deactivate`, { as: p.ownerEmail });
    assert.equal(
      (await t.call('POST', `${base}/marketing-contacts`, { as: p.ownerEmail, body: body(users[2]!, 3) }))
        .body.type,
      '/problems/user-inactive',
    );
    assert.equal(
      (await t.call('POST', `${base}/marketing-contacts`, { as: p.ownerEmail, body: body(users[1]!, 2) }))
        .status,
      201,
    );
    const fourth = await t.call('POST', `${base}/marketing-contacts`, {
      as: p.ownerEmail,
      body: body(users[3]!, 4),
    });
    assert.deepEqual([fourth.status, fourth.body.type], [409, '/problems/marketing-contact-limit']);

    const listed = (await t.call('GET', `${base}/marketing-contacts`, { as: p.ownerEmail })).body.items;
    assert.equal(listed.length, 3);
    const byUser = (id: string) => listed.find((c: any) => c.user.id === id);
    // Change who the contact is (S7: Change): users[0]'s contact becomes users[3], in Japanese.
    const changed = await t.call('PUT', `${base}/marketing-contacts/${byUser(users[0]!).id}`, {
      as: p.ownerEmail,
      body: { ...body(users[3]!, 5), language: 'ja' },
    });
    assert.deepEqual([changed.status, changed.body.user.id, changed.body.language], [200, users[3], 'ja']);
    const contacts = [byUser(p.ownerId), byUser(users[0]!), byUser(users[1]!)];

    await t.call('POST', `${base}/activations`, { as: p.ownerEmail, body: { benefitId: 'market-research' } });
    assert.equal(
      (await t.call('DELETE', `${base}/marketing-contacts/${contacts[1].id}`, { as: p.ownerEmail })).status,
      204,
    );
    assert.equal(
      (await t.call('DELETE', `${base}/marketing-contacts/${contacts[2].id}`, { as: p.ownerEmail })).status,
      204,
    );
    const last = await t.call('DELETE', `${base}/marketing-contacts/${contacts[0].id}`, { as: p.ownerEmail });
    assert.equal(last.body.type, '/problems/last-marketing-contact');
  });

  it('lets a member read but not activate', async () => {
    const p = await makePublisher(t, { contact: true });
    const base = `/api/v1/publishers/${p.id}`;
    const email = `member-${p.id.slice(0, 8)}@x.example`;
    await t.call('POST', `${base}/users`, {
      as: p.ownerEmail,
      body: { email, displayName: 'Member', role: 'publisher-member' },
    });
    assert.equal((await t.call('GET', `${base}/benefits`, { as: email })).status, 200);
    const denied = await t.call('POST', `${base}/activations`, {
      as: email,
      body: { benefitId: 'market-research' },
    });
    assert.equal(denied.status, 403);
    assert.equal((await t.call('GET', `${base}/activations`, { as: p.ownerEmail })).body.items.length, 0);
  });

  it('counts only active users as marketing contacts, and tells them about new sponsorships (S6, S10)', async () => {
    const p = await makePublisher(t, { contact: true });
    const base = `/api/v1/publishers/${p.id}`;
    // The contact belongs to the owner; a second owner lets the first be deactivated.
    const second = await t.call('POST', `${base}/users`, {
      as: p.ownerEmail,
      body: {
        email: `second-${p.id.slice(0, 6)}@x.example`,
        displayName: 'Second owner',
        role: 'publisher-owner',
      },
    });
    await t.call('POST', `${base}/users/${p.ownerId}/deactivate`, { as: second.body.email });
    const blocked = await t.call('POST', `${base}/activations`, {
      as: second.body.email,
      body: { benefitId: 'market-research' },
    });
    assert.equal(blocked.body.type, '/problems/marketing-contact-required');

    const sale = await t.call('POST', `${base}/billed-sales`, {
      as: t.adminEmail,
      body: { amountUsdCents: 600_00, billedOn: t.clock.now().toISOString().slice(0, 10) },
    });
    assert.equal(sale.status, 201);
    const outbox = (await t.call('GET', `${base}/notifications`, { as: second.body.email })).body.items;
    const sponsorship = outbox.filter((n: any) => n.kind === 'sponsorship-unlocked');
    assert.deepEqual(
      sponsorship.map((n: any) => [n.recipientEmail, n.payload.benefitId, n.payload.amountUsdCents]),
      [[second.body.email, 'deployment-sponsorship', 2_000_00]],
      'no active contact: the active owner hears of it',
    );
    assert.ok(
      outbox.some((n: any) => n.kind === 'offer-live'),
      'the offer owner was told the offer is live (S3)',
    );
  });

  it('closes the welcome when an offer is delisted, and keeps no benefit of a delisted offer (L6)', async () => {
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
    const benefits = await t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: p.ownerEmail });
    const sponsorship = benefits.body.benefits.find((b: any) => b.id === 'deployment-sponsorship');
    assert.deepEqual([sponsorship.state, sponsorship.reasons[0].code], ['locked', 'needs-live-offer']);

    // Relisted: the welcome opens again, counted from now, in the queue, and the owner hears of it again.
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

  it('refuses to leave a publisher without an active owner', async () => {
    const p = await makePublisher(t);
    const last = await t.call('POST', `/api/v1/publishers/${p.id}/users/${p.ownerId}/deactivate`, {
      as: p.ownerEmail,
    });
    assert.deepEqual([last.status, last.body.type], [409, '/problems/user-inactive']);
  });
});
