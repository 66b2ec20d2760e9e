// Activations (src/features/activations): only with an active marketing contact (S6), once a period (S8), only
// what the tier has reached, and never by a member.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
import { makePublisher, makePublisherWhoseContactLeft } from '../support/factories.ts';

const t = await testApp();
const activate = (p: { id: string }, as: string, benefitId: string) =>
  t.call('POST', `/api/v1/publishers/${p.id}/activations`, { as, body: { benefitId } });

describe('activations', () => {
  it('[PUBLISHER] cannot activate without a marketing contact (S6)', async () => {
    const p = await makePublisher(t, { salesUsd: 30_000 });
    const early = await activate(p, p.ownerEmail, 'listing-optimization');
    assert.equal(early.status, 409);
    assert.equal(early.body.type, '/problems/marketing-contact-required');
  });

  it("[PUBLISHER] cannot activate when its only marketing contact's user has left (S6)", async () => {
    const p = await makePublisherWhoseContactLeft(t);
    const blocked = await activate(p, p.secondOwnerEmail, 'market-research');
    assert.equal(blocked.body.type, '/problems/marketing-contact-required');
  });

  it('[PUBLISHER] activating a benefit again gets the same activation, unchanged (S8)', async () => {
    const p = await makePublisher(t, { salesUsd: 30_000, contact: true });
    const activation = await activate(p, p.ownerEmail, 'listing-optimization');
    assert.equal(activation.status, 201);
    const count = `SELECT (SELECT count(*) FROM activations WHERE publisher_id = $1)::int AS activations,
                          (SELECT count(*) FROM tasks WHERE publisher_id = $1)::int AS tasks,
                          (SELECT count(*) FROM notifications WHERE publisher_id = $1)::int AS notifications`;
    const before = (await t.pool.query(count, [p.id])).rows[0];
    const again = await activate(p, p.ownerEmail, 'listing-optimization');
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, activation.body);
    // Answered from a read: nothing is written but the attempt's entry in the trail, with the answer it got.
    assert.deepEqual((await t.pool.query(count, [p.id])).rows[0], before);
    const { rows } = await t.pool.query(
      `SELECT outcome, status FROM audit_log WHERE publisher_id = $1 AND action LIKE 'POST %/activations'
       ORDER BY id DESC LIMIT 1`,
      [p.id],
    );
    assert.deepEqual(rows, [{ outcome: 'success', status: 200 }]);
  });

  it('[PUBLISHER] cannot activate a benefit of a tier it has not reached', async () => {
    const p = await makePublisher(t, { salesUsd: 30_000, contact: true });
    const locked = await activate(p, p.ownerEmail, 'executive-endorsement');
    assert.equal(locked.status, 409);
    assert.equal(locked.body.reasons[0].code, 'needs-tier');
  });

  it('[MEMBER] reads the benefits but cannot activate one', async () => {
    const p = await makePublisher(t, { contact: true });
    const base = `/api/v1/publishers/${p.id}`;
    const email = `member-${p.id.slice(0, 8)}@x.example`;
    await t.call('POST', `${base}/users`, {
      as: p.ownerEmail,
      body: { email, displayName: 'Member', role: 'publisher-member' },
    });
    assert.equal((await t.call('GET', `${base}/benefits`, { as: email })).status, 200);
    const denied = await activate(p, email, 'market-research');
    assert.equal(denied.status, 403);
    assert.equal((await t.call('GET', `${base}/activations`, { as: p.ownerEmail })).body.items.length, 0);
  });
});
