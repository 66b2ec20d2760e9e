// The HTTP surface itself: the OpenAPI document, the reference page, and problem+json for every kind of bad input.
import assert from 'node:assert/strict';
import net from 'node:net';
import { describe, it } from 'node:test';
import { PROBLEMS } from '../src/platform/problems.ts';
import { testApp, TEST_PASSWORD } from './support/app.ts';
import { makePublisher } from './support/factories.ts';

const t = await testApp();
const p = await makePublisher(t, { contact: true });
const activations = `/api/v1/publishers/${p.id}/activations`;

const owner = await t.signIn(p.ownerEmail);

async function raw(payload: string, contentType = 'application/json') {
  const response = await t.app.inject({
    method: 'POST',
    url: activations,
    headers: {
      cookie: `__Host-session=${owner.cookie}`,
      'x-csrf-token': owner.csrf,
      'content-type': contentType,
    },
    payload,
  });
  return {
    status: response.statusCode,
    type: response.headers['content-type'],
    body: JSON.parse(response.body),
  };
}

describe('[HTTP] the API contract', () => {
  it('serves an OpenAPI 3.1 document that describes every API route', async () => {
    const doc = (await t.call('GET', '/openapi.json')).body;
    assert.equal(doc.openapi, '3.1.0');
    for (const route of t.app.apiRoutes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths[path]?.[route.method.toLowerCase()];
      assert.ok(operation, `${route.method} ${path} in the OpenAPI document`);
      assert.ok(operation.summary, `${route.method} ${path} has a summary`);
    }
    const docs = await t.app.inject({ method: 'GET', url: '/docs' });
    assert.ok([200, 302].includes(docs.statusCode));
  });

  it('declares 422 wherever a route takes input, and 401 wherever it needs identity', async () => {
    const doc = (await t.call('GET', '/openapi.json')).body;
    for (const route of t.app.apiRoutes) {
      const operation = doc.paths[route.url.replace(/:(\w+)/g, '{$1}')][route.method.toLowerCase()];
      const schema = (route.schema ?? {}) as Record<string, unknown>;
      if (schema.params || schema.querystring || schema.body)
        assert.ok(operation.responses['422'], `${route.method} ${route.url} 422`);
      if (route.permission !== 'public')
        assert.ok(operation.responses['401'], `${route.method} ${route.url} 401`);
    }
  });

  it('documents every problem type at its address', async () => {
    for (const code of Object.keys(PROBLEMS)) {
      const doc = await t.call('GET', `/problems/${code}`);
      assert.equal(doc.status, 200);
      assert.equal(doc.body.type, `/problems/${code}`);
    }
  });

  it('knows only real problem types, not what every object inherits', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/problems/constructor' })).statusCode, 404);
  });

  it('answers a path the portal cannot serve with a 404 problem, not a 500 and a stack trace', async () => {
    for (const url of ['/assets/%00', '/assets/..%2f..%2fpackage.json', '/assets/.hidden']) {
      const answer = await t.app.inject({ method: 'GET', url });
      assert.equal(answer.statusCode, 404, url);
      assert.equal(answer.json().type, '/problems/not-found', url);
    }
  });

  it('keeps answers out of caches and sniffers; the reference page frames nothing and runs only its own code', async () => {
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: p.ownerEmail, password: TEST_PASSWORD },
    });
    assert.equal(signIn.statusCode, 201);
    assert.equal(signIn.headers['cache-control'], 'no-store', 'the answer carries the CSRF token');
    const session = await t.call('GET', '/api/v1/session', { as: p.ownerEmail });
    assert.equal(session.headers['cache-control'], 'no-store');
    for (const url of ['/api/v1/session', '/docs/', '/openapi.json'])
      assert.equal(
        (await t.app.inject({ method: 'GET', url })).headers['x-content-type-options'],
        'nosniff',
        url,
      );
    const docs = await t.app.inject({ method: 'GET', url: '/docs/' });
    const csp = String(docs.headers['content-security-policy']);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /upgrade-insecure-requests/, 'the demo runs on plain http://127.0.0.1');
  });

  it('cuts off a request sent a byte at a time, and sends HSTS when told the service is behind TLS', async () => {
    const slow = await testApp('2026-03-02T10:00:00Z', { requestTimeoutSeconds: 1, hstsSeconds: 31_536_000 });
    await slow.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = slow.app.server.address() as net.AddressInfo;
    const socket = net.connect(port, '127.0.0.1');
    socket.write('POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n');
    socket.write('Content-Length: 100\r\n\r\n{');
    const drip = setInterval(() => socket.write(' '), 300);
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += String(chunk)));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });
    clearInterval(drip);
    assert.match(answer, /^HTTP\/1\.1 408/, 'the connection is answered 408 and closed, not held');
    const hsts = await slow.app.inject({ method: 'GET', url: '/health/live' });
    assert.equal(hsts.headers['strict-transport-security'], 'max-age=31536000');
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/health/live' })).headers['strict-transport-security'],
      undefined,
    );
  });

  it('answers an unknown route with a problem', async () => {
    const answer = await t.call('GET', '/api/v1/nothing-here', { as: p.ownerEmail });
    assert.deepEqual([answer.status, answer.body.type], [404, '/problems/not-found']);
  });
});

describe('[HTTP] bad input is refused precisely and changes nothing', () => {
  it('refuses prototype-poisoning keys', async () => {
    const proto = await raw('{"benefitId":"market-research","__proto__":{"admin":true}}');
    assert.equal(proto.status, 400);
    assert.match(proto.body.detail, /__proto__/);
    const ctor = await raw('{"benefitId":"market-research","constructor":{"prototype":{"admin":true}}}');
    assert.equal(ctor.status, 400);
  });

  it('says where JSON is broken, and refuses empty bodies and other media types', async () => {
    const broken = await raw('{"benefitId": ');
    assert.equal(broken.status, 400);
    assert.match(broken.body.detail, /not valid JSON/);
    assert.equal(broken.type, 'application/problem+json; charset=utf-8');
    assert.equal((await raw('')).status, 400);
    const text = await raw('benefitId=x', 'text/plain');
    assert.deepEqual([text.status, text.body.type], [415, '/problems/unsupported-media-type']);
  });

  it('refuses fields the caller may not set (mass assignment) and wrong types, naming each field', async () => {
    const extra = await t.call('POST', activations, {
      as: p.ownerEmail,
      body: {
        benefitId: 'market-research',
        publisherId: p.id,
        status: 'fulfilled',
        createdAt: '2020-01-01T00:00:00Z',
      },
    });
    assert.equal(extra.status, 422);
    assert.deepEqual(extra.body.errors.map((e: any) => e.pointer).sort(), [
      '/body/createdAt',
      '/body/publisherId',
      '/body/status',
    ]);
    const typed = await t.call('POST', `/api/v1/publishers/${p.id}/billed-sales`, {
      as: t.adminEmail,
      body: { amountUsdCents: '100', billedOn: 'yesterday' },
    });
    assert.deepEqual(typed.body.errors.map((e: any) => e.pointer).sort(), [
      '/body/amountUsdCents',
      '/body/billedOn',
    ]);
    const badId = await t.call('GET', '/api/v1/publishers/not-a-uuid/benefits', { as: p.ownerEmail });
    assert.deepEqual([badId.status, badId.body.errors[0].pointer], [422, '/params/publisherId']);
    const badQuery = await t.call('GET', '/api/v1/tasks?limit=0&sort=up', { as: t.teamEmail });
    assert.deepEqual(badQuery.body.errors.map((e: any) => e.pointer).sort(), [
      '/querystring/limit',
      '/querystring/sort',
    ]);
    const activationsNow = await t.call('GET', activations, { as: p.ownerEmail });
    assert.equal(activationsNow.body.items.length, 0, 'nothing was activated');
  });

  it('refuses a year out of range and an MPN ID with a leading zero, naming the field', async () => {
    const ancient = await t.call('POST', `/api/v1/publishers/${p.id}/billed-sales`, {
      as: t.adminEmail,
      body: { amountUsdCents: 100, billedOn: '0000-01-01' },
    });
    assert.deepEqual([ancient.status, ancient.body.errors[0].pointer], [422, '/body/billedOn']);
    const zero = await t.call('POST', '/api/v1/publishers', {
      as: t.adminEmail,
      body: {
        mpnId: '0777',
        companyName: 'Z',
        accountEmail: 'z@z.example',
        owner: { email: 'o@z.example', displayName: 'O' },
      },
    });
    assert.deepEqual([zero.status, zero.body.errors[0].pointer], [422, '/body/mpnId']);
  });

  it('refuses tier, status, role, owner and timestamps wherever the caller may not set them', async () => {
    const before = (await t.call('GET', `/api/v1/publishers/${p.id}/offers`, { as: p.ownerEmail })).body.items
      .length;
    const offer = await t.call('POST', `/api/v1/publishers/${p.id}/offers`, {
      as: p.ownerEmail,
      body: {
        name: 'X',
        marketplace: 'appsource',
        listingOption: 'free',
        status: 'live',
        liveAt: '2020-01-01T00:00:00Z',
        publisherId: p.id,
      },
    });
    assert.deepEqual(offer.body.errors.map((e: any) => e.pointer).sort(), [
      '/body/liveAt',
      '/body/publisherId',
      '/body/status',
    ]);
    const after = (await t.call('GET', `/api/v1/publishers/${p.id}/offers`, { as: p.ownerEmail })).body.items
      .length;
    assert.equal(after, before);
    const contact = await t.call('POST', `/api/v1/publishers/${p.id}/marketing-contacts`, {
      as: p.ownerEmail,
      body: {
        userId: p.ownerId,
        email: 'a@b.example',
        phone: '+14255550100',
        language: 'en',
        role: 'program-admin',
        tier: 'usd-5m',
      },
    });
    assert.deepEqual(contact.body.errors.map((e: any) => e.pointer).sort(), ['/body/role', '/body/tier']);
    const user = await t.call('POST', `/api/v1/publishers/${p.id}/users`, {
      as: p.ownerEmail,
      body: { email: 'new@b.example', displayName: 'N', role: 'program-admin' },
    });
    assert.deepEqual(
      [user.status, user.body.errors[0].pointer],
      [422, '/body/role'],
      'a publisher cannot make staff',
    );
  });

  it('refuses billed sales dated in the future', async () => {
    const future = await t.call('POST', `/api/v1/publishers/${p.id}/billed-sales`, {
      as: t.adminEmail,
      body: { amountUsdCents: 100, billedOn: '2030-01-01' },
    });
    assert.deepEqual([future.status, future.body.errors[0].pointer], [422, '/body/billedOn']);
  });
});
