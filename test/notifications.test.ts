// Notification delivery against a real SMTP server on loopback: every kind of message, in the recipient's
// language, exactly once per event; retries, failures and the console's retry; the outbox without SMTP; a
// message's delivery error shown to the rewards team only. (The delivery workers: delivery-workers.test.ts.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MESSAGE_KINDS } from '../src/usecases/messages.ts';
import {
  deliverNotification,
  recoverDeliveries,
  type DeliverySettings,
} from '../src/features/notifications/notifications.service.ts';
import { runDueJobs } from '../src/platform/jobs.ts';
import { jobTasks } from '../src/worker.ts';
import { deliveryHarness } from './support/delivery.ts';
import { addContact, addUser, makePublisher } from './support/factories.ts';
import { refusal } from './support/smtp.ts';

const { t, smtp, settings, deliverAll, sweep, queued, ok, CJK } =
  await deliveryHarness('2026-03-02T10:00:00Z');

describe('[NOTIFICATIONS] every kind of message over SMTP', () => {
  it('delivers each kind, in the recipient language, exactly once per event', async () => {
    // A publisher whose owner is its marketing contact and reads Traditional Chinese.
    const pub = await makePublisher(t, {
      offers: [
        { listingOption: 'transact', markets: ['US'], live: false },
        { listingOption: 'free', markets: ['US'], live: false },
      ],
    });
    const base = `/api/v1/publishers/${pub.id}`;
    // A publisher with only a free (trial) offer: its benefits are one-time and expire (L5).
    const trial = await makePublisher(t, { offers: [{ listingOption: 'free', markets: ['US'] }] });
    for (const p of [trial, pub]) {
      await addContact(t, p, {
        userId: p.ownerId,
        email: `mkt-${p.id.slice(0, 8)}@zh.example`,
        phone: '+886223456789',
        language: 'zh-TW',
      });
    }
    // An English-speaking admin owns the second offer, then leaves: it is rerouted to the owner.
    const admin = await addUser(t, pub, {
      email: `leaver-${pub.id.slice(0, 8)}@zh.example`,
      displayName: 'Leaver',
    });
    await ok(
      t.call('PATCH', `${base}/offers/${pub.offerIds[1]}`, {
        as: pub.ownerEmail,
        body: { ownerUserId: admin.id },
      }),
      200,
    );
    for (const offerId of pub.offerIds)
      await ok(
        t.call('POST', `${base}/offers/${offerId}/status`, { as: t.adminEmail, body: { status: 'live' } }),
        200,
      );

    // Activation received, then a contact logged on it.
    await ok(
      t.call('POST', `${base}/activations`, { as: pub.ownerEmail, body: { benefitId: 'market-research' } }),
      201,
    );
    const queue = await ok(
      t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=activation`, { as: t.teamEmail }),
      200,
    );
    await ok(
      t.call('POST', `/api/v1/tasks/${queue.items[0].id}/contacts`, {
        as: t.teamEmail,
        body: { channel: 'phone', note: 'Called about market research.' },
      }),
      201,
    );
    // A second activation nobody works: claimed, warned, then escalated.
    await ok(
      t.call('POST', `${base}/activations`, {
        as: pub.ownerEmail,
        body: { benefitId: 'readiness-assessment' },
      }),
      201,
    );
    const second = (
      await ok(
        t.call('GET', `/api/v1/tasks?publisherId=${pub.id}&kind=activation&status=open`, { as: t.teamEmail }),
        200,
      )
    ).items[0];
    await ok(t.call('POST', `/api/v1/tasks/${second.id}/claim`, { as: t.teamEmail }), 200);
    // Billed sales lift the publisher to $50K: a sponsorship (S10).
    await ok(
      t.call('POST', `${base}/billed-sales`, {
        as: t.adminEmail,
        body: { amountUsdCents: 6_000_000, billedOn: '2026-03-01' },
      }),
      201,
    );
    await ok(t.call('POST', `${base}/users/${admin.id}/deactivate`, { as: pub.ownerEmail }), 200);

    t.clock.advanceDays(6); // due soon: warning to the assignee
    assert.equal((await sweep()).warned >= 1, true);
    t.clock.advanceDays(2); // late: escalation to program admins
    assert.equal((await sweep()).escalated >= 1, true);
    t.clock.advanceDays(21); // day 29: the welcome windows lapsed, their owner is told (S11)
    assert.ok((await sweep()).welcomesLapsed >= 1);
    t.clock.set('2026-08-25T10:00:00Z'); // one-time benefits expire six months after unlock (L5)
    const { rows: oneTime } = await t.pool.query(
      `SELECT benefit_id, expires_at FROM benefit_unlocks WHERE publisher_id = $1 AND expires_at IS NOT NULL`,
      [trial.id],
    );
    assert.ok(oneTime.length > 0, 'the free offer unlocked one-time benefits');
    assert.ok((await sweep()).expiryWarnings >= 1);
    t.clock.set('2027-03-03T10:00:00Z'); // the anniversary of the transact benefits (L5)
    assert.ok((await sweep()).refreshes >= 1);
    const again = await sweep();
    assert.deepEqual(again, {
      warned: 0,
      escalated: 0,
      welcomesLapsed: 0,
      expiryWarnings: 0,
      refreshes: 0,
      rerouted: 0,
      grantReminders: 0,
    });

    await deliverAll();
    await deliverAll(); // nothing left to do
    const { rows } = await t.pool.query<{
      id: string;
      kind: string;
      recipient_email: string;
      language: string;
      status: string;
      event_key: string;
    }>(`SELECT id, kind, recipient_email, language, status, event_key FROM notifications`);
    const sent = rows.filter((r) => r.status === 'sent');
    assert.deepEqual(
      rows.filter((r) => !['sent', 'cancelled'].includes(r.status)),
      [],
      'every message is sent (or was rerouted)',
    );
    // Each kind reached someone.
    assert.deepEqual([...new Set(sent.map((r) => r.kind))].sort(), [...MESSAGE_KINDS].sort());
    // Exactly once: one received message per sent notification, matched by its Message-ID.
    const byId = new Map<string, number>();
    for (const m of smtp.received) byId.set(m.messageId, (byId.get(m.messageId) ?? 0) + 1);
    for (const r of sent)
      assert.equal(byId.get(`<${r.id}@rewards.test>`), 1, `${r.kind} to ${r.recipient_email}`);
    assert.equal(smtp.received.length, sent.length);
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
    // In the recipient's language: Chinese for the zh-TW contact, English for the staff.
    for (const r of sent) {
      const mail = smtp.received.find((m) => m.messageId === `<${r.id}@rewards.test>`)!;
      assert.equal(
        CJK.test(mail.subject),
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
    console.log(
      `# ${sent.length} messages sent, ${smtp.received.length} received, kinds: ${[...new Set(sent.map((r) => r.kind))].length}`,
    );

    // A job run twice sends once.
    for (const r of sent) assert.equal(await deliverNotification(t.pool, r.id, settings), 'skipped');
    assert.equal(smtp.received.length, sent.length);
  });

  it('retries a refused message with backoff, fails it after its attempts, and sends it once when retried', async () => {
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

  it('without SMTP keeps every message readable in the outbox, and sends it once a transport is there', async () => {
    const pub = await makePublisher(t, { contact: true });
    const noMail: DeliverySettings = { ...settings, mailer: null };
    const held = jobTasks({ pool: t.pool, programs: t.app.deps.programs, clock: t.clock, delivery: noMail });
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
    const before = smtp.received.length;
    await recoverDeliveries(t.pool, { transport: true, graceSeconds: 120 });
    await deliverAll();
    const after = await ok(
      t.call('GET', `/api/v1/publishers/${pub.id}/notifications`, { as: pub.ownerEmail }),
      200,
    );
    assert.ok(after.items.every((n: any) => n.status === 'sent'));
    assert.equal(smtp.received.length - before, outbox.items.length);
  });
});

describe('[NOTIFICATIONS] delivery errors are for the rewards team', () => {
  it("shows a message's last error to staff only, not to the publisher's people", async () => {
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
