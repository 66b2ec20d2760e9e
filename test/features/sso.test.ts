// Single sign-on end to end against a real OpenID provider (oidc-provider) on loopback: a company directory
// signs its users in; a wrong state and a replayed code are refused.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import Provider from 'oidc-provider';
import { testApp } from '../support/app.ts';
import { makePublisher } from '../support/factories.ts';

const CALLBACK = 'http://rewards.test/api/v1/auth/oidc/callback';
const accounts: Record<string, { email: string; verified: boolean }> = {};

const provider = new Provider('http://127.0.0.1:0', {
  clients: [{ client_id: 'rewards', client_secret: 'a-client-secret-for-tests', redirect_uris: [CALLBACK] }],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({ sub: id, email: accounts[id]?.email, email_verified: accounts[id]?.verified ?? false }),
  }),
  cookies: { keys: ['cookie-key-for-tests'] },
  pkce: { required: () => true },
});
const server = provider.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
// The issuer must be the address it is reached at.
(provider as unknown as { issuer: string }).issuer = issuer;
after(() => server.close());

const t = await testApp('2026-03-02T10:00:00Z', {
  oidc: { issuer, clientId: 'rewards', clientSecret: 'a-client-secret-for-tests' },
});
const p = await makePublisher(t);

/** Follows the provider's redirects with a cookie jar, logging in as `accountId`, up to our callback URL. */
async function loginAtProvider(authorizationUrl: string, accountId: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 12; hop++) {
    if (url.startsWith(CALLBACK)) return new URL(url);
    const interaction = /\/interaction\/([\w-]+)$/.exec(new URL(url).pathname)?.[1];
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    let response: Response;
    if (interaction && hop > 0 && !url.includes('?')) {
      const page = await fetch(url, { headers: { cookie } });
      const prompt =
        (await page.text()).includes('name="prompt" value="consent"') || url.includes('consent')
          ? 'consent'
          : 'login';
      response = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(
          prompt === 'login' ? { prompt, login: accountId, password: 'x' } : { prompt },
        ),
      });
    } else {
      response = await fetch(url, { redirect: 'manual', headers: { cookie } });
    }
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!, value.join('='));
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`no redirect at ${url}: ${response.status} ${await response.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects');
}

async function start() {
  const answer = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
  assert.equal(answer.statusCode, 302);
  const cookie = /__Host-oidc=([^;]+)/.exec(String(answer.headers['set-cookie']))?.[1];
  assert.ok(cookie);
  return { location: String(answer.headers.location), cookie };
}

async function callback(url: URL, cookie: string) {
  return t.app.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    headers: { cookie: `__Host-oidc=${cookie}` },
  });
}

describe('sso: OpenID Connect sign-in', () => {
  it('[PUBLISHER] signs in through the company directory by verified email, then by its link', async () => {
    accounts['dir-1'] = { email: p.ownerEmail, verified: true };
    const first = await start();
    assert.ok(first.location.startsWith(`${issuer}/auth?`));
    assert.match(first.location, /code_challenge_method=S256/);
    const back = await loginAtProvider(first.location, 'dir-1');
    const answer = await callback(back, first.cookie);
    assert.equal(answer.statusCode, 303, answer.body);
    const session = /__Host-session=([^;]+)/.exec(String(answer.headers['set-cookie']))?.[1];
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: `__Host-session=${session}` },
    });
    assert.equal(JSON.parse(me.body).user.email, p.ownerEmail);

    // Replaying the same callback (same state and code) is refused.
    const replay = await callback(back, first.cookie);
    assert.deepEqual([replay.statusCode, JSON.parse(replay.body).type], [401, '/problems/sso-failed']);

    // The identity is now linked: it signs in even after the directory changes the email.
    accounts['dir-1'] = { email: 'changed@elsewhere.example', verified: true };
    const second = await start();
    const again = await callback(await loginAtProvider(second.location, 'dir-1'), second.cookie);
    assert.equal(again.statusCode, 303);
  });

  it('[PUBLISHER] is refused with a wrong state, a code replayed into a new attempt, or an unknown or unverified identity', async () => {
    const member = await t.call('POST', `/api/v1/publishers/${p.id}/users`, {
      as: p.ownerEmail,
      body: {
        email: `sso-member-${p.id.slice(0, 6)}@x.example`,
        displayName: 'Member',
        role: 'publisher-member',
      },
    });
    accounts['dir-2'] = { email: member.body.email, verified: true };
    const attempt = await start();
    const back = await loginAtProvider(attempt.location, 'dir-2');
    const tampered = new URL(back);
    tampered.searchParams.set('state', 'not-the-state');
    const wrongState = await callback(tampered, attempt.cookie);
    assert.deepEqual(
      [wrongState.statusCode, JSON.parse(wrongState.body).type],
      [401, '/problems/sso-failed'],
    );

    // The code of that attempt, brought to a fresh attempt with its own state: the provider refuses the reused code.
    const used = await start();
    const usedBack = await loginAtProvider(used.location, 'dir-2');
    assert.equal((await callback(usedBack, used.cookie)).statusCode, 303);
    const fresh = await start();
    const replayed = new URL(usedBack);
    replayed.searchParams.set('state', new URL(fresh.location).searchParams.get('state')!);
    const refused = await callback(replayed, fresh.cookie);
    assert.deepEqual([refused.statusCode, JSON.parse(refused.body).type], [401, '/problems/sso-failed']);
    // The library's and the provider's own words (invalid_grant, a state mismatch) are logged, not sent.
    for (const answer of [wrongState, refused])
      assert.doesNotMatch(JSON.parse(answer.body).detail, /state|grant|invalid|expected/i);

    accounts['stranger'] = { email: 'stranger@nowhere.example', verified: true };
    const s = await start();
    assert.equal((await callback(await loginAtProvider(s.location, 'stranger'), s.cookie)).statusCode, 401);
    accounts['staff'] = { email: t.adminEmail, verified: true };
    const st = await start();
    const staff = await callback(await loginAtProvider(st.location, 'staff'), st.cookie);
    assert.equal(staff.statusCode, 401, 'a directory never signs in a program admin by email');
    accounts['unverified'] = { email: t.teamEmail, verified: false };
    const u = await start();
    assert.equal((await callback(await loginAtProvider(u.location, 'unverified'), u.cookie)).statusCode, 401);
  });

  it('[PUBLISHER] finds no single sign-on (404) where it is not configured', async () => {
    const plain = await testApp();
    const answer = await plain.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    assert.deepEqual(
      [answer.statusCode, JSON.parse(answer.body).type],
      [404, '/problems/sso-not-configured'],
    );
    // So the sign-in page does not offer it there, and does here.
    const methods = await plain.app.inject({ method: 'GET', url: '/api/v1/auth/methods' });
    assert.deepEqual(JSON.parse(methods.body), { password: true, sso: false });
    const here = await t.app.inject({ method: 'GET', url: '/api/v1/auth/methods' });
    assert.deepEqual(JSON.parse(here.body), { password: true, sso: true });
  });
});
