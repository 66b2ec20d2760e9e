// One reading of the clock per request: a change, the rows it writes and its audit entry carry the same time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from './support/app.ts';
import { makePublisher } from './support/factories.ts';

const t = await testApp();
const p = await makePublisher(t, { contact: true });
const base = `/api/v1/publishers/${p.id}`;

/** The `at` of the latest audit entry of a successful `action`. */
async function auditedAt(action: string): Promise<Date> {
  const { rows } = await t.pool.query<{ at: Date }>(
    `SELECT at FROM audit_log WHERE action = $1 AND outcome = 'success' ORDER BY id DESC LIMIT 1`,
    [action],
  );
  assert.ok(rows[0], `an audit entry for ${action}`);
  return rows[0].at;
}

/** Runs `request` on a clock that moves a second on every read; answers how often it was read, and when first. */
async function reading<T>(request: () => Promise<T>): Promise<{ answer: T; reads: number; at: Date }> {
  t.clock.tickOnRead(0);
  const at = t.clock.now();
  t.clock.tickOnRead(1000);
  const answer = await request();
  t.clock.tickOnRead(0);
  const reads = (t.clock.now().getTime() - at.getTime()) / 1000;
  t.clock.set(at); // the next test starts where this one did, whatever it read
  return { answer, reads, at };
}

describe('[HTTP] one clock reading per request', () => {
  it("dates an activation, its task's promise and its audit entry with the same now", async () => {
    await t.call('GET', `${base}/activations`, { as: p.ownerEmail }); // signed in before the clock ticks
    const { answer: made, reads } = await reading(() =>
      t.call('POST', `${base}/activations`, {
        as: p.ownerEmail,
        body: { benefitId: 'readiness-assessment' },
      }),
    );
    assert.equal(reads, 1, 'the clock was read once');
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const { rows } = await t.pool.query<{ created_at: Date; due_at: Date; task_created_at: Date }>(
      `SELECT a.created_at, k.due_at, k.created_at AS task_created_at
         FROM activations a JOIN tasks k ON k.activation_id = a.id WHERE a.id = $1`,
      [made.body.id],
    );
    const row = rows[0]!;
    const at = await auditedAt('POST /api/v1/publishers/:publisherId/activations');
    assert.equal(row.created_at.toISOString(), at.toISOString(), 'the activation is dated as its entry');
    assert.equal(row.task_created_at.toISOString(), at.toISOString(), 'so is its task');
    const days = (row.due_at.getTime() - at.getTime()) / 86_400_000;
    assert.equal(days, Math.round(days), 'the promise runs whole days from that same now');
  });

  it('dates the entry of a refused change, written as the answer leaves, with the same one reading', async () => {
    const { answer, reads, at } = await reading(() =>
      t.call('POST', `${base}/activations`, { as: p.ownerEmail, body: { benefitId: 'no-such-benefit' } }),
    );
    assert.ok(answer.status >= 400 && answer.status < 500, `refused: ${answer.status}`);
    assert.equal(reads, 1, 'the clock was read once');
    const { rows } = await t.pool.query<{ at: Date; outcome: string }>(
      `SELECT at, outcome FROM audit_log WHERE action = 'POST /api/v1/publishers/:publisherId/activations'
        ORDER BY id DESC LIMIT 1`,
    );
    assert.equal(rows[0]!.outcome, 'failure');
    assert.equal(rows[0]!.at.toISOString(), at.toISOString());
  });

  it('reads the clock once for a read, and once for a sign-in', async () => {
    const read = await reading(() => t.call('GET', `${base}/benefits`, { as: p.ownerEmail }));
    assert.equal(read.answer.status, 200);
    assert.equal(read.reads, 1);
    const signIn = await reading(() => t.signIn(p.ownerEmail));
    assert.equal(signIn.answer.status, 201);
    assert.equal(signIn.reads, 1);
  });
});
