// Webhooks (src/features/webhooks): subscriptions through the API, deliveries sent by the job workers to a real
// receiver on loopback that verifies every signature with the `standardwebhooks` package, retries with the same
// webhook-id, secret rotation's two signatures, redelivery by hand, targets refused, a failing subscription
// disabled with a mail to its owner, and no publisher's subscription ever given another publisher's event.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { HEADER } from '../../bench/synthetic.ts';
import { importFile } from '../../src/features/imports/imports.service.ts';
import { applyRetention } from '../../src/features/personal-data/retention.service.ts';
import { EVENT_TYPES, PUBLISHER_EVENT_TYPES } from '../../src/usecases/webhooks/catalog.ts';
import { deliverWebhook } from '../../src/features/webhooks/webhooks.delivery.ts';
import { inTransaction } from '../../src/platform/db/pool.ts';
import { deliveryHarness } from '../support/delivery.ts';
import { everyEvent } from '../support/every-event.ts';
import { makePublisher, ok } from '../support/factories.ts';
import { startReceiver } from '../support/receiver.ts';

const h = await deliveryHarness('2026-03-02T10:00:00Z');
const { t, deliverAll } = h;
const receiver = await startReceiver();

/** Subscribes `path` of the receiver for the publisher, as its owner; the receiver learns the secret. */
async function subscribe(pub: { id: string; ownerEmail: string }, path: string, eventTypes: string[]) {
  const made = await ok(
    t.call('POST', `/api/v1/publishers/${pub.id}/webhooks`, {
      as: pub.ownerEmail,
      body: { url: `${receiver.origin}${path}`, eventTypes },
    }),
    201,
  );
  receiver.secrets.set(path, [made.secret]);
  return made;
}

/** The subscription's retries, due now instead of after their backoff, and the workers' run. */
async function retryNow(subscriptionId: string) {
  const { rows } = await t.pool.query<{ id: string }>(
    `UPDATE webhook_deliveries SET next_attempt_at = now() WHERE subscription_id = $1 AND status = 'queued'
     RETURNING id`,
    [subscriptionId],
  );
  await t.pool.query(`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = ANY($1)`, [
    rows.map((r) => `webhook:${r.id}`),
  ]);
  await deliverAll();
}

const activate = (pub: { id: string; ownerEmail: string }, benefitId = 'market-research') =>
  ok(
    t.call('POST', `/api/v1/publishers/${pub.id}/activations`, { as: pub.ownerEmail, body: { benefitId } }),
    201,
  );

describe('webhooks: subscriptions and signed deliveries', () => {
  it('[PUBLISHER] an owner subscribes; each event arrives signed as the specification says, the secret shown once', async () => {
    const pub = await makePublisher(t, { contact: true });
    const made = await subscribe(pub, '/signed', ['activation.created']);
    assert.match(made.secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    const list = await ok(t.call('GET', `/api/v1/publishers/${pub.id}/webhooks`, { as: pub.ownerEmail }));
    assert.equal(JSON.stringify(list).includes(made.secret), false, 'no list returns the secret');
    assert.equal(list.items[0].secret, undefined);
    const activation = await activate(pub);
    await deliverAll();
    const got = receiver.received.filter((r) => r.path === '/signed');
    assert.equal(got.length, 1);
    assert.deepEqual(got[0]!.verifiedBy, [0], 'standardwebhooks verifies the signature');
    assert.equal(got[0]!.type, 'activation.created');
    assert.equal(got[0]!.data.activationId, activation.id);
    assert.equal(got[0]!.data.publisherId, pub.id);
    const log = await ok(
      t.call('GET', `/api/v1/publishers/${pub.id}/webhooks/${made.id}/deliveries`, { as: pub.ownerEmail }),
    );
    assert.equal(log.items[0].eventId, got[0]!.id);
    assert.equal(log.items[0].status, 'delivered');
    assert.deepEqual(
      log.items[0].log.map((a: { statusCode: number }) => a.statusCode),
      [204],
    );
  });

  it('[SYSTEM] a receiver answering 500 gets the event again, with the same id, until it answers 2xx', async () => {
    const pub = await makePublisher(t, { contact: true });
    const made = await subscribe(pub, '/flaky', ['activation.created']);
    let calls = 0;
    receiver.answer = (r) => (r.path === '/flaky' && ++calls === 1 ? 500 : 204);
    await activate(pub);
    await deliverAll();
    // The retry waits (5 s, then longer): bring it forward instead of waiting.
    await retryNow(made.id);
    receiver.answer = () => 204;
    const got = receiver.received.filter((r) => r.path === '/flaky');
    assert.deepEqual(
      got.map((r) => r.status),
      [500, 204],
    );
    assert.equal(got[0]!.id, got[1]!.id, 'the same webhook-id');
    assert.ok(got.every((r) => r.verifiedBy.length === 1));
    const log = await ok(
      t.call('GET', `/api/v1/publishers/${pub.id}/webhooks/${made.id}/deliveries`, { as: pub.ownerEmail }),
    );
    assert.deepEqual(
      log.items[0].log.map((a: { statusCode: number }) => a.statusCode),
      [500, 204],
    );
  });

  it('[PUBLISHER] rotates the secret: during the overlap both the old and the new secret verify', async () => {
    const pub = await makePublisher(t, { contact: true });
    const made = await subscribe(pub, '/rotated', ['activation.created']);
    const base = `/api/v1/publishers/${pub.id}/webhooks/${made.id}`;
    const rotated = await ok(
      t.call('POST', `${base}/secret`, { as: pub.ownerEmail, body: { overlapHours: 24 } }),
    );
    assert.notEqual(rotated.secret, made.secret);
    assert.ok(rotated.previousSecretUntil);
    receiver.secrets.set('/rotated', [made.secret, rotated.secret]);
    await ok(t.call('POST', `${base}/test`, { as: pub.ownerEmail }), 202);
    await deliverAll();
    const got = receiver.received.filter((r) => r.path === '/rotated');
    assert.equal(got.at(-1)!.type, 'webhook.test');
    assert.equal(got.at(-1)!.signatures.length, 2);
    assert.deepEqual(got.at(-1)!.verifiedBy, [0, 1], 'each secret verifies one of the two signatures');
    // Without overlap the old secret stops signing at once.
    await ok(t.call('POST', `${base}/secret`, { as: pub.ownerEmail, body: { overlapHours: 0 } }));
    const latest = await ok(
      t.call('POST', `${base}/secret`, { as: pub.ownerEmail, body: { overlapHours: 0 } }),
    );
    receiver.secrets.set('/rotated', [rotated.secret, latest.secret]);
    await ok(t.call('POST', `${base}/test`, { as: pub.ownerEmail }), 202);
    await deliverAll();
    assert.deepEqual(receiver.received.filter((r) => r.path === '/rotated').at(-1)!.verifiedBy, [1]);
  });

  it('[PROGRAM ADMIN] redelivers by hand with the same id; a program-wide subscription gets every publisher and the program', async () => {
    const made = await ok(
      t.call('POST', '/api/v1/webhooks', {
        as: t.adminEmail,
        body: { url: `${receiver.origin}/program`, eventTypes: ['activation.created', 'program.published'] },
      }),
      201,
    );
    receiver.secrets.set('/program', [made.secret]);
    const [a, b] = [await makePublisher(t, { contact: true }), await makePublisher(t, { contact: true })];
    await activate(a);
    await activate(b);
    await deliverAll();
    const got = receiver.received.filter((r) => r.path === '/program');
    assert.deepEqual(new Set(got.map((r) => r.data.publisherId)), new Set([a.id, b.id]));
    const log = await ok(t.call('GET', `/api/v1/webhooks/${made.id}/deliveries`, { as: t.adminEmail }));
    const first = log.items.at(-1);
    const again = await ok(
      t.call('POST', `/api/v1/webhooks/${made.id}/deliveries/${first.id}/redeliver`, { as: t.adminEmail }),
    );
    assert.equal(again.status, 'queued');
    await deliverAll();
    const resent = receiver.received.filter((r) => r.path === '/program').at(-1)!;
    assert.equal(resent.id, first.eventId, 'a redelivery carries the same webhook-id');
    assert.deepEqual(resent.verifiedBy, [0]);
    await t.call('DELETE', `/api/v1/webhooks/${made.id}`, { as: t.adminEmail });
  });
});

describe('webhooks: where they may go and what happens when they fail', () => {
  it('[PUBLISHER] cannot subscribe a private, link-local or unique-local address, nor a mapped one', async () => {
    const pub = await makePublisher(t);
    for (const url of [
      'http://10.0.0.8/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[fd00::1]/hook',
      'http://[::ffff:10.0.0.1]/hook',
      'http://[fe80::1]/hook',
      'ftp://example.com/hook',
    ]) {
      const answer = await t.call('POST', `/api/v1/publishers/${pub.id}/webhooks`, {
        as: pub.ownerEmail,
        body: { url, eventTypes: ['tier.changed'] },
      });
      assert.equal(answer.status, 422, url);
      assert.equal(answer.body.errors[0].pointer, '/body/url', url);
    }
    // A publisher's subscription cannot follow the program's own events.
    const programOnly = await t.call('POST', `/api/v1/publishers/${pub.id}/webhooks`, {
      as: pub.ownerEmail,
      body: { url: `${receiver.origin}/x`, eventTypes: ['program.published'] },
    });
    assert.equal(programOnly.status, 422);
  });

  it('[SYSTEM] refuses at send time a target that now resolves to a refused address (DNS rebinding)', async () => {
    const pub = await makePublisher(t, { contact: true });
    const made = await ok(
      t.call('POST', `/api/v1/publishers/${pub.id}/webhooks`, {
        as: pub.ownerEmail,
        body: {
          url: `${receiver.origin.replace('127.0.0.1', 'localhost')}/rebound`,
          eventTypes: ['activation.created'],
        },
      }),
      201,
    );
    await activate(pub);
    const { rows } = await t.pool.query(`SELECT id FROM webhook_deliveries WHERE subscription_id = $1`, [
      made.id,
    ]);
    // The worker's policy is public addresses only: localhost's addresses are refused by the connection's look-up.
    const outcome = await deliverWebhook(
      t.pool,
      { scope: 'publisher', id: rows[0].id },
      { ...h.webhooks, policy: 'public' },
    );
    assert.equal(outcome, 'retry');
    const log = await ok(
      t.call('GET', `/api/v1/publishers/${pub.id}/webhooks/${made.id}/deliveries`, { as: pub.ownerEmail }),
    );
    assert.match(log.items[0].lastError, /refused target address/i);
    assert.equal(receiver.received.filter((r) => r.path === '/rebound').length, 0, 'nothing was sent');
  });

  it('[SYSTEM] a subscription that keeps failing is disabled and its owners are told by mail', async () => {
    const pub = await makePublisher(t, { contact: true });
    const made = await subscribe(pub, '/down', ['activation.created']);
    receiver.answer = (r) => (r.path === '/down' ? 503 : 204);
    // Two deliveries fail for good (three attempts each, in the harness): the subscription is disabled.
    for (const benefitId of ['market-research', 'readiness-assessment']) {
      await activate(pub, benefitId);
      for (let i = 0; i < 3; i++) await retryNow(made.id);
    }
    receiver.answer = () => 204;
    assert.equal(receiver.received.filter((r) => r.path === '/down').length, 6);
    const sub = await ok(
      t.call('GET', `/api/v1/publishers/${pub.id}/webhooks/${made.id}`, { as: pub.ownerEmail }),
    );
    assert.equal(sub.enabled, false);
    assert.equal(sub.disabledReason, 'failing');
    const mail = h.smtp.received.filter(
      (m) => m.to.includes(pub.ownerEmail) || m.subject.includes('webhook'),
    );
    assert.ok(
      mail.some((m) => /webhook subscription was disabled/i.test(m.subject)),
      mail.map((m) => m.subject).join('; '),
    );
    // Disabled: nothing more is sent, tests and redeliveries are refused until it is enabled again.
    const test = await t.call('POST', `/api/v1/publishers/${pub.id}/webhooks/${made.id}/test`, {
      as: pub.ownerEmail,
    });
    assert.equal(test.status, 409);
    assert.equal(test.body.type, '/problems/webhook-subscription-disabled');
    const enabled = await ok(
      t.call('PATCH', `/api/v1/publishers/${pub.id}/webhooks/${made.id}`, {
        as: pub.ownerEmail,
        body: { enabled: true },
      }),
    );
    assert.equal(enabled.consecutiveFailures, 0);
  });

  it('[MEMBER] cannot see or manage webhooks; [PUBLISHER] cannot reach another publisher\u2019s subscription', async () => {
    const pub = await makePublisher(t);
    const other = await makePublisher(t);
    const made = await subscribe(other, '/other', ['tier.changed']);
    const member = `member-${pub.id}@m.example`;
    await ok(
      t.call('POST', `/api/v1/publishers/${pub.id}/users`, {
        as: pub.ownerEmail,
        body: { email: member, displayName: 'Member', role: 'publisher-member' },
      }),
      201,
    );
    assert.equal((await t.call('GET', `/api/v1/publishers/${pub.id}/webhooks`, { as: member })).status, 403);
    const foreign = await t.call('GET', `/api/v1/publishers/${pub.id}/webhooks/${made.id}`, {
      as: pub.ownerEmail,
    });
    assert.equal(
      foreign.status,
      404,
      'another publisher\u2019s subscription is not found under one\u2019s own',
    );
  });
});

describe('webhooks: tenant isolation over every event type', () => {
  it('[PUBLISHER] a subscription never receives another publisher\u2019s event, whatever its type', async () => {
    const world = await everyEvent(h, receiver);
    const seen = (path: string) => receiver.received.filter((r) => r.path === path);
    // Every publisher event type reached A's subscription, about A only, each verified.
    assert.deepEqual(
      [...new Set(seen('/iso-a').map((r) => r.type))].sort(),
      [...PUBLISHER_EVENT_TYPES].sort(),
    );
    for (const [path, pub] of [
      ['/iso-a', world.a],
      ['/iso-b', world.b],
    ] as const) {
      assert.ok(seen(path).length > 0, path);
      for (const r of seen(path)) {
        assert.equal(r.data.publisherId, pub.id, `${path} got ${r.type} of another publisher`);
        assert.equal(r.verifiedBy.length, 1, `${path} ${r.type} verified`);
      }
    }
    // The program-wide subscription got every type, both publishers' and the program's own.
    assert.deepEqual([...new Set(seen('/iso-program').map((r) => r.type))].sort(), [...EVENT_TYPES].sort());
    console.log(
      `# A received ${seen('/iso-a').length}, B ${seen('/iso-b').length}, program-wide ${seen('/iso-program').length}`,
    );
  });

  it('[SYSTEM] a file import tells a subscribed publisher its own lines, chunk by chunk, and no one else\u2019s', async () => {
    const [a, b] = [await makePublisher(t), await makePublisher(t)];
    const made = await subscribe(a, '/file', ['billed-sales.batch.processed']);
    const day = t.clock.now().toISOString().slice(0, 10);
    const rows: string[] = [];
    for (const [p, count] of [
      [a, 5],
      [b, 4],
    ] as const) {
      const { rows: found } = await t.pool.query<{ mpn_id: string }>(
        `UPDATE offers o SET external_id = 'file-offer-' || o.publisher_id FROM publishers p
         WHERE o.id = $1 AND p.id = o.publisher_id RETURNING p.mpn_id`,
        [p.offerIds[0]],
      );
      for (let i = 0; i < count; i++)
        rows.push(
          `mp,f-${p.id}-${i},${found[0]!.mpn_id},file-offer-${p.id},c1,US,${100 + i},USD,${day},charge,`,
        );
    }
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-webhook-file-')), 'sales.csv');
    await fs.writeFile(file, `${HEADER}\n${rows.join('\n')}\n`);
    const imported = await importFile(t.pool, {
      kind: 'billed-sales',
      file,
      programs: t.app.deps.programs,
      now: () => t.clock.now(),
      chunkLines: 3,
    });
    assert.equal(imported.accepted, 9);
    await deliverAll();
    const got = receiver.received.filter((r) => r.path === '/file');
    assert.ok(got.length >= 2, 'a chunk each: lines 1-3 and 4-5 are A\u2019s');
    assert.ok(got.every((r) => r.verifiedBy.length > 0 && r.data.publisherId === a.id));
    assert.ok(got.every((r) => r.data.batchId === `file-${imported.importId}`));
    assert.equal(new Set(got.map((r) => r.id)).size, got.length, 'one event a chunk');
    const told = got.reduce(
      (sum, r) => [sum[0]! + Number(r.data.accepted), sum[1]! + Number(r.data.usdCents)],
      [0, 0],
    );
    assert.deepEqual(
      told,
      [5, 100 + 101 + 102 + 103 + 104],
      'the chunks add up to A\u2019s lines in the file',
    );
    const log = await ok(
      t.call('GET', `/api/v1/publishers/${a.id}/webhooks/${made.id}/deliveries`, { as: a.ownerEmail }),
    );
    assert.equal(log.items.length, got.length);
  });
});

describe('webhooks: retention', () => {
  it('[SYSTEM] the daily job removes deliveries that ended RETAIN_WEBHOOK_DAYS ago and their events, not one still due', async () => {
    const [done, resent, due] = [
      await makePublisher(t, { contact: true }),
      await makePublisher(t, { contact: true }),
      await makePublisher(t, { contact: true }),
    ];
    const subscriptions = [
      await subscribe(done, '/retained-done', ['activation.created']),
      await subscribe(resent, '/retained-resent', ['activation.created']),
      await subscribe(due, '/retained-due', ['activation.created']),
    ];
    receiver.answer = (r) => (r.path === '/retained-due' ? 500 : 204);
    try {
      for (const pub of [done, resent, due]) await activate(pub);
      await deliverAll();
    } finally {
      receiver.answer = () => 204;
    }
    // The workers stamp attempts with the database's clock; the test's clock stands in for it here.
    const attempted = (pub: { id: string }, at: Date) =>
      t.pool.query(
        `UPDATE webhook_deliveries SET last_attempt_at = $2::timestamptz, delivered_at = CASE WHEN delivered_at IS NOT NULL THEN $2::timestamptz END
         WHERE publisher_id = $1`,
        [pub.id, at],
      );
    for (const pub of [done, resent, due]) await attempted(pub, t.clock.now());
    const statuses = async (i: number) => {
      const pub = [done, resent, due][i]!;
      const path = `/api/v1/publishers/${pub.id}/webhooks/${subscriptions[i]!.id}/deliveries`;
      return ((await ok(t.call('GET', path, { as: pub.ownerEmail }))).items as { status: string }[]).map(
        (d) => d.status,
      );
    };
    assert.deepEqual(
      [await statuses(0), await statuses(1), await statuses(2)],
      [['delivered'], ['delivered'], ['queued']],
    );
    const events = async (pub: { id: string }) =>
      (await t.pool.query('SELECT id FROM webhook_events WHERE publisher_id = $1', [pub.id])).rowCount;
    const retain = (days: number) =>
      inTransaction(t.pool, (tx) =>
        applyRetention(
          tx,
          { clientAddressDays: 0, closedTicketTextMonths: 0, webhookDays: days },
          t.clock.now(),
        ),
      );
    await retain(30);
    assert.deepEqual(await statuses(0), ['delivered'], 'not 30 days old yet');

    const today = t.clock.now();
    t.clock.set(new Date(today.getTime() + 31 * 86_400_000));
    try {
      await attempted(resent, t.clock.now()); // sent again by hand today: it ended today
      const removed = await retain(30);
      assert.ok(removed.webhookDeliveries >= 1 && removed.webhookEvents >= 1);
      assert.deepEqual(await statuses(0), [], 'the one delivered 31 days ago is gone');
      assert.equal(await events(done), 0, 'with its event');
      assert.deepEqual(await statuses(1), ['delivered'], 'the one delivered again today stays');
      assert.deepEqual(await statuses(2), ['queued'], 'the one still due stays');
      assert.ok((await events(resent))! >= 1 && (await events(due))! >= 1, 'their events stay');
      assert.equal((await retain(0)).webhookDeliveries, 0, '0 keeps them');
    } finally {
      t.clock.set(today);
    }
  });
});
