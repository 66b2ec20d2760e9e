// The notification tests' setup: the app, a real SMTP server on loopback and a mailer to it, this test
// process holding a worker's liveness lock, the delivery settings and job tasks, and the shared helpers.
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';
import type { DeliverySettings } from '../../src/features/notifications/notifications.service.ts';
import type { RetentionSettings } from '../../src/features/personal-data/retention.service.ts';
import type { WebhookSettings } from '../../src/features/webhooks/webhooks.delivery.ts';
import { runDueJobs } from '../../src/platform/jobs.ts';
import { smtpMailer } from '../../src/platform/mail.ts';
import { jobTasks, KEEP_ALL } from '../../src/worker.ts';
import { sweepNow, testApp } from './app.ts';
import { sessionUrlOf } from './db.ts';
import { ok } from './factories.ts';
import { startSmtp } from './smtp.ts';

/** Call at a test file's top level: the cleanup it registers runs when the file's tests end. */
export async function deliveryHarness(start: string) {
  const t = await testApp(start);
  const smtp = await startSmtp();
  const mailer = smtpMailer(smtp.url, 'Marketplace Rewards <rewards@rewards.test>');
  after(() => mailer.close());

  // This test process is the worker: it holds its liveness lock like a worker process does.
  const processKey = `test-${randomBytes(4).toString('hex')}`;
  const liveness = new pg.Client(
    sessionUrlOf((t.pool as unknown as { options: { connectionString: string } }).options.connectionString),
  );
  await liveness.connect();
  await liveness.query(`SELECT pg_advisory_lock(hashtext('rewards-worker:' || $1))`, [processKey]);
  after(() => liveness.end());

  const settings: DeliverySettings = { mailer, maxAttempts: 3, messageIdDomain: 'rewards.test', processKey };
  const webhooks = testWebhookSettings(processKey);
  const tasks = jobTasks({
    pool: t.pool,
    programs: t.app.deps.programs,
    clock: t.clock,
    delivery: settings,
    webhooks,
    retention: KEEP_ALL,
  });
  const deliverAll = () => runDueJobs(t.pool, tasks);
  const sweep = () => sweepNow(t);
  /** A publisher's queued messages, oldest first. */
  const queued = async (publisherId: string) =>
    (
      await t.pool.query<{ id: string }>(
        `SELECT id FROM notifications WHERE publisher_id = $1 AND status = 'queued' ORDER BY created_at, id`,
        [publisherId],
      )
    ).rows;
  /** Chinese characters: a subject in Traditional Chinese has them, an English one has none. */
  const CJK = /[\u4e00-\u9fff]/;
  return { t, smtp, processKey, settings, webhooks, deliverAll, sweep, queued, ok, CJK };
}

/**
 * The job tasks of a worker that sends no mail (no SMTP server), for tests of the other jobs: the clocks, the day
 * totals, retention (`retention`, by default keeping everything).
 */
export function jobsWithoutMail(
  t: Pick<Awaited<ReturnType<typeof testApp>>, 'pool' | 'app' | 'clock'>,
  retention: RetentionSettings = KEEP_ALL,
) {
  return jobTasks({
    pool: t.pool,
    programs: t.app.deps.programs,
    clock: t.clock,
    delivery: { mailer: null, maxAttempts: 1, messageIdDomain: 'rewards.test', processKey: '' },
    webhooks: testWebhookSettings(''),
    retention,
  });
}

/** Webhook settings for tests: receivers on loopback, three attempts, disabled after two failed deliveries. */
export function testWebhookSettings(processKey: string): WebhookSettings {
  return {
    policy: 'loopback',
    timeoutSeconds: 5,
    maxAttempts: 3,
    disableAfter: 2,
    secretKey: Buffer.alloc(32, 9),
    publicUrl: 'http://rewards.test',
    processKey,
  };
}
