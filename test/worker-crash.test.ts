// A worker process killed with SIGKILL in the middle of a batch of messages: after a restart (two workers at once)
// every message arrives, none twice.
import assert from 'node:assert/strict';
import { setTimeout as wait } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { enqueueNotification } from '../src/usecases/outbox.ts';
import { TAKEOVER_AFTER_SECONDS } from '../src/features/notifications/notifications.service.ts';
import { inTransaction } from '../src/platform/db/pool.ts';
import { exited, startWorker, untilSenderGone } from './support/cli.ts';
import { freshDatabase } from './support/db.ts';
import { refusal, startSmtp } from './support/smtp.ts';

const MESSAGES = 40;
const KILL_AT = 12;

describe('[CRASH] a worker killed while it sends', () => {
  it('delivers every message exactly once after SIGKILL and a restart', async () => {
    const { pool, url } = await freshDatabase();
    const smtp = await startSmtp();
    await inTransaction(pool, async (tx) => {
      for (let i = 0; i < MESSAGES; i++)
        await enqueueNotification(tx, {
          publisherId: null,
          eventKey: `crash-test:${i}`,
          kind: i % 2 ? 'clock-warning' : 'clock-escalation',
          recipientEmail: `person${i}@rewards.test`,
          language: i % 3 === 0 ? 'zh-TW' : 'en',
          payload: { taskSubject: `Task ${i}`, companyName: 'Contoso', dueAt: '2026-03-09T10:00:00Z' },
          now: new Date(),
        });
    });
    const env = {
      DATABASE_URL: url,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://rewards.test',
      WORKER_CONCURRENCY: '1',
    };
    const first = startWorker(env);
    const crash: { killed: Promise<unknown> | null } = { killed: null };
    smtp.gate = async () => {
      // The worker dies while the server holds message KILL_AT+1, before it is acknowledged.
      if (smtp.received.length === KILL_AT && !crash.killed) {
        first.child.kill('SIGKILL');
        crash.killed = exited(first.child);
        await crash.killed;
        throw refusal(421, 'shutting down');
      }
    };
    while (!crash.killed) {
      if (first.child.exitCode !== null) assert.fail(`the worker exited early:\n${first.output()}`);
      await wait(50);
    }
    await crash.killed;
    assert.equal(first.child.signalCode, 'SIGKILL');
    const { rows: midway } = await pool.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM notifications GROUP BY status ORDER BY status`,
    );
    smtp.gate = null;
    // A dead worker's claim is taken over once it is older than any send can last: move its time back.
    await pool.query(
      `UPDATE notifications SET last_attempt_at = last_attempt_at - make_interval(secs => $1) WHERE status = 'sending'`,
      [TAKEOVER_AFTER_SECONDS],
    );

    // Two workers at once take over, four jobs at a time each.
    await untilSenderGone(pool, 'notifications');
    const busy = { ...env, WORKER_CONCURRENCY: '4' };
    const workers = [startWorker(busy), startWorker(busy)];
    let sent = 0;
    for (let i = 0; i < 1200 && sent < MESSAGES; i++) {
      await wait(50);
      sent = (
        await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE status = 'sent'`)
      ).rows[0]!.n;
    }
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => exited(w.child)));

    const ids = smtp.received.map((m) => m.messageId);
    console.log(
      `# killed after ${KILL_AT} accepted (statuses then: ${midway.map((r) => `${r.status} ${r.n}`).join(', ')}); ` +
        `sent ${sent} of ${MESSAGES}, received ${ids.length}, distinct ${new Set(ids).size}`,
    );
    assert.equal(sent, MESSAGES, workers.map((w) => w.output()).join('\n'));
    assert.equal(ids.length, MESSAGES, 'every message arrived once');
    assert.equal(new Set(ids).size, MESSAGES, 'none twice');
  });
});
