// The audit trail (src/features/audit): who did what, from where, for changes, denials and sign-ins; written with
// the change it records; append-only; filtered and exported as CSV a spreadsheet will not run.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
import { makePublisher, ok } from '../support/factories.ts';

const t = await testApp();

describe('audit', () => {
  it('[PROGRAM ADMIN] reads sign-ins, changes and denials with who, what, where; never a secret', async () => {
    const p = await makePublisher(t, { contact: true });
    // Six wrong passwords from one client are denied; its seventh attempt waits (the backoff), a failed sign-in.
    for (let i = 0; i < 7; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: '192.0.2.31',
        payload: { email: p.ownerEmail, password: 'not the password at all' },
      });
    await ok(
      t.call('POST', `/api/v1/publishers/${p.id}/activations`, {
        as: p.ownerEmail,
        body: { benefitId: 'market-research' },
      }),
      201,
    );
    const token = await ok(
      t.call('POST', '/api/v1/api-tokens', {
        as: t.adminEmail,
        body: { name: 'feed', scopes: ['billed-sales:write'] },
      }),
      201,
    );
    await ok(t.call('GET', `/api/v1/publishers/${p.id}/benefits`, { as: token.token }), 403);
    const entries = (await t.call('GET', '/api/v1/audit?limit=1000', { as: t.adminEmail })).body.items;
    const failure = entries.find((e: any) => e.action === 'sign-in' && e.outcome === 'failure');
    assert.equal(failure.actorLabel, p.ownerEmail.toLowerCase());
    assert.ok(failure.ip);
    const denied = entries.find((e: any) => e.outcome === 'denied');
    assert.ok(denied, 'a denial is there');
    const change = entries.find(
      (e: any) => e.action === 'POST /api/v1/publishers/:publisherId/activations' && e.outcome === 'success',
    );
    assert.equal(change.publisherId, p.id);
    const all = JSON.stringify(entries);
    assert.doesNotMatch(all, /ses_|mrt_|inv_|lantern orbit/, 'no session id, token or password');
  });

  it('[PROGRAM ADMIN] finds a change committed with its entry, and a refused change recorded as a failure', async () => {
    const p = await makePublisher(t);
    const day = t.clock.now().toISOString().slice(0, 10);
    const sale = await t.call('POST', `/api/v1/publishers/${p.id}/billed-sales`, {
      as: t.adminEmail,
      body: { amountUsdCents: 5, billedOn: day },
    });
    const { rows } = await t.pool.query(
      `SELECT outcome, status, object_id, publisher_id FROM audit_log WHERE action = 'POST /api/v1/publishers/:publisherId/billed-sales' ORDER BY id DESC LIMIT 1`,
    );
    assert.equal(sale.status, 201);
    assert.deepEqual(rows[0], {
      outcome: 'success',
      status: 201,
      object_id: sale.body.lineId,
      publisher_id: p.id,
    });
    const revoke = await t.call('POST', '/api/v1/api-tokens/00000000-0000-4000-8000-000000000000/revoke', {
      as: t.adminEmail,
    });
    assert.equal(revoke.status, 404);
    const last = await t.pool.query(
      `SELECT outcome, status FROM audit_log WHERE action LIKE '%/revoke' ORDER BY id DESC LIMIT 1`,
    );
    assert.deepEqual(last.rows[0], { outcome: 'failure', status: 404 });
  });

  it('[SYSTEM] keeps the audit trail append-only, even for the schema owner', async () => {
    // An entry to change (the trigger is per row: on an empty trail there would be nothing to refuse).
    await t.signIn(t.adminEmail, 'not the password at all');
    await assert.rejects(t.ownerPool.query('UPDATE audit_log SET outcome = $1', ['success']), /append-only/);
    await assert.rejects(t.ownerPool.query('DELETE FROM audit_log'), /append-only/);
    await assert.rejects(t.ownerPool.query('TRUNCATE audit_log'), /append-only/);
  });

  it('[SYSTEM] connects as a database role that can neither rewrite the audit trail nor turn its guard off', async () => {
    await t.signIn(t.adminEmail, 'not the password at all either');
    const { rows } = await t.pool.query(
      'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
    );
    assert.deepEqual(rows[0], { rolsuper: false, rolbypassrls: false });
    for (const statement of [
      "UPDATE audit_log SET outcome = 'success'",
      'DELETE FROM audit_log',
      'TRUNCATE audit_log',
      'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update',
      'ALTER TABLE audit_log DISABLE TRIGGER ALL',
      'DROP TRIGGER audit_log_no_update ON audit_log',
      'SET session_replication_role = replica',
      'CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
      'DROP TABLE audit_log',
    ])
      await assert.rejects(t.pool.query(statement), /permission denied|must be owner/, statement);
    // Writing an entry, as every request does, and reading the trail stay its to do.
    const { rows: count } = await t.pool.query('SELECT count(*)::int AS n FROM audit_log');
    assert.ok(count[0].n > 0);
  });

  it('[PROGRAM ADMIN] filters by actor, and exports CSV that a spreadsheet will not run', async () => {
    const email = `=HYPERLINK("http://evil")@x.example`;
    await t.signIn(email, 'wrong password entirely');
    const filtered = await t.call('GET', `/api/v1/audit?actor=${encodeURIComponent(email)}`, {
      as: t.adminEmail,
    });
    assert.equal(filtered.body.items.length, 1);
    const s = await t.signIn(t.adminEmail);
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit/export?action=sign-in`,
      headers: { cookie: `__Host-session=${s.cookie}` },
    });
    assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
    assert.ok(csv.body.startsWith('id,at,actorType'));
    assert.ok(csv.body.includes(`"'=hyperlink(""http://evil"")@x.example"`), 'the formula is neutralised');
  });

  it('[PROGRAM ADMIN] never finds what is not an email address recorded as who signed in', async () => {
    await t.signIn('my secret password typed here', 'x');
    const { rows } = await t.pool.query(
      `SELECT actor_label FROM audit_log WHERE actor_label LIKE '%secret%'`,
    );
    assert.equal(rows.length, 0);
  });

  it('[SYSTEM] is not grown by anyone without identity: anonymous refusals are not recorded, failed sign-ins are', async () => {
    const count = async () =>
      (await t.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE ip = '192.0.2.201'`)).rows[0].n;
    for (let i = 0; i < 5; i++) {
      await t.app.inject({ method: 'GET', url: '/api/v1/publishers', remoteAddress: '192.0.2.201' });
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/api-tokens',
        remoteAddress: '192.0.2.201',
        payload: {},
      });
    }
    assert.equal(await count(), 0);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      remoteAddress: '192.0.2.201',
      payload: { email: 'someone@x.example', password: 'a wrong password' },
    });
    assert.equal(await count(), 1, 'a failed sign-in is');
  });
});
