// Sign-in, sessions, invitations, API tokens and the audit trail, through the HTTP API.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp, TEST_PASSWORD } from './support/app.ts';
import { makePublisher } from './support/factories.ts';

const t = await testApp();
const p = await makePublisher(t, { contact: true });
const base = `/api/v1/publishers/${p.id}`;

/** A request with an explicit cookie and CSRF header, bypassing the helper's session cache. */
async function raw(
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  cookie?: string,
  csrf?: string,
  body?: unknown,
) {
  const response = await t.app.inject({
    method,
    url,
    headers: {
      ...(cookie ? { cookie: `__Host-session=${cookie}` } : {}),
      ...(csrf ? { 'x-csrf-token': csrf } : {}),
    },
    ...(body !== undefined ? { payload: body as object } : {}),
  });
  return {
    status: response.statusCode,
    body: response.body ? JSON.parse(response.body) : undefined,
    headers: response.headers,
  };
}

describe('[IDENTITY] sessions', () => {
  it('sets a __Host- cookie: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain', async () => {
    const answer = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: p.ownerEmail, password: TEST_PASSWORD },
    });
    assert.equal(answer.statusCode, 201);
    const cookie = String(answer.headers['set-cookie']);
    assert.match(cookie, /^__Host-session=ses_[\w-]{43}; /);
    for (const attribute of ['Secure', 'HttpOnly', 'SameSite=Lax', 'Path=/'])
      assert.ok(cookie.includes(attribute), `${attribute} in ${cookie}`);
    assert.doesNotMatch(cookie, /Domain=/i);
    assert.match(cookie, /Max-Age=43200/, 'the absolute timeout, 12 hours');
  });

  it('gives a new session id at every sign-in; the old one keeps nothing of the new', async () => {
    const first = await t.signIn(p.ownerEmail);
    const second = await t.signIn(p.ownerEmail);
    assert.notEqual(first.cookie, second.cookie);
    assert.notEqual(first.csrf, second.csrf);
    const { rows } = await t.pool.query(
      'SELECT token_hash FROM sessions WHERE token_hash = $1 OR token_hash = $2',
      [first.cookie, second.cookie],
    );
    assert.equal(rows.length, 0, 'the table holds hashes, never the cookie value');
  });

  it('refuses a change without the CSRF token, or with the token of another session', async () => {
    const mine = await t.signIn(p.ownerEmail);
    const other = await t.signIn(t.teamEmail);
    const body = { benefitId: 'market-research' };
    const none = await raw('POST', `${base}/activations`, mine.cookie, undefined, body);
    assert.deepEqual([none.status, none.body.type], [403, '/problems/csrf-failed']);
    const wrong = await raw('POST', `${base}/activations`, mine.cookie, other.csrf, body);
    assert.equal(wrong.status, 403);
    assert.equal(
      (await raw('GET', `${base}/activations`, mine.cookie)).body.items.length,
      0,
      'nothing was activated',
    );
    const right = await raw('POST', `${base}/activations`, mine.cookie, mine.csrf, body);
    assert.equal(right.status, 201);
  });

  it('ends the session at sign-out', async () => {
    const s = await t.signIn(p.ownerEmail);
    assert.equal((await raw('GET', '/api/v1/session', s.cookie)).status, 200);
    assert.equal((await raw('DELETE', '/api/v1/session', s.cookie, s.csrf)).status, 204);
    assert.equal((await raw('GET', '/api/v1/session', s.cookie)).status, 401);
  });

  it('ends every session of a deactivated user at once', async () => {
    const added = await t.call('POST', `${base}/users`, {
      as: p.ownerEmail,
      body: { email: `leaver-${p.id.slice(0, 6)}@x.example`, displayName: 'Leaver', role: 'publisher-admin' },
    });
    const s = await t.signIn(added.body.email);
    assert.equal((await raw('GET', `${base}/benefits`, s.cookie)).status, 200);
    await t.call('POST', `${base}/users/${added.body.id}/deactivate`, { as: p.ownerEmail });
    assert.equal((await raw('GET', `${base}/benefits`, s.cookie)).status, 401);
    assert.equal((await t.signIn(added.body.email)).status, 401, 'and cannot sign in again');
  });

  it('times out after 30 idle minutes and 12 hours in all', async () => {
    const s = await t.signIn(p.ownerEmail);
    // Active every 25 minutes for 10 h 25 min: the idle clock never runs out.
    for (let i = 1; i <= 25; i++) {
      t.clock.advanceDays(25 / (24 * 60));
      assert.equal((await raw('GET', '/api/v1/session', s.cookie)).status, 200, `after ${i * 25} min`);
    }
    t.clock.advanceDays(2 / 24); // past the 12 hours
    assert.equal((await raw('GET', '/api/v1/session', s.cookie)).status, 401);
    const idle = await t.signIn(p.ownerEmail);
    t.clock.advanceDays(31 / (24 * 60));
    assert.equal((await raw('GET', '/api/v1/session', idle.cookie)).status, 401);
  });
});

describe('[IDENTITY] sign-in abuse', () => {
  it('waits longer after repeated failures, for known and unknown addresses alike', async () => {
    for (const email of [p.ownerEmail, 'nobody@nowhere.example']) {
      const answers = [];
      for (let i = 0; i < 7; i++) answers.push((await t.signIn(email, 'wrong password entirely')).status);
      assert.deepEqual(answers, [401, 401, 401, 401, 401, 401, 429], email);
    }
    const locked = await t.signIn(p.ownerEmail);
    assert.equal(locked.status, 429, 'even the right password waits');
    t.clock.advanceDays(2 / (24 * 60));
    assert.equal((await t.signIn(p.ownerEmail)).status, 201);
  });

  it('limits every client address, whatever the route', async () => {
    const limited = await testApp('2026-03-02T10:00:00Z', { requestsPerMinute: 30 });
    const statuses = [];
    for (let i = 0; i < 35; i++) {
      statuses.push(
        (await limited.app.inject({ method: 'GET', url: '/api/v1/publishers', remoteAddress: '192.0.2.9' }))
          .statusCode,
      );
    }
    assert.deepEqual(
      [statuses.filter((s) => s === 401).length, statuses.filter((s) => s === 429).length],
      [30, 5],
    );
    const { rows } = await limited.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE ip = '192.0.2.9'`,
    );
    assert.equal(rows[0].n, 30, 'refusals past the limit write nothing');
  });

  it('limits sign-in attempts per client address', async () => {
    const answers = [];
    for (let i = 0; i < 22; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: '192.0.2.77',
        payload: { email: `x${i}@y.example`, password: 'p' },
      });
      answers.push(r.statusCode);
    }
    assert.equal(answers.filter((s) => s === 429).length, 2);
    assert.ok(answers.slice(0, 20).every((s) => s === 401));
  });
});

describe('[IDENTITY] invitations', () => {
  it('lets an invited user set a password once, refusing weak ones', async () => {
    const added = await t.app.inject({
      method: 'POST',
      url: `${base}/users`,
      headers: await (async () => {
        const s = await t.signIn(p.ownerEmail);
        return { cookie: `__Host-session=${s.cookie}`, 'x-csrf-token': s.csrf };
      })(),
      payload: {
        email: `invitee-${p.id.slice(0, 6)}@x.example`,
        displayName: 'Invitee Person',
        role: 'publisher-member',
      },
    });
    const { invitation } = JSON.parse(added.body);
    assert.match(invitation.url, /^http:\/\/rewards\.test\/accept-invitation#token=inv_/);
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: invitation.token, password: 'password12345678' },
    });
    assert.deepEqual([weak.statusCode, JSON.parse(weak.body).errors[0].pointer], [422, '/body/password']);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: invitation.token, password: 'quiet harbor lamp violet' },
    });
    assert.equal(ok.statusCode, 201);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: invitation.token, password: 'another long passphrase' },
    });
    assert.equal(JSON.parse(again.body).type, '/problems/invitation-invalid');
  });
});

describe('[IDENTITY] API tokens', () => {
  it('shows a token once, stores its hash, records its last use, limits it to its scopes, and revokes it', async () => {
    const made = await t.call('POST', '/api/v1/api-tokens', {
      as: t.adminEmail,
      body: { name: 'sales feed', scopes: ['billed-sales:write'] },
    });
    assert.match(made.body.token, /^mrt_/);
    const stored = await t.pool.query('SELECT token_hash FROM api_tokens WHERE id = $1', [made.body.id]);
    assert.notEqual(stored.rows[0].token_hash, made.body.token);
    const listed = await t.call('GET', '/api/v1/api-tokens', { as: t.adminEmail });
    assert.equal(
      listed.body.items.find((x: any) => x.id === made.body.id).token,
      undefined,
      'never shown again',
    );
    const day = t.clock.now().toISOString().slice(0, 10);
    const sale = await t.call('POST', `${base}/billed-sales`, {
      as: made.body.token,
      body: { amountUsdCents: 100, billedOn: day },
    });
    assert.equal(sale.status, 201);
    const offer = await t.call('POST', `${base}/offers/${p.offerIds[0]}/status`, {
      as: made.body.token,
      body: { status: 'live' },
    });
    assert.equal(offer.status, 403, 'no offers:write scope');
    const read = await t.call('GET', `${base}/benefits`, { as: made.body.token });
    assert.equal(read.status, 403, 'a feed token reads nothing');
    const used = (await t.call('GET', '/api/v1/api-tokens', { as: t.adminEmail })).body.items.find(
      (x: any) => x.id === made.body.id,
    );
    assert.ok(used.lastUsedAt);
    await t.call('POST', `/api/v1/api-tokens/${made.body.id}/revoke`, { as: t.adminEmail });
    const after = await t.call('POST', `${base}/billed-sales`, {
      as: made.body.token,
      body: { amountUsdCents: 100, billedOn: day },
    });
    assert.equal(after.status, 401);
  });
});

describe('[IDENTITY] audit trail', () => {
  it('records sign-ins, changes and denials with who, what, where; never a secret', async () => {
    await t.signIn(p.ownerEmail, 'not the password at all');
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

  it('commits a change with its entry, and records a refused change as a failure with nothing changed', async () => {
    const day = t.clock.now().toISOString().slice(0, 10);
    const sale = await t.call('POST', `${base}/billed-sales`, {
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

  it('is append-only', async () => {
    await assert.rejects(t.pool.query('UPDATE audit_log SET outcome = $1', ['success']), /append-only/);
    await assert.rejects(t.pool.query('DELETE FROM audit_log'), /append-only/);
  });

  it('filters, and exports CSV that a spreadsheet will not run', async () => {
    const email = `=HYPERLINK("http://evil")@x.example`;
    await t.signIn(email, 'wrong password entirely');
    const filtered = await t.call('GET', `/api/v1/audit?actor=${encodeURIComponent(email)}`, {
      as: t.adminEmail,
    });
    assert.equal(filtered.body.items.length, 1);
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit/export?action=sign-in`,
      headers: await (async () => {
        const s = await t.signIn(t.adminEmail);
        return { cookie: `__Host-session=${s.cookie}` };
      })(),
    });
    assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
    assert.ok(csv.body.startsWith('id,at,actorType'));
    assert.ok(csv.body.includes(`"'=hyperlink(""http://evil"")@x.example"`), 'the formula is neutralised');
  });
});

describe('[IDENTITY] security review findings', () => {
  it('lets only an owner or a program admin make or remove an owner', async () => {
    const admin = await t.call('POST', `${base}/users`, {
      as: p.ownerEmail,
      body: {
        email: `padm-${p.id.slice(0, 6)}@x.example`,
        displayName: 'Pub Admin',
        role: 'publisher-admin',
      },
    });
    const makeOwner = await t.call('POST', `${base}/users`, {
      as: admin.body.email,
      body: { email: `evil-${p.id.slice(0, 6)}@x.example`, displayName: 'Evil', role: 'publisher-owner' },
    });
    assert.equal(makeOwner.status, 403);
    const removeOwner = await t.call('POST', `${base}/users/${p.ownerId}/deactivate`, {
      as: admin.body.email,
    });
    assert.equal(removeOwner.status, 403);
    const member = await t.call('POST', `${base}/users`, {
      as: admin.body.email,
      body: { email: `mem-${p.id.slice(0, 6)}@x.example`, displayName: 'Member', role: 'publisher-member' },
    });
    assert.equal(member.status, 201, 'an admin still manages members');
    const byOwner = await t.call('POST', `${base}/users`, {
      as: p.ownerEmail,
      body: {
        email: `own2-${p.id.slice(0, 6)}@x.example`,
        displayName: 'Second Owner',
        role: 'publisher-owner',
      },
    });
    assert.equal(byOwner.status, 201);
  });

  it('behind a trusted proxy, takes the address the proxy saw, not one the client wrote', async () => {
    const proxied = await testApp('2026-03-02T10:00:00Z', { trustProxyHops: 1 });
    const answers = [];
    for (let i = 0; i < 22; i++) {
      const r = await proxied.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: '10.1.1.1',
        headers: { 'x-forwarded-for': `203.0.113.${i}, 198.51.100.7` },
        payload: { email: `p${i}@y.example`, password: 'p' },
      });
      answers.push(r.statusCode);
    }
    assert.equal(
      answers.filter((s) => s === 429).length,
      2,
      'the spoofed left-most entries do not spread the limit',
    );
    const { rows } = await proxied.pool.query(`SELECT DISTINCT ip FROM audit_log WHERE action = 'sign-in'`);
    assert.deepEqual(
      rows.map((r) => r.ip),
      ['198.51.100.7'],
    );
  });

  it('deactivates staff at once: sessions end, their API tokens stop', async () => {
    const second = await t.app.inject({
      method: 'GET',
      url: '/api/v1/staff',
      headers: { cookie: `__Host-session=${(await t.signIn(t.adminEmail)).cookie}` },
    });
    assert.equal(second.statusCode, 200);
    const made = await t.call('POST', '/api/v1/api-tokens', {
      as: t.adminEmail,
      body: { name: 'x', scopes: ['billed-sales:write'] },
    });
    const team = await t.signIn(t.teamEmail);
    const teamId = JSON.parse(second.body).items.find((u: any) => u.email === t.teamEmail).id;
    const adminId = JSON.parse(second.body).items.find((u: any) => u.email === t.adminEmail).id;
    assert.equal(
      (await t.call('POST', `/api/v1/staff/${teamId}/deactivate`, { as: t.adminEmail })).status,
      200,
    );
    assert.equal((await raw('GET', '/api/v1/session', team.cookie)).status, 401);
    const last = await t.call('POST', `/api/v1/staff/${adminId}/deactivate`, { as: t.adminEmail });
    assert.deepEqual(
      [last.status, last.body.type],
      [409, '/problems/last-program-admin'],
      'the last program admin stays',
    );
    await t.pool.query('UPDATE users SET active = false WHERE id = $1', [adminId]);
    const day = t.clock.now().toISOString().slice(0, 10);
    const sale = await t.call('POST', `${base}/billed-sales`, {
      as: made.body.token,
      body: { amountUsdCents: 1, billedOn: day },
    });
    assert.equal(sale.status, 401, "a token stops with its creator's account");
    await t.pool.query('UPDATE users SET active = true WHERE id = ANY($1)', [[adminId, teamId]]);
  });

  it('queues parallel first failures on the backoff row: exactly the free failures get a real check', async () => {
    const email = `race-${p.id.slice(0, 6)}@x.example`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/session',
          remoteAddress: `10.9.${i}.1`,
          payload: { email, password: `wrong ${i}` },
        }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    assert.equal(statuses.filter((s) => s === 401).length, 6, JSON.stringify(statuses));
  });

  it('never records a non-address in the audit trail, serves the invitation page, and knows only real problem types', async () => {
    await t.signIn('my secret password typed here', 'x');
    const { rows } = await t.pool.query(
      `SELECT actor_label FROM audit_log WHERE actor_label LIKE '%secret%'`,
    );
    assert.equal(rows.length, 0);
    const page = await t.app.inject({ method: 'GET', url: '/accept-invitation' });
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['referrer-policy'], 'no-referrer');
    assert.match(page.body, /Set your password/);
    assert.equal((await t.app.inject({ method: 'GET', url: '/problems/constructor' })).statusCode, 404);
  });
});
