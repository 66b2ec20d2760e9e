// The publisher's journey of the source document through the HTTP API, with the rewards team on the other side:
// from its benefits to a marketing contact, an activation and the rewards team's call, kept or missed. Each step's
// rules in detail: test/features/ (benefits, contacts, activations, tasks, notifications).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
import { makePublisher } from '../support/factories.ts';

// Created at the top level, so the cleanup it registers runs when the file's tests end.
const t = await testApp();

describe('the publisher and the rewards team (S6-S8, S13)', () => {
  it('[PUBLISHER] walks from its benefits to a marketing contact, an activation and a kept promise', async () => {
    const p = await makePublisher(t, { salesUsd: 30_000 });
    const base = `/api/v1/publishers/${p.id}`;

    // S13: what the publisher qualifies for.
    const benefits = await t.call('GET', `${base}/benefits`, { as: p.ownerEmail });
    assert.equal(benefits.status, 200);
    const listing = benefits.body.benefits.find((b: any) => b.id === 'listing-optimization');
    assert.equal(listing.state, 'available');

    // S7: a marketing contact, its phone and language written the standard way.
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

    // S8: activation, due a week later.
    const activation = await t.call('POST', `${base}/activations`, {
      as: p.ownerEmail,
      body: { benefitId: 'listing-optimization' },
    });
    assert.equal(activation.status, 201);
    assert.equal(activation.body.contactDueAt, '2026-03-09T10:00:00.000Z');
    assert.match(activation.body.promise, /will contact Owner .* by 2026-03-09/);

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
  });

  it('[PUBLISHER] sees its promise late when nobody called within the week, as the queue does', async () => {
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
});
