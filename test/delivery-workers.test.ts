// The delivery workers against a real SMTP server on loopback: the workers inside the service process; a
// worker losing its liveness connection mid-send, and a job runner starting again after losing it; a
// transient database error on the status write; transport problems keeping a message queued; the minute
// jobs ahead of deliveries.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { setTimeout as wait } from 'node:timers/promises';
import { enqueueNotification } from '../src/usecases/outbox.ts';
import { loadConfig } from '../src/platform/config.ts';
import { startService } from '../src/server.ts';
import { freshDatabase, sessionUrlOf, withSessionUrl } from './support/db.ts';
import {
  deliverNotification,
  recoverDeliveries,
  type DeliverySettings,
} from '../src/features/notifications/notifications.service.ts';
import { createPool, inTransaction } from '../src/platform/db/pool.ts';
import { addJob, startJobRunner } from '../src/platform/jobs.ts';
import { MAX_SEND_SECONDS, smtpMailer } from '../src/platform/mail.ts';
import { CRONTAB } from '../src/worker.ts';
import { parseCrontab } from 'graphile-worker';
import { deliveryHarness } from './support/delivery.ts';
import { makePublisher } from './support/factories.ts';
import { refusal } from './support/smtp.ts';

const { t, smtp, processKey, settings, queued, CJK } = await deliveryHarness('2026-03-02T10:00:00Z');

describe('[NOTIFICATIONS] workers inside the service process', () => {
  it('delivers what the service queues, with the workers it starts by default', async () => {
    const { url, pool } = await freshDatabase();
    const service = await startService(
      loadConfig(
        withSessionUrl({
          DATABASE_URL: url,
          PORT: '0',
          SEED_DEMO: 'false',
          LOG_LEVEL: 'silent',
          SMTP_URL: smtp.url,
        }),
      ),
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
    const live1 = new pg.Client(sessionUrlOf(cs));
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
    // pg_terminate_backend only signals: the lock is gone once the backend has exited (on a loaded machine, later).
    for (let tries = 0; ; tries++) {
      const { rowCount } = await t.pool.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid1]);
      if (rowCount === 0) break;
      assert.ok(tries < 200, 'the terminated backend exits within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
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
  // The liveness lock needs a session: past TEST_DATABASE_URL's pooler when the run has one.
  const cs = (t.pool as unknown as { options: { connectionString: string } }).options.connectionString;
  const sessionPool = sessionUrlOf(cs) === cs ? t.pool : createPool(sessionUrlOf(cs), 4);
  if (sessionPool !== t.pool) after(() => sessionPool.end());
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
      sessionPool,
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
      sessionPool,
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
    // DDL: the schema owner's (the service's role may only read and write rows).
    await t.ownerPool.query(`DROP TRIGGER IF EXISTS fail_writes ON notifications`);
    await t.ownerPool.query(`DROP SEQUENCE IF EXISTS fail_writes_seq`);
    await t.ownerPool.query(`CREATE SEQUENCE fail_writes_seq`);
    await t.ownerPool.query(`GRANT USAGE ON SEQUENCE fail_writes_seq TO PUBLIC`);
    await t.ownerPool.query(`CREATE OR REPLACE FUNCTION fail_writes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.id = '${id}' AND NEW.status = '${status}' AND nextval('fail_writes_seq') <= ${times} THEN
          RAISE EXCEPTION 'connection lost (simulated)';
        END IF;
        RETURN NEW;
      END $$`);
    await t.ownerPool.query(
      `CREATE TRIGGER fail_writes BEFORE UPDATE ON notifications FOR EACH ROW EXECUTE FUNCTION fail_writes()`,
    );
  };
  after(() => t.ownerPool.query(`DROP TRIGGER IF EXISTS fail_writes ON notifications`));
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
    await t.ownerPool.query(`DROP TRIGGER fail_writes ON notifications`);
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
    await t.ownerPool.query(`DROP TRIGGER fail_writes ON notifications`);
    smtp.gate = null;
    await t.pool.query(`UPDATE notifications SET next_attempt_at = now() WHERE id = $1`, [f.id]);
    assert.equal(await deliverNotification(t.pool, f.id, settings), 'sent');
    assert.equal(copies(f.id), 1);
  });

  it('takes back its own sending message that no job of this process is sending', async () => {
    const pub = await makePublisher(t, { contact: true });
    const n = (await queued(pub.id))[0]!;
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

describe('[WORKERS] the minute jobs', () => {
  it('run ahead of deliveries, so a backlog of mail never holds up the clocks, the tiers or the day totals', () => {
    const items = parseCrontab(CRONTAB);
    assert.deepEqual(items.map((i) => i.task).sort(), [
      'clocks-sweep',
      'ledger-day-totals',
      'retention-apply',
      'tier-changes-apply',
    ]);
    for (const item of items.filter((i) => i.task !== 'retention-apply'))
      assert.ok((item.options.priority ?? 0) < 0, `${item.task} has a priority ahead of 0`);
  });

  it('remove what the retention settings keep no longer once a day, a missed day caught up once', () => {
    const [retention] = parseCrontab(CRONTAB).filter((i) => i.task === 'retention-apply');
    assert.equal(retention?.options.jobKey, 'retention-apply');
    assert.equal(retention?.options.backfillPeriod, 86_400_000);
  });
});
