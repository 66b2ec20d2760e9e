// Notifications (src/features/notifications), delivered to a real SMTP server on loopback: every kind of message,
// in the recipient's language, exactly once per event; retries, failures and the console's retry; the outbox
// without SMTP; a message's delivery error shown to the rewards team only. (The delivery workers:
// test/delivery-workers.test.ts.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MESSAGE_KINDS } from '../../src/usecases/messages.ts';
import {
  deliverNotification,
  recoverDeliveries,
  type DeliverySettings,
} from '../../src/features/notifications/notifications.service.ts';
import { runDueJobs } from '../../src/platform/jobs.ts';
import { jobTasks, KEEP_ALL } from '../../src/worker.ts';
import { deliveryHarness } from '../support/delivery.ts';
import { everyKind } from '../support/every-kind.ts';
import { makePublisher, makePublisherWhoseContactLeft, assertEachRefused } from '../support/factories.ts';
import { refusal } from '../support/smtp.ts';

const { t, smtp, settings, deliverAll, queued, ok } = await deliveryHarness('2026-03-02T10:00:00Z');
// Every kind of message, on an app and SMTP server of its own: its cases count every message there is.
const all = await deliveryHarness('2026-03-02T10:00:00Z');

describe('notifications: every kind of message over SMTP', () => {
  it('[SYSTEM] the sweep warns, escalates, tells of lapsed welcomes, expiring and renewed benefits, each once', async () => {
    const { sweeps, oneTime } = await everyKind(all);
    assert.equal(sweeps.dueSoon.warned >= 1, true);
    assert.equal(sweeps.late.escalated >= 1, true);
    assert.ok(sweeps.welcomesLapsed.welcomesLapsed >= 1);
    assert.ok(oneTime.length > 0, 'the free offer unlocked one-time benefits');
    assert.ok(sweeps.expiring.expiryWarnings >= 1);
    assert.ok(sweeps.anniversary.refreshes >= 1);
    assert.deepEqual(sweeps.again, {
      warned: 0,
      escalated: 0,
      welcomesLapsed: 0,
      expiryWarnings: 0,
      refreshes: 0,
      rerouted: 0,
      grantReminders: 0,
      expiries: 0,
    });
  });

  it('[SYSTEM] sends every kind of message, exactly once per event and recipient', async () => {
    const { rows, sent } = await everyKind(all);
    assert.deepEqual(
      rows.filter((r) => !['sent', 'cancelled'].includes(r.status)),
      [],
      'every message is sent (or was rerouted)',
    );
    // Each kind reached someone.
    assert.deepEqual([...new Set(sent.map((r) => r.kind))].sort(), [...MESSAGE_KINDS].sort());
    // Exactly once: one received message per sent notification, matched by its Message-ID.
    const byId = new Map<string, number>();
    for (const m of all.smtp.received) byId.set(m.messageId, (byId.get(m.messageId) ?? 0) + 1);
    for (const r of sent)
      assert.equal(byId.get(`<${r.id}@rewards.test>`), 1, `${r.kind} to ${r.recipient_email}`);
    assert.equal(all.smtp.received.length, sent.length);
    // Exactly once per (kind, event, recipient), rerouted messages included.
    const perEvent = new Map<string, number>();
    for (const r of sent) {
      const key = `${r.kind} ${r.event_key} ${r.recipient_email.toLowerCase()}`;
      perEvent.set(key, (perEvent.get(key) ?? 0) + (byId.get(`<${r.id}@rewards.test>`) ?? 0));
    }
    assert.deepEqual(
      [...perEvent].filter(([, n]) => n !== 1),
      [],
    );
    assert.equal(perEvent.size, sent.length);
    console.log(
      `# ${sent.length} messages sent, ${all.smtp.received.length} received, kinds: ${[...new Set(sent.map((r) => r.kind))].length}`,
    );
  });

  it("[PUBLISHER] gets every message in its contact's language, and the staff theirs in English", async () => {
    const { sent } = await everyKind(all);
    // In the recipient's language: Chinese for the zh-TW contact, English for the staff.
    for (const r of sent) {
      const mail = all.smtp.received.find((m) => m.messageId === `<${r.id}@rewards.test>`)!;
      assert.equal(
        all.CJK.test(mail.subject),
        r.language === 'zh-TW',
        `${r.kind} (${r.language}): ${mail.subject}`,
      );
      assert.equal(mail.language, r.language);
    }
    const publisherKinds = new Set(sent.filter((r) => r.language === 'zh-TW').map((r) => r.kind));
    for (const kind of [
      'offer-live',
      'self-serve-resources',
      'benefit-unlocked',
      'activation-received',
      'contact-logged',
      'sponsorship-unlocked',
      'welcome-lapsed',
      'benefit-expiring',
      'benefit-refreshed',
      'work-rerouted',
    ])
      assert.ok(publisherKinds.has(kind), `${kind} in zh-TW`);
  });

  it('[SYSTEM] sends a message once when its delivery job runs twice', async () => {
    const { sent } = await everyKind(all);
    for (const r of sent) assert.equal(await deliverNotification(all.t.pool, r.id, all.settings), 'skipped');
    assert.equal(all.smtp.received.length, sent.length);
  });
});

describe('notifications: retries and the outbox', () => {
  it('[REWARDS TEAM] sees a refused message retried with backoff, failed after its attempts, and sent once when retried', async () => {
    const pub = await makePublisher(t, { contact: true });
    const rows = await queued(pub.id);
    const [first, second] = rows;
    assert.ok(first && second);
    smtp.gate = (mail) => {
      if (mail.messageId === `<${first.id}@rewards.test>`) throw refusal(451, 'try again later');
      if (mail.messageId === `<${second.id}@rewards.test>`) throw refusal(550, 'no such mailbox');
    };
    const before = smtp.received.length;
    assert.equal(await deliverNotification(t.pool, first.id, settings), 'retry');
    assert.equal(await deliverNotification(t.pool, second.id, settings), 'failed');
    const waiting = await ok(
      t.call('GET', `/api/v1/notifications?publisherId=${pub.id}&status=queued`, { as: t.teamEmail }),
      200,
    );
    const retried = waiting.items.find((n: any) => n.id === first.id);
    assert.equal(retried.attempts, 1);
    assert.match(retried.lastError, /451/);
    assert.ok(Date.parse(retried.nextAttemptAt) > Date.now() + 30_000, 'the next attempt waits (backoff)');
    // Exhaust the attempts (the backoff is skipped by moving the attempt time, not by waiting).
    for (let i = 2; i <= settings.maxAttempts; i++) {
      await t.pool.query(`UPDATE notifications SET next_attempt_at = now() WHERE id = $1`, [first.id]);
      assert.equal(
        await deliverNotification(t.pool, first.id, settings),
        i < settings.maxAttempts ? 'retry' : 'failed',
      );
    }
    const failed = await ok(
      t.call('GET', `/api/v1/notifications?status=failed&publisherId=${pub.id}`, { as: t.teamEmail }),
      200,
    );
    assert.deepEqual(failed.items.map((n: any) => n.id).sort(), [first.id, second.id].sort());
    assert.equal(failed.counts.failed >= 2, true);
    const detail = await ok(t.call('GET', `/api/v1/notifications/${first.id}`, { as: t.teamEmail }), 200);
    assert.match(detail.text, /Marketplace Rewards/);
    assert.match(detail.html, /^<!doctype html>/);

    smtp.gate = null;
    for (const n of [first, second]) {
      const answer = await ok(
        t.call('POST', `/api/v1/notifications/${n.id}/retry`, { as: t.teamEmail }),
        200,
      );
      assert.equal(answer.status, 'queued');
    }
    await ok(t.call('POST', `/api/v1/notifications/${first.id}/retry`, { as: t.teamEmail }), 409);
    await deliverAll();
    const got = smtp.received.slice(before).map((m) => m.messageId);
    for (const n of [first, second])
      assert.equal(got.filter((id) => id === `<${n.id}@rewards.test>`).length, 1);
  });

  it('[SYSTEM] without SMTP keeps every message readable in the outbox, and sends it once a transport is there', async () => {
    const pub = await makePublisher(t, { contact: true });
    const noMail: DeliverySettings = { ...settings, mailer: null };
    const held = jobTasks({
      pool: t.pool,
      programs: t.app.deps.programs,
      clock: t.clock,
      delivery: noMail,
      webhooks: all.webhooks,
      retention: KEEP_ALL,
    });
    await runDueJobs(t.pool, held);
    const outbox = await ok(
      t.call('GET', `${'/api/v1/publishers/'}${pub.id}/notifications`, { as: pub.ownerEmail }),
      200,
    );
    assert.ok(outbox.items.length > 0);
    for (const n of outbox.items) {
      assert.equal(n.status, 'held');
      assert.ok(n.subject.length > 0);
    }
    // Every message held, this publisher's and the invitation mailed to its owner (a message of no publisher).
    const { rows: waiting } = await t.pool.query(
      `SELECT count(*)::int AS n FROM notifications WHERE status = 'held'`,
    );
    const before = smtp.received.length;
    await recoverDeliveries(t.pool, { transport: true, graceSeconds: 120 });
    await deliverAll();
    const after = await ok(
      t.call('GET', `/api/v1/publishers/${pub.id}/notifications`, { as: pub.ownerEmail }),
      200,
    );
    assert.ok(after.items.every((n: any) => n.status === 'sent'));
    assert.equal(smtp.received.length - before, waiting[0].n);
  });
});

describe('notifications: delivery errors are for the rewards team', () => {
  it("[PUBLISHER] does not see a message's delivery error; the rewards team does", async () => {
    const pub = await makePublisher(t, { contact: true });
    const n = (await queued(pub.id))[0]!;
    smtp.gate = () => {
      throw refusal(451, 'relay mx1.internal.example (10.0.0.7) is busy');
    };
    assert.equal(await deliverNotification(t.pool, n.id, settings), 'retry');
    smtp.gate = null;
    const url = `/api/v1/publishers/${pub.id}/notifications`;
    const mine = await ok(t.call('GET', url, { as: pub.ownerEmail }), 200);
    const seen = mine.items.find((x: any) => x.id === n.id);
    assert.equal(seen.attempts, 1);
    assert.equal(seen.lastError, null);
    const staff = await ok(t.call('GET', url, { as: t.adminEmail }), 200);
    assert.match(staff.items.find((x: any) => x.id === n.id).lastError, /^451 /);
    const outbox = await ok(
      t.call('GET', `/api/v1/notifications?publisherId=${pub.id}`, { as: t.teamEmail }),
      200,
    );
    assert.match(outbox.items.find((x: any) => x.id === n.id).lastError, /^451 /);
  });
});

describe('notifications: the outbox, a page at a time', () => {
  it('[REWARDS TEAM] pages through the outbox with its total, none twice, none missed', async () => {
    const pub = await makePublisher(t, { contact: true });
    await makePublisher(t, { contact: true });
    const whole = await ok(t.call('GET', '/api/v1/notifications?limit=500', { as: t.teamEmail }));
    const { rows } = await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM notifications');
    assert.equal(whole.total, rows[0]!.n);
    assert.ok(whole.total > 6, `${whole.total} messages`);
    const seen: string[] = [];
    for (let offset = 0; offset < whole.total; offset += 4) {
      const page = await ok(
        t.call('GET', `/api/v1/notifications?limit=4&offset=${offset}`, { as: t.teamEmail }),
      );
      assert.equal(page.total, whole.total);
      seen.push(...page.items.map((n: { id: string }) => n.id));
    }
    assert.deepEqual(
      seen,
      whole.items.map((n: { id: string }) => n.id),
      'the pages, one after the other, are the whole list',
    );
    const beyond = await ok(
      t.call('GET', `/api/v1/notifications?offset=${whole.total}`, { as: t.teamEmail }),
    );
    assert.deepEqual(beyond.items, []);
    // One publisher's, with counts of its own that add up to its total.
    const mine = await ok(t.call('GET', `/api/v1/notifications?publisherId=${pub.id}`, { as: t.teamEmail }));
    assert.ok(mine.total > 0);
    assert.equal(
      Object.values(mine.counts as Record<string, number>).reduce((a, b) => a + b, 0),
      mine.total,
    );
    assert.ok(mine.items.every((n: { about: { id: string } }) => n.about.id === pub.id));
    const queuedOnly = await ok(
      t.call('GET', `/api/v1/notifications?publisherId=${pub.id}&status=queued&status=held`, {
        as: t.teamEmail,
      }),
    );
    assert.equal(queuedOnly.total, (mine.counts.queued ?? 0) + (mine.counts.held ?? 0));
  });

  it('[REWARDS TEAM] searches the outbox by a part of the address or the kind, in any case', async () => {
    const pub = await makePublisher(t, { contact: true });
    const its = await ok(t.call('GET', `/api/v1/notifications?publisherId=${pub.id}`, { as: t.teamEmail }));
    const contact: string = its.items[0].recipientEmail;
    const part = contact.slice(contact.indexOf('@') - 4, contact.indexOf('@') + 6).toUpperCase();
    const byAddress = await ok(
      t.call('GET', `/api/v1/notifications?q=${encodeURIComponent(part)}`, { as: t.teamEmail }),
    );
    assert.ok(byAddress.total >= 1);
    assert.equal(byAddress.items.length, byAddress.total);
    for (const n of byAddress.items) assert.ok(n.recipientEmail.toUpperCase().includes(part));
    const byKind = await ok(t.call('GET', '/api/v1/notifications?q=UNLOCK&limit=500', { as: t.teamEmail }));
    assert.ok(byKind.total >= 1);
    for (const n of byKind.items) assert.match(n.kind, /unlock/);
    const none = await ok(t.call('GET', '/api/v1/notifications?q=%25%25%25', { as: t.teamEmail }));
    assert.equal(none.total, 0, '% is a letter like any other');
  });

  it('[REWARDS TEAM] gets a 422 naming the parameter for a bad search, page or publisher', async () => {
    const cases: [string, string][] = [
      ['/api/v1/notifications?q=', '/querystring/q'],
      ['/api/v1/notifications?q=%20', '/querystring/q'],
      ['/api/v1/notifications?limit=0', '/querystring/limit'],
      ['/api/v1/notifications?limit=501', '/querystring/limit'],
      ['/api/v1/notifications?offset=-5', '/querystring/offset'],
      ['/api/v1/notifications?publisherId=acme', '/querystring/publisherId'],
      ['/api/v1/notifications?status=lost', '/querystring/status/0'],
    ];
    await assertEachRefused(t, t.teamEmail, cases);
  });
});

describe('notifications: who hears of what', () => {
  it('[PUBLISHER] without an active marketing contact, hears of a new sponsorship through its active owner (S10)', async () => {
    const p = await makePublisherWhoseContactLeft(t);
    const base = `/api/v1/publishers/${p.id}`;
    const sale = await t.call('POST', `${base}/billed-sales`, {
      as: t.adminEmail,
      body: { amountUsdCents: 600_00, billedOn: t.clock.now().toISOString().slice(0, 10) },
    });
    assert.equal(sale.status, 201);
    const outbox = (await t.call('GET', `${base}/notifications`, { as: p.secondOwnerEmail })).body.items;
    const sponsorship = outbox.filter((n: any) => n.kind === 'sponsorship-unlocked');
    assert.deepEqual(
      sponsorship.map((n: any) => [n.recipientEmail, n.payload.benefitId, n.payload.amountUsdCents]),
      [[p.secondOwnerEmail, 'deployment-sponsorship', 2_000_00]],
      'no active contact: the active owner hears of it',
    );
  });
});
