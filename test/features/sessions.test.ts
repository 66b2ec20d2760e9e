// Signing in and out (src/features/sessions): the session cookie, CSRF, timeouts, and what slows down guessing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rawRequest, testApp, TEST_PASSWORD } from '../support/app.ts';
import { addUser, makePublisher } from '../support/factories.ts';
import { ACCOUNT_FREE_FAILURES, DEVICE_COOKIE } from '../../src/features/sessions/sessions.service.ts';

const t = await testApp();
const p = await makePublisher(t);
const raw = rawRequest(t);

/** A sign-in from a given client address, with the browser's device cookie if it has one. */
const signInFrom = (ip: string, email: string, password: string, device?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/session',
    remoteAddress: ip,
    payload: { email, password },
    ...(device ? { cookies: { [DEVICE_COOKIE]: device } } : {}),
  });

describe('sessions', () => {
  it('[PUBLISHER] signs in with a __Host- cookie: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain', async () => {
    const answer = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: p.ownerEmail, password: TEST_PASSWORD },
    });
    assert.equal(answer.statusCode, 201);
    const cookies = [answer.headers['set-cookie'] ?? []].flat();
    const cookie = cookies.find((c) => c.startsWith('__Host-session=')) ?? '';
    assert.match(cookie, /^__Host-session=ses_[\w-]{43}; /);
    assert.match(cookie, /Max-Age=43200/, 'the absolute timeout, 12 hours');
    // And the browser's device cookie, which lets it sign in while the account is guessed at from elsewhere.
    const device = cookies.find((c) => c.startsWith(`${DEVICE_COOKIE}=`)) ?? '';
    assert.match(device, /^__Host-device=dev_[\w-]{43}; /);
    for (const set of [cookie, device]) {
      for (const attribute of ['Secure', 'HttpOnly', 'SameSite=Lax', 'Path=/'])
        assert.ok(set.includes(attribute), `${attribute} in ${set}`);
      assert.doesNotMatch(set, /Domain=/i);
    }
  });

  it('[PUBLISHER] gets a new session id at every sign-in; the old one keeps nothing of the new', async () => {
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

  it('[PUBLISHER] cannot change anything without the CSRF token, or with the token of another session', async () => {
    const pub = await makePublisher(t, { contact: true });
    const base = `/api/v1/publishers/${pub.id}`;
    const mine = await t.signIn(pub.ownerEmail);
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

  it('[PUBLISHER] signs out, and the session ends', async () => {
    const s = await t.signIn(p.ownerEmail);
    assert.equal((await raw('GET', '/api/v1/session', s.cookie)).status, 200);
    assert.equal((await raw('DELETE', '/api/v1/session', s.cookie, s.csrf)).status, 204);
    assert.equal((await raw('GET', '/api/v1/session', s.cookie)).status, 401);
  });

  it('[PUBLISHER] deactivated, loses every session at once and cannot sign in again', async () => {
    const added = await addUser(t, p, {
      email: `leaver-${p.id.slice(0, 6)}@x.example`,
      displayName: 'Leaver',
    });
    const s = await t.signIn(added.email);
    assert.equal((await raw('GET', `/api/v1/publishers/${p.id}/benefits`, s.cookie)).status, 200);
    await t.call('POST', `/api/v1/publishers/${p.id}/users/${added.id}/deactivate`, { as: p.ownerEmail });
    assert.equal((await raw('GET', `/api/v1/publishers/${p.id}/benefits`, s.cookie)).status, 401);
    assert.equal((await t.signIn(added.email)).status, 401, 'and cannot sign in again');
  });

  it('[PUBLISHER] is signed out after 30 idle minutes, and after 12 hours in all', async () => {
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

describe('sessions: sign-in abuse', () => {
  it('[PUBLISHER] waits longer after repeated failed sign-ins from one client, for known and unknown addresses alike', async () => {
    for (const email of [p.ownerEmail, 'nobody@nowhere.example']) {
      const answers = [];
      for (let i = 0; i < 7; i++)
        answers.push((await signInFrom('192.0.2.50', email, 'wrong password')).statusCode);
      assert.deepEqual(answers, [401, 401, 401, 401, 401, 401, 429], email);
    }
    const locked = await signInFrom('192.0.2.50', p.ownerEmail, TEST_PASSWORD);
    assert.equal(locked.statusCode, 429, 'even the right password waits, from that client');
    t.clock.advanceDays(2 / (24 * 60));
    assert.equal((await signInFrom('192.0.2.50', p.ownerEmail, TEST_PASSWORD)).statusCode, 201);
  });

  it('[PUBLISHER] is not locked out by someone else failing to sign in as them from elsewhere', async () => {
    const victim = await makePublisher(t);
    for (let i = 0; i < 12; i++) await signInFrom('198.51.100.66', victim.ownerEmail, `guess ${i}`);
    assert.equal((await signInFrom('198.51.100.66', victim.ownerEmail, TEST_PASSWORD)).statusCode, 429);
    assert.equal((await signInFrom('203.0.113.5', victim.ownerEmail, TEST_PASSWORD)).statusCode, 201);
  });

  it('[PUBLISHER] guessed at from many clients: past the account budget new clients wait, its own browser does not', async () => {
    const victim = await makePublisher(t);
    const own = await signInFrom('203.0.113.9', victim.ownerEmail, TEST_PASSWORD);
    assert.equal(own.statusCode, 201);
    const device = own.cookies.find((c) => c.name === DEVICE_COOKIE);
    assert.ok(
      device?.httpOnly && device.secure && device.sameSite === 'Lax',
      'a device cookie, kept from scripts',
    );
    // 60 guesses at once, each from its own address: they queue on the account's row, and past its budget wait.
    const guesses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signInFrom(`10.77.${i}.1`, victim.ownerEmail, `guess ${i}`)),
    );
    const statuses = guesses.map((g) => g.statusCode);
    assert.equal(
      statuses.filter((s) => s === 401).length,
      ACCOUNT_FREE_FAILURES + 1,
      JSON.stringify(statuses),
    );
    assert.equal(statuses.filter((s) => s === 429).length, 60 - ACCOUNT_FREE_FAILURES - 1);
    // A client the account has not signed in from waits, even with the right password ...
    assert.equal((await signInFrom('10.78.0.1', victim.ownerEmail, TEST_PASSWORD)).statusCode, 429);
    // ... the owner's own browser, from a new address, signs in at once.
    const back = await signInFrom('10.79.0.1', victim.ownerEmail, TEST_PASSWORD, device.value);
    assert.equal(back.statusCode, 201);
    // A device cookie is no key to another account: with it, another address is an unknown client.
    const other = await makePublisher(t);
    for (let i = 0; i < 6; i++) await signInFrom('10.80.0.1', other.ownerEmail, `guess ${i}`, device.value);
    assert.equal(
      (await signInFrom('10.80.0.1', other.ownerEmail, TEST_PASSWORD, device.value)).statusCode,
      429,
    );
  });

  it('[PUBLISHER] is limited per client address, whatever the route; refusals past the limit write nothing', async () => {
    const limited = await testApp('2026-03-02T10:00:00Z', { requestsPerMinute: 30 });
    const member = await makePublisher(limited);
    const session = await limited.signIn(member.ownerEmail);
    const statuses = [];
    for (let i = 0; i < 35; i++) {
      // The audit trail is the program admin's: each of these is a denial, and denials are recorded.
      const answer = await limited.app.inject({
        method: 'GET',
        url: '/api/v1/audit',
        remoteAddress: '192.0.2.9',
        headers: { cookie: `__Host-session=${session.cookie}` },
      });
      statuses.push(answer.statusCode);
    }
    assert.deepEqual(
      [statuses.filter((s) => s === 403).length, statuses.filter((s) => s === 429).length],
      [30, 5],
    );
    const { rows } = await limited.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE ip = '192.0.2.9'`,
    );
    assert.equal(rows[0].n, 30, 'refusals past the limit write nothing');
  });

  it('[PUBLISHER] is limited in sign-in attempts per client address', async () => {
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

  it('[PUBLISHER] behind a trusted proxy, is known by the address the proxy saw, not one the client wrote', async () => {
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
});
