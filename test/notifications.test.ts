// Notification delivery against a real SMTP server on loopback: every kind of message, in the recipient's
// language, exactly once per event; retries, failures and the console's retry; the outbox without SMTP.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { setTimeout as wait } from 'node:timers/promises';
import { sweepClocks } from '../src/features/clocks/clocks.service.ts';
import { MESSAGE_KINDS } from '../src/features/notifications/notifications.messages.ts';
import { enqueueNotification } from '../src/features/notifications/notifications.queries.ts';
import { loadConfig } from '../src/platform/config.ts';
import { startService } from '../src/server.ts';
import { freshDatabase } from './support/db.ts';
import {
  deliverNotification,
  recoverDeliveries,
  type DeliverySettings,
} from '../src/features/notifications/notifications.service.ts';
import { inTransaction } from '../src/platform/db/pool.ts';
import { addJob, runDueJobs, startJobRunner } from '../src/platform/jobs.ts';
import { MAX_SEND_SECONDS, smtpMailer } from '../src/platform/mail.ts';
import { CRONTAB, jobTasks } from '../src/worker.ts';
import { parseCrontab } from 'graphile-worker';
import { testApp } from './support/app.ts';
import { makePublisher } from './support/factories.ts';
import { refusal, startSmtp } from './support/smtp.ts';

const t = await testApp('2026-03-02T10:00:00Z');
const smtp = await startSmtp();
const mailer = smtpMailer(smtp.url, 'Marketplace Rewards <rewards@rewards.test>');
after(() => mailer.close());

// This test process is the worker: it holds its liveness lock like a worker process does.
const processKey = `test-${randomBytes(4).toString('hex')}`;
const liveness = new pg.Client(
  (t.pool as unknown as { options: { connectionString: string } }).options.connectionString,
);
await liveness.connect();
await liveness.query(`SELECT pg_advisory_lock(hashtext('rewards-worker:' || $1))`, [processKey]);
after(() => liveness.end());

const settings: DeliverySettings = { mailer, maxAttempts: 3, messageIdDomain: 'rewards.test', processKey };
const tasks = jobTasks({ pool: t.pool, programs: t.app.deps.programs, clock: t.clock, delivery: settings });
const deliverAll = () => runDueJobs(t.pool, tasks);
const sweep = () => {
  const now = t.clock.now();
  return sweepClocks((work) => inTransaction(t.pool, work), t.app.deps.programs.at(now), now);
};
/** A publisher's queued messages, oldest first. */
const queued = async (publisherId: string) =>
  (
    await t.pool.query<{ id: string }>(
      `SELECT id FROM notifications WHERE publisher_id = $1 AND status = 'queued' ORDER BY created_at, id`,
      [publisherId],
    )
  ).rows;
const ok = async (p: Promise<{ status: number; body: any }>, status: number) => {
  const answer = await p;
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  return answer.body;
};
const CJK = /[\u4e00-\u9fff]/;

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
    await ok(
      t.call('POST', `/api/v1/publishers/${trial.id}/marketing-contacts`, {
        as: trial.ownerEmail,
        body: {
          userId: trial.ownerId,
          email: `mkt-${trial.id.slice(0, 8)}@zh.example`,
          phone: '+886223456789',
          language: 'zh-TW',
        },
      }),
      201,
    );
    await ok(
      t.call('POST', `${base}/marketing-contacts`, {
        as: pub.ownerEmail,
        body: {
          userId: pub.ownerId,
          email: `mkt-${pub.id.slice(0, 8)}@zh.example`,
          phone: '+886223456789',
          language: 'zh-TW',
        },
      }),
      201,
    );
    // An English-speaking admin owns the second offer, then leaves: it is rerouted to the owner.
    const admin = await ok(
      t.call('POST', `${base}/users`, {
        as: pub.ownerEmail,
        body: {
          email: `leaver-${pub.id.slice(0, 8)}@zh.example`,
          displayName: 'Leaver',
          role: 'publisher-admin',
        },
      }),
      201,
    );
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

describe('[NOTIFICATIONS] workers inside the service process', () => {
  it('delivers what the service queues, with the workers it starts by default', async () => {
    const { url, pool } = await freshDatabase();
    const service = await startService(
      loadConfig({
        DATABASE_URL: url,
        PORT: '0',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'silent',
        SMTP_URL: smtp.url,
      }),
    );
    try {
      const before = smtp.received.length;
      await inTransaction(pool, (tx) =>
        enqueueNotification(tx, {
          publisherId: null,
          eventKey: `in-service:${randomBytes(4).toString('hex')}`,
          kind: 'clock-warning',
          recipientEmail: 'someone@rewards.test',
          language: 'zh-TW',
          payload: { taskSubject: 'Call Contoso', companyName: 'Contoso', dueAt: '2026-03-09T10:00:00Z' },
          now: new Date(),
        }),
      );
      // The job is picked up at once (LISTEN/NOTIFY); wait for the SMTP server to have it.
      for (let i = 0; i < 400 && smtp.received.length === before; i++) await wait(25);
      assert.equal(smtp.received.length, before + 1);
      assert.ok(CJK.test(smtp.received.at(-1)!.subject));
    } finally {
      await service.stop();
    }
  });
});

describe('[NOTIFICATIONS] a worker that loses its liveness connection while it sends', () => {
  it('is not overtaken while its send may still be in flight; a message left long enough is taken over', async () => {
    const cs = (t.pool as unknown as { options: { connectionString: string } }).options.connectionString;
    const key1 = `blip-${randomBytes(4).toString('hex')}`;
    const live1 = new pg.Client(cs);
    await live1.connect();
    live1.on('error', () => undefined);
    await live1.query(`SELECT pg_advisory_lock(hashtext('rewards-worker:' || $1))`, [key1]);
    const pid1 = (await live1.query<{ p: number }>('SELECT pg_backend_pid() AS p')).rows[0]!.p;
    const pub = await makePublisher(t, { contact: true });
    const rows = await queued(pub.id);
    const [n, m] = rows;
    assert.ok(n && m);
    let reached!: () => void;
    const atServer = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    smtp.gate = async (mail) => {
      if (mail.messageId === `<${n.id}@rewards.test>`) {
        reached();
        await held;
      }
    };
    const s1: DeliverySettings = { ...settings, processKey: key1 };
    const first = deliverNotification(t.pool, n.id, s1);
    await atServer;
    // A network blip: the first worker's liveness connection (and its advisory lock) is gone, its send is not.
    await t.pool.query('SELECT pg_terminate_backend($1)', [pid1]);
    assert.equal(await recoverDeliveries(t.pool, { transport: true, graceSeconds: 120 }), 0);
    assert.equal(await deliverNotification(t.pool, n.id, settings), 'skipped');
    release();
    assert.equal(await first, 'sent');
    smtp.gate = null;
    assert.equal(smtp.received.filter((r) => r.messageId === `<${n.id}@rewards.test>`).length, 1);

    // A message whose owner is gone and whose attempt is older than any send can last is taken over.
    await t.pool.query(
      `UPDATE notifications SET status = 'sending', sending_by = $2, last_attempt_at = now() WHERE id = $1`,
      [m.id, key1],
    );
    assert.equal(await deliverNotification(t.pool, m.id, settings), 'skipped');
    await t.pool.query(
      `UPDATE notifications SET last_attempt_at = now() - make_interval(secs => $2) WHERE id = $1`,
      [m.id, MAX_SEND_SECONDS + 61],
    );
    assert.ok((await recoverDeliveries(t.pool, { transport: true, graceSeconds: 120 })) >= 1);
    assert.equal(await deliverNotification(t.pool, m.id, settings), 'sent');
  });
});

describe('[WORKERS] a worker whose liveness connection drops', () => {
  const until = async (what: string, done: () => boolean | Promise<boolean>) => {
    for (let i = 0; i < 400; i++) {
      if (await done()) return;
      await wait(25); // waits for an event, not for time to pass
    }
    assert.fail(`never: ${what}`);
  };
  const lockHolder = async (key: string) =>
    (
      await t.pool.query<{ pid: number }>(
        `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted
           AND objid = hashtext('rewards-worker:' || $1)::oid`,
        [key],
      )
    ).rows[0]?.pid;

  it('starts again under a new process key and keeps running jobs', async () => {
    let ran = 0;
    const log = { info() {}, error() {} };
    const runner = await startJobRunner({
      pool: t.pool,
      tasks: { probe: async () => void ran++ },
      concurrency: 1,
      log,
    });
    after(() => runner.stop());
    const first = runner.processKey;
    await t.pool.query('SELECT pg_terminate_backend($1)', [await lockHolder(first)]);
    await until('a new process key', () => runner.processKey !== first && runner.state === 'running');
    assert.ok(await lockHolder(runner.processKey), 'the new key is held');
    assert.equal(await lockHolder(first), undefined);
    await addJob(t.pool, 'probe', {});
    await until('the job ran', () => ran === 1);
    await runner.stop();
    assert.equal(runner.state, 'stopped');
  });

  it('reports workers that could not start again in /health/ready', async () => {
    let starts = 0;
    let gaveUp = false;
    const runner = await startJobRunner({
      pool: t.pool,
      tasks: {},
      concurrency: 1,
      log: { info() {}, error() {} },
      restartAttempts: 1,
      onGiveUp: () => (gaveUp = true),
      beforeStart: async () => {
        if (starts++ > 0) throw new Error('the database is still away');
      },
    });
    after(() => runner.stop());
    t.app.deps.workers = runner;
    after(() => delete t.app.deps.workers);
    const ready = await t.app.inject({ method: 'GET', url: '/health/ready' });
    assert.deepEqual(ready.json(), { status: 'ok', workers: 'running' });
    await t.pool.query('SELECT pg_terminate_backend($1)', [await lockHolder(runner.processKey)]);
    await until('the runner gave up', () => gaveUp);
    const stopped = await t.app.inject({ method: 'GET', url: '/health/ready' });
    assert.equal(stopped.statusCode, 503);
    assert.deepEqual(stopped.json(), { status: 'workers stopped' });
  });
});

describe('[NOTIFICATIONS] a transient database error on the status write', () => {
  // Makes the next `times` updates of message `id` to `status` fail, as a dropped connection would.
  const failWrites = async (id: string, status: string, times: number) => {
    await t.pool.query(`DROP TRIGGER IF EXISTS fail_writes ON notifications`);
    await t.pool.query(`DROP SEQUENCE IF EXISTS fail_writes_seq`);
    await t.pool.query(`CREATE SEQUENCE fail_writes_seq`);
    await t.pool.query(`CREATE OR REPLACE FUNCTION fail_writes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.id = '${id}' AND NEW.status = '${status}' AND nextval('fail_writes_seq') <= ${times} THEN
          RAISE EXCEPTION 'connection lost (simulated)';
        END IF;
        RETURN NEW;
      END $$`);
    await t.pool.query(
      `CREATE TRIGGER fail_writes BEFORE UPDATE ON notifications FOR EACH ROW EXECUTE FUNCTION fail_writes()`,
    );
  };
  after(() => t.pool.query(`DROP TRIGGER IF EXISTS fail_writes ON notifications`));
  const copies = (id: string) => smtp.received.filter((m) => m.messageId === `<${id}@rewards.test>`).length;

  it('retries the write that marks a message sent, and never sends it twice in one process', async () => {
    const pub = await makePublisher(t, { contact: true });
    const rows = await queued(pub.id);
    const [n, m, f] = rows;
    assert.ok(n && m && f);
    await failWrites(n.id, 'sent', 1);
    assert.equal(await deliverNotification(t.pool, n.id, settings), 'sent');
    assert.equal(copies(n.id), 1);

    // Longer than the retries: the message stays `sending`, then the next job of this process records it.
    await failWrites(m.id, 'sent', 10);
    await assert.rejects(deliverNotification(t.pool, m.id, settings));
    await t.pool.query(`DROP TRIGGER fail_writes ON notifications`);
    const { rows: left } = await t.pool.query(`SELECT status, sending_by FROM notifications WHERE id = $1`, [
      m.id,
    ]);
    assert.deepEqual(left[0], { status: 'sending', sending_by: processKey });
    assert.ok((await recoverDeliveries(t.pool, { transport: true, graceSeconds: 120, processKey })) >= 1);
    assert.equal(await deliverNotification(t.pool, m.id, settings), 'sent');
    assert.equal(copies(m.id), 1);

    // A refusal whose `queued` write fails once is still recorded, and the message sent once later.
    smtp.gate = (mail) => {
      if (mail.messageId === `<${f.id}@rewards.test>`) throw refusal(451, 'try again later');
    };
    await failWrites(f.id, 'queued', 1);
    assert.equal(await deliverNotification(t.pool, f.id, settings), 'retry');
    await t.pool.query(`DROP TRIGGER fail_writes ON notifications`);
    smtp.gate = null;
    await t.pool.query(`UPDATE notifications SET next_attempt_at = now() WHERE id = $1`, [f.id]);
    assert.equal(await deliverNotification(t.pool, f.id, settings), 'sent');
    assert.equal(copies(f.id), 1);
  });

  it('takes back its own sending message that no job of this process is sending', async () => {
    const pub = await makePublisher(t, { contact: true });
    const { rows } = await t.pool.query<{ id: string }>(
      `SELECT id FROM notifications WHERE publisher_id = $1 AND status = 'queued' LIMIT 1`,
      [pub.id],
    );
    const n = rows[0]!;
    // Claimed by this process, whose refusal could not be recorded (the message was not sent).
    await t.pool.query(`UPDATE notifications SET status = 'sending', sending_by = $2 WHERE id = $1`, [
      n.id,
      processKey,
    ]);
    assert.equal(await deliverNotification(t.pool, n.id, settings), 'sent');
    assert.equal(copies(n.id), 1);
  });
});

describe('[NOTIFICATIONS] transport problems keep the message queued', () => {
  it('retries with backoff when the SMTP server cannot be reached or refuses to authenticate', async () => {
    const pub = await makePublisher(t, { contact: true });
    const rows = await queued(pub.id);
    const [n, m] = rows;
    assert.ok(n && m);
    const state = async (id: string) =>
      (
        await t.pool.query<{ status: string; attempts: number; last_error: string }>(
          `SELECT status, attempts, last_error FROM notifications WHERE id = $1`,
          [id],
        )
      ).rows[0]!;
    const due = (id: string) =>
      t.pool.query(`UPDATE notifications SET next_attempt_at = now() WHERE id = $1`, [id]);

    // Nobody listens: a connection problem, however many attempts it took.
    const nowhere = smtpMailer('smtp://127.0.0.1:1', 'R <r@rewards.test>');
    after(() => nowhere.close());
    for (let i = 1; i <= settings.maxAttempts + 1; i++) {
      await due(n.id);
      assert.equal(await deliverNotification(t.pool, n.id, { ...settings, mailer: nowhere }), 'retry');
    }
    assert.equal((await state(n.id)).status, 'queued');

    // Authentication refused (530, 535) or the service closing (421): queued, not failed.
    for (const code of [535, 530, 421]) {
      smtp.gate = (mail) => {
        if (mail.messageId === `<${m.id}@rewards.test>`) throw refusal(code, 'authentication failed');
      };
      await due(m.id);
      assert.equal(await deliverNotification(t.pool, m.id, settings), 'retry', String(code));
      const s = await state(m.id);
      assert.equal(s.status, 'queued');
      assert.match(s.last_error, new RegExp(`^${code}`));
    }
    smtp.gate = null;
    for (const id of [n.id, m.id]) {
      await due(id);
      assert.equal(await deliverNotification(t.pool, id, settings), 'sent');
    }
  });
});

describe('[NOTIFICATIONS] delivery errors are for the rewards team', () => {
  it("shows a message's last error to staff only, not to the publisher's people", async () => {
    const pub = await makePublisher(t, { contact: true });
    const { rows } = await t.pool.query<{ id: string }>(
      `SELECT id FROM notifications WHERE publisher_id = $1 AND status = 'queued' LIMIT 1`,
      [pub.id],
    );
    const n = rows[0]!;
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

describe('[WORKERS] the minute jobs', () => {
  it('run ahead of deliveries, so a backlog of mail never holds up the clocks or the tiers', () => {
    const items = parseCrontab(CRONTAB);
    assert.deepEqual(items.map((i) => i.task).sort(), ['clocks-sweep', 'tier-changes-apply']);
    for (const item of items)
      assert.ok((item.options.priority ?? 0) < 0, `${item.task} has a priority ahead of 0`);
  });
});
