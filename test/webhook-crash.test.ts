// A worker process killed with SIGKILL while a receiver holds one of its webhook deliveries: after a restart (two
// workers at once) every event arrives, each verified by an independent implementation of the specification, and
// the one in flight at the kill arrives again with the same webhook-id (at least once, with a stable id).
import assert from 'node:assert/strict';
import { setTimeout as wait } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { takeoverAfterSeconds } from '../src/features/webhooks/webhooks.delivery.ts';
import { newSigningSecret } from '../src/features/webhooks/webhooks.signing.ts';
import { inTransaction } from '../src/platform/db/pool.ts';
import { emitEvent } from '../src/usecases/webhooks/emit.ts';
import { exited, startWorker, untilSenderGone } from './support/cli.ts';
import { freshDatabase } from './support/db.ts';
import { startReceiver } from './support/receiver.ts';

const EVENTS = 30;
const KILL_AT = 10;
const TIMEOUT_SECONDS = 15;

describe('[CRASH] a worker killed while it delivers a webhook', () => {
  it('[SYSTEM] delivers every event after SIGKILL and a restart, the one in flight again with the same id', async () => {
    const { pool, url } = await freshDatabase();
    const receiver = await startReceiver();
    const secret = newSigningSecret();
    receiver.secrets.set('/crash', [secret]);
    const publisherId = await inTransaction(pool, async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        `WITH c AS (INSERT INTO companies (name, created_at) VALUES ('Crash', now()) RETURNING id)
         INSERT INTO publishers (id, company_id, mpn_id, company_name, account_email, created_at)
         SELECT id, id, '900001', 'Crash', 'a@crash.test', now() FROM c RETURNING id`,
      );
      const { rows: admin } = await tx.query<{ id: string }>(
        `INSERT INTO users (email, display_name, role, created_at) VALUES ('admin@crash.test', 'Admin',
           'program-admin', now()) RETURNING id`,
      );
      await tx.query(
        `INSERT INTO webhook_subscriptions (publisher_id, url, event_types, secret, created_by, created_at, updated_at)
         VALUES ($1, $2, '{activation.created}', $3, $4, now(), now())`,
        [rows[0]!.id, `${receiver.origin}/crash`, `plain:${secret}`, admin[0]!.id],
      );
      return rows[0]!.id;
    });
    await inTransaction(pool, async (tx) => {
      for (let i = 0; i < EVENTS; i++)
        await emitEvent(tx, {
          publisherId,
          type: 'activation.created',
          data: {
            publisherId,
            activationId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            benefitId: 'market-research',
            contactDueAt: '2026-03-09T10:00:00.000Z',
          },
          occurredAt: new Date(),
          key: `crash-${i}`,
        });
    });
    const env = {
      DATABASE_URL: url,
      WEBHOOK_TARGETS: 'loopback',
      WEBHOOK_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS),
      WORKER_CONCURRENCY: '1',
    };
    const first = startWorker(env);
    const crash: { killed: Promise<unknown> | null; id: string | null } = { killed: null, id: null };
    receiver.answer = async (request) => {
      // The worker dies while the receiver holds delivery KILL_AT+1, before it has answered.
      if (receiver.received.length === KILL_AT && !crash.killed) {
        crash.id = request.id;
        first.child.kill('SIGKILL');
        crash.killed = exited(first.child);
        await crash.killed;
        return 503;
      }
      return 204;
    };
    while (!crash.killed) {
      if (first.child.exitCode !== null) assert.fail(`the worker exited early:\n${first.output()}`);
      await wait(50);
    }
    await crash.killed;
    assert.equal(first.child.signalCode, 'SIGKILL');
    receiver.answer = () => 204;
    const { rows: midway } = await pool.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM webhook_deliveries GROUP BY status ORDER BY status`,
    );
    // A dead worker's claim is taken over once it is older than an attempt can last: move its time back.
    await pool.query(
      `UPDATE webhook_deliveries SET last_attempt_at = last_attempt_at - make_interval(secs => $1)
       WHERE status = 'sending'`,
      [takeoverAfterSeconds({ timeoutSeconds: TIMEOUT_SECONDS })],
    );

    await untilSenderGone(pool, 'webhook_deliveries');
    const busy = { ...env, WORKER_CONCURRENCY: '4' };
    const workers = [startWorker(busy), startWorker(busy)];
    let delivered = 0;
    for (let i = 0; i < 1200 && delivered < EVENTS; i++) {
      await wait(50);
      delivered = (
        await pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'delivered'`,
        )
      ).rows[0]!.n;
    }
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => exited(w.child)));

    const ok = receiver.received.filter((r) => r.status === 204);
    console.log(
      `# killed during delivery ${KILL_AT + 1} (statuses then: ${midway.map((r) => `${r.status} ${r.n}`).join(', ')}); ` +
        `delivered ${delivered} of ${EVENTS}, requests ${receiver.received.length}, answered 2xx ${ok.length}`,
    );
    assert.equal(delivered, EVENTS, workers.map((w) => w.output()).join('\n'));
    const { rows: events } = await pool.query<{ id: string }>(`SELECT id FROM webhook_events`);
    assert.deepEqual(new Set(ok.map((r) => r.id)), new Set(events.map((e) => e.id)), 'every event arrived');
    assert.ok(crash.id && ok.some((r) => r.id === crash.id), 'the one in flight arrived again, same id');
    assert.ok(
      receiver.received.every((r) => r.verifiedBy.length === 1),
      'each request verified by standardwebhooks',
    );
  });
});
