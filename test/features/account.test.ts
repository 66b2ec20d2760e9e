// The account page (src/features/account) and the second factor at sign-in: TOTP set up and confirmed, signing in
// with a code or a recovery code (each good once), wrong codes slowed down, staff and publishers that require it,
// the password changed (other sessions end), one's own sessions listed and ended, and the new-browser notice.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generate } from 'otplib';
import { rawRequest, testApp, TEST_PASSWORD } from '../support/app.ts';
import { addUser, makePublisher, ok } from '../support/factories.ts';

const t = await testApp();
const raw = rawRequest(t);

/** The code the person's app shows at the test clock's now (plus `seconds`). */
const codeAt = (secret: string, seconds = 0) =>
  generate({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) + seconds });

/** Sets up the second factor for `email` (signed in already by `call`): its secret and recovery codes. */
async function enrol(email: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await ok(t.call('POST', '/api/v1/account/mfa/enrolment', { as: email }), 201);
  assert.match(started.qrCode, /^data:image\/svg\+xml;base64,/);
  assert.match(started.uri, /^otpauth:\/\/totp\//);
  const confirmed = await ok(
    t.call('POST', '/api/v1/account/mfa/confirmation', {
      as: email,
      body: { code: await codeAt(started.secret) },
    }),
    201,
  );
  return { secret: started.secret, recoveryCodes: confirmed.recoveryCodes };
}

/** The second step of a sign-in: the challenge the password gave and a code. */
const secondStep = (challenge: string, code: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/session/mfa', payload: { challenge, code } });

/** Signs in with the password: the challenge the 202 answer carries. */
async function challengeFor(email: string): Promise<string> {
  const first = await t.signIn(email);
  assert.equal(first.status, 202, JSON.stringify(first.body));
  assert.equal(first.body.mfaRequired, true);
  assert.equal(first.cookie, '', 'no session before the second factor');
  return first.body.challenge;
}

describe('account', () => {
  it('[PUBLISHER] sets up TOTP, then signs in with a code; a code seen once is refused', async () => {
    const p = await makePublisher(t);
    const { secret, recoveryCodes } = await enrol(p.ownerEmail);
    assert.equal(recoveryCodes.length, 10);
    assert.equal(new Set(recoveryCodes).size, 10);
    const account = await ok(t.call('GET', '/api/v1/account', { as: p.ownerEmail }));
    assert.deepEqual(account, { mfa: { enabled: true, required: false, recoveryCodesLeft: 10 } });
    // Stored encrypted: the base32 secret is nowhere in the row.
    const { rows } = await t.pool.query('SELECT secret FROM user_mfa WHERE user_id = $1', [p.ownerId]);
    assert.match(rows[0].secret, /^v1:/);
    assert.ok(!rows[0].secret.includes(secret));
    // The code that confirmed the set-up is spent for the rest of its window: a replay is refused.
    const replay = await secondStep(await challengeFor(p.ownerEmail), await codeAt(secret));
    assert.equal(replay.statusCode, 401);
    assert.equal(replay.json().type, '/problems/invalid-mfa-code');
    t.clock.set(new Date(t.clock.now().getTime() + 30_000));
    const challenge = await challengeFor(p.ownerEmail);
    const code = await codeAt(secret);
    const signed = await secondStep(challenge, code);
    assert.equal(signed.statusCode, 201, signed.body);
    assert.equal(signed.json().user.email, p.ownerEmail);
    // The challenge is good once, and so is the code.
    assert.equal((await secondStep(challenge, code)).json().type, '/problems/mfa-challenge-expired');
    assert.equal((await secondStep(await challengeFor(p.ownerEmail), code)).statusCode, 401);
    // A challenge lasts five minutes.
    const late = await challengeFor(p.ownerEmail);
    t.clock.set(new Date(t.clock.now().getTime() + 5 * 60_000 + 1000));
    assert.equal(
      (await secondStep(late, await codeAt(secret))).json().type,
      '/problems/mfa-challenge-expired',
    );
  });

  it('[PUBLISHER] signs in with a recovery code, once only; turns MFA off with a code', async () => {
    const p = await makePublisher(t);
    const { secret, recoveryCodes } = await enrol(p.ownerEmail);
    const recovery = recoveryCodes[3]!;
    const signed = await secondStep(await challengeFor(p.ownerEmail), recovery.toUpperCase());
    assert.equal(signed.statusCode, 201, signed.body);
    const again = await secondStep(await challengeFor(p.ownerEmail), recovery);
    assert.equal(again.statusCode, 401);
    assert.equal(again.json().type, '/problems/invalid-mfa-code');
    t.forget(p.ownerEmail);
    const cookie = /__Host-session=([^;]+)/.exec(String(signed.headers['set-cookie']))![1]!;
    const csrf = signed.json().csrfToken;
    const account = await raw('GET', '/api/v1/account', cookie);
    assert.equal(account.body.mfa.recoveryCodesLeft, 9);
    // Turning it off takes a code; a wrong one is a field error.
    const wrong = await raw('POST', '/api/v1/account/mfa/removal', cookie, csrf, { code: '000000' });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.errors[0].code, 'invalid-mfa-code');
    t.clock.set(new Date(t.clock.now().getTime() + 30_000));
    const off = await raw('POST', '/api/v1/account/mfa/removal', cookie, csrf, {
      code: await codeAt(secret),
    });
    assert.equal(off.status, 204);
    assert.equal((await t.signIn(p.ownerEmail)).status, 201, 'the password alone again');
  });

  it('[PUBLISHER] wrong codes are slowed down like passwords: then even the right one waits', async () => {
    const p = await makePublisher(t);
    const { secret } = await enrol(p.ownerEmail);
    t.clock.set(new Date(t.clock.now().getTime() + 30_000));
    const challenge = await challengeFor(p.ownerEmail);
    // Five free failures, as for passwords; the sixth makes the next attempt wait a minute.
    for (let i = 0; i < 6; i++) assert.equal((await secondStep(challenge, '000000')).statusCode, 401);
    const throttled = await secondStep(challenge, await codeAt(secret));
    assert.equal(throttled.statusCode, 429);
    assert.equal(throttled.json().type, '/problems/signin-backoff');
    assert.ok(Number(throttled.headers['retry-after']) > 0);
    // A new challenge does not reset the count: it is the account's.
    const next = await secondStep(await challengeFor(p.ownerEmail), await codeAt(secret));
    assert.equal(next.statusCode, 429);
    t.clock.set(new Date(t.clock.now().getTime() + 61_000));
    assert.equal((await secondStep(await challengeFor(p.ownerEmail), await codeAt(secret))).statusCode, 201);
  });

  it('[REWARDS TEAM] without MFA, where staff need it, is refused everything but setting it up', async () => {
    t.app.deps.auth.requireStaffMfa = true;
    try {
      t.forget(t.teamEmail);
      const signed = await t.signIn(t.teamEmail);
      assert.equal(signed.status, 201);
      assert.equal(signed.body.mfaEnrolmentRequired, true);
      const tasks = await t.call('GET', '/api/v1/tasks', { as: t.teamEmail });
      assert.equal(tasks.status, 403);
      assert.equal(tasks.body.type, '/problems/mfa-enrolment-required');
      const session = await ok(t.call('GET', '/api/v1/session', { as: t.teamEmail }));
      assert.equal(session.mfaEnrolmentRequired, true);
      const account = await ok(t.call('GET', '/api/v1/account', { as: t.teamEmail }));
      assert.deepEqual(account.mfa, { enabled: false, required: true, recoveryCodesLeft: 0 });
      assert.equal((await t.call('GET', '/api/v1/account/sessions', { as: t.teamEmail })).status, 403);
      await enrol(t.teamEmail);
      assert.equal((await t.call('GET', '/api/v1/tasks', { as: t.teamEmail })).status, 200);
      assert.equal(
        (await ok(t.call('GET', '/api/v1/session', { as: t.teamEmail }))).mfaEnrolmentRequired,
        false,
      );
    } finally {
      t.app.deps.auth.requireStaffMfa = false;
      await t.pool.query(
        `DELETE FROM mfa_recovery_codes WHERE user_id IN (SELECT id FROM users WHERE email = $1)`,
        [t.teamEmail],
      );
      await t.pool.query(`DELETE FROM user_mfa WHERE user_id IN (SELECT id FROM users WHERE email = $1)`, [
        t.teamEmail,
      ]);
      t.forget(t.teamEmail);
    }
  });

  it('[PUBLISHER] an owner requires MFA for the publisher: its users must set it up first', async () => {
    const p = await makePublisher(t);
    const member = await addUser(t, p, {
      email: `dev-${p.id.slice(0, 6)}@pub.example`,
      displayName: 'Dev',
      role: 'publisher-member',
    });
    const admin = await addUser(t, p, { email: `adm-${p.id.slice(0, 6)}@pub.example`, displayName: 'Adm' });
    const url = `/api/v1/publishers/${p.id}/mfa-requirement`;
    const byAdmin = await t.call('PUT', url, { as: admin.email, body: { required: true } });
    assert.equal(byAdmin.status, 403, 'a publisher admin does not decide it');
    // The owner needs it first, or they would lock themselves out of the page they are on.
    const early = await t.call('PUT', url, { as: p.ownerEmail, body: { required: true } });
    assert.equal(early.body.type, '/problems/mfa-state-conflict');
    await enrol(p.ownerEmail);
    assert.deepEqual(await ok(t.call('PUT', url, { as: p.ownerEmail, body: { required: true } })), {
      required: true,
    });
    assert.deepEqual(await ok(t.call('GET', url, { as: p.ownerEmail })), { required: true });
    assert.deepEqual(await ok(t.call('GET', url, { as: t.teamEmail })), { required: true });
    // The member's session, open before, now leads only to enrolment.
    const offers = await t.call('GET', `/api/v1/publishers/${p.id}/offers`, { as: member.email });
    assert.equal(offers.status, 403);
    assert.equal(offers.body.type, '/problems/mfa-enrolment-required');
    const session = await ok(t.call('GET', '/api/v1/session', { as: member.email }));
    assert.equal(session.mfaEnrolmentRequired, true);
    await enrol(member.email);
    assert.equal(
      (await t.call('GET', `/api/v1/publishers/${p.id}/offers`, { as: member.email })).status,
      200,
    );
    // Other publishers are untouched.
    const other = await makePublisher(t);
    assert.equal(
      (await t.call('GET', `/api/v1/publishers/${other.id}/offers`, { as: other.ownerEmail })).status,
      200,
    );
  });

  it('[PUBLISHER] changes the password: the current one required, a strong one, every other session ends', async () => {
    const p = await makePublisher(t);
    const elsewhere = await t.signIn(p.ownerEmail);
    const here = await t.signIn(p.ownerEmail);
    const change = (body: object) => raw('PUT', '/api/v1/account/password', here.cookie, here.csrf, body);
    const wrong = await change({
      currentPassword: 'not it at all',
      newPassword: 'violet harbor tuesday kettle',
    });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.errors[0].code, 'wrong-password');
    const weak = await change({ currentPassword: TEST_PASSWORD, newPassword: 'marketplacerewards1' });
    assert.equal(weak.status, 422);
    assert.match(weak.body.errors[0].code, /^password-/);
    const done = await change({
      currentPassword: TEST_PASSWORD,
      newPassword: 'violet harbor tuesday kettle',
    });
    assert.equal(done.status, 200);
    assert.ok(done.body.ended >= 1);
    assert.equal((await raw('GET', '/api/v1/session', elsewhere.cookie)).status, 401);
    assert.equal((await raw('GET', '/api/v1/session', here.cookie)).status, 200, 'this one stays');
    t.forget(p.ownerEmail);
    assert.equal((await t.signIn(p.ownerEmail)).status, 401, 'the old password');
    assert.equal((await t.signIn(p.ownerEmail, 'violet harbor tuesday kettle')).status, 201);
  });

  it("[PUBLISHER] lists their sessions and ends one, or all others; another's session is not theirs", async () => {
    const p = await makePublisher(t);
    const a = await t.signIn(p.ownerEmail);
    const b = await t.signIn(p.ownerEmail);
    const c = await t.signIn(p.ownerEmail);
    const list = await raw('GET', '/api/v1/account/sessions', c.cookie);
    assert.equal(list.status, 200);
    const current = list.body.items.filter((s: any) => s.current);
    assert.equal(current.length, 1);
    assert.ok(list.body.items.length >= 3);
    for (const s of list.body.items)
      assert.deepEqual(Object.keys(s).sort(), [
        'current',
        'id',
        'ip',
        'lastSeenAt',
        'signedInAt',
        'userAgent',
      ]);
    const ids = list.body.items.map((s: any) => s.id);
    // The session `a` is one of the others: end the oldest that is not this one.
    const other = list.body.items.find((s: any) => !s.current);
    assert.equal((await raw('DELETE', `/api/v1/account/sessions/${other.id}`, c.cookie, c.csrf)).status, 204);
    assert.equal((await raw('DELETE', `/api/v1/account/sessions/${other.id}`, c.cookie, c.csrf)).status, 404);
    // Someone else cannot end it (nor learn it exists).
    const q = await makePublisher(t);
    const mine = current[0].id;
    assert.equal(
      (await t.call('DELETE', `/api/v1/account/sessions/${mine}`, { as: q.ownerEmail })).status,
      404,
    );
    const ended = await raw('POST', '/api/v1/account/sessions/others/end', c.cookie, c.csrf);
    assert.equal(ended.status, 200);
    assert.ok(ended.body.ended >= 1);
    for (const s of [a, b]) assert.equal((await raw('GET', '/api/v1/session', s.cookie)).status, 401);
    assert.equal((await raw('GET', '/api/v1/account/sessions', c.cookie)).body.items.length, 1);
    assert.ok(ids.includes(mine));
  });

  it('[SYSTEM] mails a person who signs in from a browser they had not used, not the first time', async () => {
    const p = await makePublisher(t);
    t.app.deps.auth.signInNotices = true;
    try {
      await t.signIn(p.ownerEmail);
      const device = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: p.ownerEmail, password: TEST_PASSWORD },
      });
      const cookie = [device.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('__Host-device='))!;
      // The same browser again (its device cookie): no notice.
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: p.ownerEmail, password: TEST_PASSWORD },
        cookies: { '__Host-device': /=([^;]+)/.exec(cookie)![1]! },
      });
    } finally {
      t.app.deps.auth.signInNotices = false;
    }
    const { rows } = await t.pool.query(
      `SELECT recipient_email, publisher_id, subject FROM notifications WHERE kind = 'new-sign-in' AND recipient_email = $1`,
      [p.ownerEmail],
    );
    assert.equal(rows.length, 2, 'the two sign-ins without a device cookie');
    assert.equal(rows[0].publisher_id, null, "not in the publisher's outbox");
  });
});
