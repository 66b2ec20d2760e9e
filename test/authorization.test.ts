// The authorization matrix, built from the live route table: every API route, as every role, on its own
// publisher and on another one. A route without an entry here fails, so no new route can skip the matrix.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PERMISSIONS, type Role } from '../src/platform/auth/access.ts';
import { testApp } from './support/app.ts';
import { ROOT } from './support/cli.ts';
import { makePublisher, type MadePublisher } from './support/factories.ts';
import { snapshot as takeSnapshot, unfingerprinted } from './support/snapshot.ts';

const t = await testApp();
const FY24 = JSON.parse(await fs.readFile(path.join(ROOT, 'program/fy24.json'), 'utf8'));

interface Ids {
  tokenId: string;
  publisherId: string;
  offerId: string;
  userId: string;
  contactId: string;
  activationId: string;
  taskId: string;
  notificationId: string;
  optOutId: string;
  grantId: string;
  benefitId: string;
  version: string;
  deliveryId: string;
  draftId: string;
  conversationId: string;
  sessionId: string;
  requestId: string;
  subscriptionId: string;
  webhookDeliveryId: string;
}

/** A body that would succeed for a caller who may make the request; `null` for routes without a body. */
const MATRIX: Record<string, ((ids: Ids, n: number) => unknown) | null> = {
  'POST /api/v1/session': null,
  'GET /api/v1/session': null,
  'DELETE /api/v1/session': null,
  'POST /api/v1/session/mfa': null,
  'GET /api/v1/account': null,
  'POST /api/v1/account/mfa/enrolment': null,
  // No set-up was started (or one is on already): allowed callers get 409, nothing changes.
  'POST /api/v1/account/mfa/confirmation': () => ({ code: '000000' }),
  'POST /api/v1/account/mfa/removal': () => ({ code: '000000' }),
  // A wrong current password: allowed callers get 422, nothing changes.
  'PUT /api/v1/account/password': () => ({
    currentPassword: 'not the password',
    newPassword: 'violet harbor tuesday kettle',
  }),
  'GET /api/v1/account/sessions': null,
  // No session of the caller's has this id: allowed callers get 404.
  'DELETE /api/v1/account/sessions/:sessionId': null,
  'POST /api/v1/account/sessions/others/end': null,
  'GET /api/v1/publishers/:publisherId/mfa-requirement': null,
  // Optional (true would lock the fixture's people out of the routes after it).
  'PUT /api/v1/publishers/:publisherId/mfa-requirement': () => ({ required: false }),
  'POST /api/v1/invitations/accept': null,
  'POST /api/v1/invitations/lookup': null,
  'GET /api/v1/auth/methods': null,
  'GET /api/v1/auth/oidc/start': null,
  'GET /api/v1/auth/oidc/callback': null,
  'POST /api/v1/api-tokens': () => ({ name: 'feed', scopes: ['offers:write'] }),
  'GET /api/v1/api-tokens': null,
  'GET /api/v1/staff': null,
  'POST /api/v1/staff/:userId/deactivate': null,
  'POST /api/v1/staff': (_, n) => ({
    email: `staff${n}@m.example`,
    displayName: 'Staff',
    role: 'rewards-team',
  }),
  // The fixture's user accepted its invitation: allowed callers get 409 (nothing pending), nothing changes.
  'POST /api/v1/staff/:userId/invitation': () => ({}),
  'DELETE /api/v1/staff/:userId/invitation': null,
  'POST /api/v1/api-tokens/:tokenId/revoke': null,
  'GET /api/v1/audit': null,
  'GET /api/v1/audit/export': null,
  'GET /api/v1/program': null,
  // A version of its own per call: a name and a date no other has.
  'POST /api/v1/program/versions': (_, n) => ({
    ...FY24,
    version: `M${n}`,
    name: `Matrix ${n}`,
    effectiveFrom: new Date(Date.UTC(2030, 0, 1) + n * 86_400_000).toISOString().slice(0, 10),
  }),
  'GET /api/v1/program/versions/:version': null,
  'GET /api/v1/program/drafts': null,
  'POST /api/v1/program/drafts': (_, n) => ({ name: `Matrix draft ${n}` }),
  'GET /api/v1/program/drafts/:draftId': null,
  'PUT /api/v1/program/drafts/:draftId': () => ({ revision: 1, name: 'Matrix draft', document: FY24 }),
  'GET /api/v1/program/drafts/:draftId/diff': null,
  'GET /api/v1/program/drafts/:draftId/export': null,
  // Refused for its problems (the copy keeps FY24's name) when allowed: what matters here is who may.
  'POST /api/v1/program/drafts/:draftId/publish': () => ({ revision: 1, effectiveFrom: '2031-01-01' }),
  'DELETE /api/v1/program/drafts/:draftId': null,
  'POST /api/v1/program/simulations': () => ({
    change: { kind: 'tier-threshold', tierId: 'usd-25k', thresholdUsdCents: 3_000_000 },
  }),
  'POST /api/v1/program/simulations/export': () => ({
    change: { kind: 'tier-threshold', tierId: 'usd-25k', thresholdUsdCents: 3_000_000 },
  }),
  'POST /api/v1/publishers': (_, n) => ({
    mpnId: `77${n}`,
    companyName: 'M',
    accountEmail: 'a@m.example',
    owner: { email: `o${n}@m.example`, displayName: 'O' },
  }),
  'GET /api/v1/publishers': null,
  'GET /api/v1/publishers/:publisherId': null,
  'GET /api/v1/publishers/:publisherId/users': null,
  'POST /api/v1/publishers/:publisherId/users': (_, n) => ({
    email: `new${n}@m.example`,
    displayName: 'New',
    role: 'publisher-member',
  }),
  'POST /api/v1/publishers/:publisherId/users/:userId/deactivate': null,
  'POST /api/v1/publishers/:publisherId/users/:userId/invitation': () => ({ language: 'fr' }),
  'DELETE /api/v1/publishers/:publisherId/users/:userId/invitation': null,
  'GET /api/v1/publishers/:publisherId/offers': null,
  'POST /api/v1/publishers/:publisherId/offers': () => ({
    name: 'New',
    marketplace: 'appsource',
    listingOption: 'free',
  }),
  'GET /api/v1/publishers/:publisherId/offers/:offerId': null,
  'PATCH /api/v1/publishers/:publisherId/offers/:offerId': () => ({ coSellReady: true }),
  'POST /api/v1/publishers/:publisherId/offers/:offerId/status': () => ({ status: 'live' }),
  // Allowed callers after the first get 409: the request is settled already.
  'POST /api/v1/publishers/:publisherId/offers/:offerId/change-requests/:requestId/decision': () => ({
    outcome: 'declined',
    note: 'Not sold there.',
  }),
  'GET /api/v1/publishers/:publisherId/billed-sales': null,
  'POST /api/v1/publishers/:publisherId/billed-sales': () => ({
    amountUsdCents: 100,
    billedOn: '2026-03-01',
  }),
  'GET /api/v1/publishers/:publisherId/billed-sales/lines': null,
  'POST /api/v1/billed-sales/batches': (_, n) => ({
    lines: [{ source: 'matrix', lineId: `m${n}`, mpnId: '0', offerId: 'x', kind: 'charge', amountMinor: 1 }],
  }),
  'GET /api/v1/currency-rates': null,
  'GET /api/v1/feed/deliveries': null,
  'GET /api/v1/feed/deliveries/:deliveryId': null,
  'GET /api/v1/feed/deliveries/:deliveryId/rejects.csv': null,
  'PUT /api/v1/currency-rates/:currency/:month': () => ({ usdPerUnit: '1.08' }),
  'PUT /api/v1/publishers/:publisherId/company': (ids) => ({ companyId: ids.publisherId }),
  'GET /api/v1/publishers/:publisherId/benefits': null,
  'GET /api/v1/publishers/:publisherId/marketing-contacts': null,
  'POST /api/v1/publishers/:publisherId/marketing-contacts': (ids) => ({
    userId: ids.userId,
    email: 'p@m.example',
    phone: '+14255550100',
    language: 'en',
  }),
  'PUT /api/v1/publishers/:publisherId/marketing-contacts/:contactId': (ids) => ({
    userId: ids.userId,
    email: 'q@m.example',
    phone: '+14255550100',
    language: 'fr',
  }),
  'DELETE /api/v1/publishers/:publisherId/marketing-contacts/:contactId': null,
  'POST /api/v1/publishers/:publisherId/activations': () => ({ benefitId: 'readiness-assessment' }),
  'GET /api/v1/publishers/:publisherId/activations': null,
  'GET /api/v1/publishers/:publisherId/activations/:activationId': null,
  'POST /api/v1/publishers/:publisherId/technical-requests': (ids) => ({
    offerId: ids.offerId,
    stage: 'design',
    solution: 'cloud',
    description: 'Please review our architecture.',
  }),
  'GET /api/v1/publishers/:publisherId/technical-requests': null,
  'POST /api/v1/publishers/:publisherId/support-tickets': () => ({
    subject: 'Help',
    description: 'Nobody wrote to us.',
  }),
  'GET /api/v1/publishers/:publisherId/support-tickets': null,
  'GET /api/v1/publishers/:publisherId/conversations': null,
  'GET /api/v1/publishers/:publisherId/conversations/:conversationId': null,
  'POST /api/v1/publishers/:publisherId/conversations/:conversationId/replies': () => ({
    body: 'Thank you.',
  }),
  // Allowed callers after the first get 409: the ticket is resolved already.
  'POST /api/v1/publishers/:publisherId/conversations/:conversationId/resolve': () => ({}),
  // Allowed callers after the first get 409: the tier figure is disputed already.
  'POST /api/v1/publishers/:publisherId/disputes': () => ({
    subject: 'tier',
    note: 'The figure looks low to us.',
  }),
  // The fixture's conversation is a ticket: allowed callers get 422 (not a dispute), nothing changes.
  'POST /api/v1/publishers/:publisherId/disputes/:conversationId/decision': () => ({
    outcome: 'rejected',
    note: 'The figure stands.',
  }),
  'GET /api/v1/publishers/:publisherId/notifications': null,
  'GET /api/v1/tasks': null,
  'POST /api/v1/tasks/:taskId/contacts': () => ({ channel: 'email', note: 'Called.' }),
  'POST /api/v1/tasks/:taskId/complete': null,
  'GET /api/v1/tasks/export': null,
  'GET /api/v1/tasks/:taskId': null,
  'POST /api/v1/tasks/:taskId/cancel': () => ({ reason: 'Duplicate.' }),
  'POST /api/v1/tasks/:taskId/claim': null,
  'POST /api/v1/tasks/:taskId/assign': () => ({ assigneeId: null }),
  'GET /api/v1/notifications': null,
  'GET /api/v1/notifications/:notificationId': null,
  'POST /api/v1/notifications/:notificationId/retry': null,
  'GET /api/v1/publishers/:publisherId/engagement': null,
  'GET /api/v1/publishers/:publisherId/opt-outs': null,
  'POST /api/v1/publishers/:publisherId/opt-outs': () => ({
    engagement: 'announcements',
    note: 'Asked by phone.',
  }),
  'POST /api/v1/publishers/:publisherId/opt-outs/:optOutId/withdraw': null,
  'POST /api/v1/publishers/:publisherId/benefits/:benefitId/revoke': () => ({ cause: 'delisting', note: '' }),
  'POST /api/v1/publishers/:publisherId/benefits/:benefitId/reinstate': () => ({ note: 'Cleared.' }),
  'GET /api/v1/publishers/:publisherId/preview': null,
  'GET /api/v1/publishers/:publisherId/sponsorships': null,
  'POST /api/v1/publishers/:publisherId/sponsorships/:grantId/spend': () => ({
    amountUsdCents: 100,
    spentOn: '2026-03-02',
    note: 'Credits.',
  }),
  'POST /api/v1/publishers/:publisherId/sponsorships/:grantId/mark-spent': () => ({ note: 'Unused.' }),
  'GET /api/v1/dashboards/contact-rate': null,
  'GET /api/v1/dashboards/contact-rate/export': null,
  'GET /api/v1/dashboards/open-work': null,
  'GET /api/v1/dashboards/open-work/export': null,
  'GET /api/v1/dashboards/activations-by-benefit': null,
  'GET /api/v1/dashboards/activations-by-benefit/export': null,
  'GET /api/v1/dashboards/activations-by-tier': null,
  'GET /api/v1/dashboards/activations-by-tier/export': null,
  'GET /api/v1/dashboards/publishers-by-tier': null,
  'GET /api/v1/dashboards/publishers-by-tier/export': null,
  // Receivers on loopback (the test app allows them); nobody listens there: only subscribing is asked.
  'GET /api/v1/publishers/:publisherId/webhooks': null,
  'GET /api/v1/webhooks': null,
  'POST /api/v1/publishers/:publisherId/webhooks': () => ({
    url: 'http://127.0.0.1:9/matrix',
    eventTypes: ['tier.changed'],
  }),
  'POST /api/v1/webhooks': () => ({ url: 'http://127.0.0.1:9/matrix', eventTypes: ['program.published'] }),
  'GET /api/v1/publishers/:publisherId/webhooks/:subscriptionId': null,
  'PATCH /api/v1/publishers/:publisherId/webhooks/:subscriptionId': () => ({ description: 'Matrix' }),
  'POST /api/v1/publishers/:publisherId/webhooks/:subscriptionId/secret': () => ({ overlapHours: 1 }),
  'POST /api/v1/publishers/:publisherId/webhooks/:subscriptionId/test': null,
  'GET /api/v1/publishers/:publisherId/webhooks/:subscriptionId/deliveries': null,
  // The fixture's delivery is still queued: allowed callers get 409, nothing changes.
  'POST /api/v1/publishers/:publisherId/webhooks/:subscriptionId/deliveries/:webhookDeliveryId/redeliver':
    null,
  'DELETE /api/v1/publishers/:publisherId/webhooks/:subscriptionId': null,
  'GET /api/v1/webhooks/:subscriptionId': null,
  'PATCH /api/v1/webhooks/:subscriptionId': () => ({ description: 'Matrix' }),
  'POST /api/v1/webhooks/:subscriptionId/secret': () => ({}),
  'POST /api/v1/webhooks/:subscriptionId/test': null,
  'GET /api/v1/webhooks/:subscriptionId/deliveries': null,
  'POST /api/v1/webhooks/:subscriptionId/deliveries/:webhookDeliveryId/redeliver': null,
  'DELETE /api/v1/webhooks/:subscriptionId': null,
  'GET /api/v1/account/data': null,
  'GET /api/v1/people': null,
  'GET /api/v1/people/:userId/data': null,
  // Allowed callers after the first get 409: the person is erased already (the fixture's extra member).
  'POST /api/v1/people/:userId/erasure': null,
  // Allowed callers after the first get 404: the record is gone.
  'POST /api/v1/publishers/:publisherId/marketing-contacts/:contactId/erasure': null,
  'GET /api/v1/demo/users': null,
};

async function fixture(p: MadePublisher): Promise<Ids> {
  const base = `/api/v1/publishers/${p.id}`;
  const extra = await t.call('POST', `${base}/users`, {
    as: p.ownerEmail,
    body: { email: `extra-${p.id}@m.example`, displayName: 'Extra', role: 'publisher-member' },
  });
  const contacts = await t.call('GET', `${base}/marketing-contacts`, { as: p.ownerEmail });
  const activation = await t.call('POST', `${base}/activations`, {
    as: p.ownerEmail,
    body: { benefitId: 'market-research' },
  });
  const tasks = await t.call('GET', `/api/v1/tasks?publisherId=${p.id}&kind=activation`, { as: t.teamEmail });
  const notifications = await t.call('GET', `${base}/notifications`, { as: p.ownerEmail });
  const optOut = await t.call('POST', `${base}/opt-outs`, {
    as: p.ownerEmail,
    body: { engagement: 'welcome', note: 'No calls, please.' },
  });
  // $600 of billed sales unlock the deployment sponsorship: its activation issues a grant (S10).
  await t.call('POST', `${base}/billed-sales`, {
    as: t.adminEmail,
    body: { amountUsdCents: 600_00, billedOn: t.clock.now().toISOString().slice(0, 10) },
  });
  await t.call('POST', `${base}/activations`, {
    as: p.ownerEmail,
    body: { benefitId: 'deployment-sponsorship' },
  });
  const grants = await t.call('GET', `${base}/sponsorships`, { as: p.ownerEmail });
  const draft = await t.call('POST', '/api/v1/program/drafts', {
    as: t.adminEmail,
    body: { name: 'Matrix' },
  });
  const spare = await t.call('POST', '/api/v1/api-tokens', {
    as: t.adminEmail,
    body: { name: 'spare', scopes: ['offers:write'] },
  });
  // A feed batch whose one line is rejected: it writes nothing, and its record is there to read.
  await t.call('POST', '/api/v1/billed-sales/batches', {
    as: t.adminEmail,
    headers: { 'idempotency-key': `"fixture-${p.id}"` },
    body: { lines: [{ lineId: `fixture-${p.id}` }] },
  });
  const deliveries = await t.call('GET', '/api/v1/feed/deliveries?kind=batch&limit=1', { as: t.adminEmail });
  const ticket = await t.call('POST', `${base}/support-tickets`, {
    as: p.ownerEmail,
    body: { subject: 'Matrix', description: 'A ticket to answer.' },
  });
  const change = await t.call('PATCH', `${base}/offers/${p.offerIds[0]}`, {
    as: p.ownerEmail,
    body: { markets: ['US', 'DE'] },
  });
  const hook = await t.call('POST', `${base}/webhooks`, {
    as: p.ownerEmail,
    body: { url: 'http://127.0.0.1:9/fixture', eventTypes: ['activation.created'] },
  });
  const sent = await t.call('POST', `${base}/webhooks/${hook.body.id}/test`, { as: p.ownerEmail });
  return {
    tokenId: spare.body.id,
    publisherId: p.id,
    offerId: p.offerIds[0]!,
    userId: extra.body.id,
    contactId: contacts.body.items[0].id,
    activationId: activation.body.id,
    taskId: tasks.body.items[0].id,
    notificationId: notifications.body.items[0].id,
    optOutId: optOut.body.id,
    grantId: grants.body.items[0].id,
    benefitId: 'self-serve-digital-marketing',
    version: 'FY24',
    deliveryId: deliveries.body.items[0].id,
    draftId: draft.body.id,
    conversationId: ticket.body.id,
    sessionId: '00000000-0000-4000-8000-000000000000',
    requestId: change.body.changeRequest.id,
    subscriptionId: hook.body.id,
    webhookDeliveryId: sent.body.id,
  };
}

const snapshot = () => takeSnapshot(t.pool);

async function deniedCount(): Promise<number> {
  const { rows } = await t.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'denied'`);
  return rows[0].n;
}

const fill = (url: string, ids: Ids) => url.replace(/:(\w+)/g, (_, name: keyof Ids) => ids[name]);

describe('[AUTHORIZATION] every route × every role × own and foreign publisher', async () => {
  const own = await makePublisher(t, { contact: true });
  const foreign = await makePublisher(t, { contact: true });
  const ownIds = await fixture(own);
  const foreignIds = await fixture(foreign);
  const people: Record<Role, string> = {
    'publisher-owner': own.ownerEmail,
    'publisher-admin': `admin-${own.id}@m.example`,
    'publisher-member': `member-${own.id}@m.example`,
    'rewards-team': t.teamEmail,
    'program-admin': t.adminEmail,
    'marketplace-feed': (
      await t.call('POST', '/api/v1/api-tokens', {
        as: t.adminEmail,
        body: { name: 'feed', scopes: ['offers:write', 'billed-sales:write'] },
      })
    ).body.token,
  };
  for (const role of ['publisher-admin', 'publisher-member'] as const) {
    await t.call('POST', `/api/v1/publishers/${own.id}/users`, {
      as: own.ownerEmail,
      body: { email: people[role], displayName: role, role },
    });
  }
  const routes = t.app.apiRoutes;

  it('fingerprints every business table, so a refused change cannot hide in a new one', async () => {
    assert.deepEqual(await unfingerprinted(t.pool), []);
  });

  it('has an entry for every route, and every entry is a route', () => {
    const live = routes.map((r) => `${r.method} ${r.url}`).sort();
    assert.deepEqual(
      live.filter((r) => !(r in MATRIX)),
      [],
      'routes missing from the matrix',
    );
    assert.deepEqual(
      Object.keys(MATRIX)
        .filter((k) => !live.includes(k))
        .sort(),
      [],
      'matrix entries with no route',
    );
  });

  it("GET /session tells each person their role's permissions: what the matrix allows them", async () => {
    for (const role of Object.keys(people) as Role[]) {
      if (role === 'marketplace-feed') continue;
      const session = await t.call('GET', '/api/v1/session', { as: people[role] });
      const expected = Object.entries(PERMISSIONS)
        .filter(([, roles]) => (roles as readonly Role[]).includes(role))
        .map(([permission]) => permission);
      assert.deepEqual(session.body.permissions, expected, role);
    }
  });

  let n = 0;
  for (const route of routes) {
    const key = `${route.method} ${route.url}`;
    const makeBody = MATRIX[key];
    const scoped = route.url.includes(':publisherId');

    it(`${key}: without identity → 401, nothing changes`, async () => {
      if (route.permission === 'public') return;
      const before = await snapshot();
      const answer = await t.call(route.method as 'GET', fill(route.url, ownIds), {
        body: makeBody?.(ownIds, ++n),
      });
      assert.equal(answer.status, 401, JSON.stringify(answer.body));
      assert.equal(answer.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(await snapshot(), before);
    });

    for (const role of Object.keys(people) as Role[]) {
      if (route.permission === 'public') continue;
      const allowed = (PERMISSIONS[route.permission] as readonly Role[]).includes(role);
      const publisherRole = role.startsWith('publisher-');

      if (scoped && publisherRole) {
        it(`${key}: [${role}] on another publisher → ${allowed ? 404 : 403}, nothing changes`, async () => {
          const before = await snapshot();
          const deniedBefore = await deniedCount();
          const answer = await t.call(route.method as 'GET', fill(route.url, foreignIds), {
            as: people[role],
            body: makeBody?.(foreignIds, ++n),
          });
          assert.equal(answer.status, allowed ? 404 : 403, JSON.stringify(answer.body));
          assert.equal(await snapshot(), before);
          assert.equal(await deniedCount(), deniedBefore + 1, 'the denial is in the audit trail');
        });
      }
      if (scoped && !publisherRole && allowed) {
        // Staff and API tokens see every publisher: one that does not exist is looked up and not found.
        it(`${key}: [${role}] on a publisher that does not exist → 404, nothing changes`, async () => {
          const before = await snapshot();
          const missing = { ...ownIds, publisherId: randomUUID() };
          const answer = await t.call(route.method as 'GET', fill(route.url, missing), {
            as: people[role],
            body: makeBody?.(missing, ++n),
          });
          assert.equal(answer.status, 404, JSON.stringify(answer.body));
          assert.equal(answer.body.type, '/problems/not-found');
          assert.equal(await snapshot(), before);
        });
      }
      it(`${key}: [${role}] ${scoped ? 'on its own publisher' : ''} → ${allowed ? 'allowed' : 403}`, async () => {
        const before = await snapshot();
        const ids = ownIds;
        const deniedBefore = await deniedCount();
        const answer = await t.call(route.method as 'GET', fill(route.url, ids), {
          as: people[role],
          body: makeBody?.(ids, ++n),
        });
        if (key === 'DELETE /api/v1/session') t.forget(people[role]);
        if (allowed) {
          assert.ok(![401, 403].includes(answer.status), `${answer.status} ${JSON.stringify(answer.body)}`);
          if (route.method === 'GET') assert.equal(answer.status, 200, JSON.stringify(answer.body));
        } else {
          assert.equal(answer.status, 403, JSON.stringify(answer.body));
          assert.equal(await snapshot(), before);
          assert.equal(await deniedCount(), deniedBefore + 1, 'the denial is in the audit trail');
        }
      });
    }
  }

  it('shows a publisher user only its own publisher in lists', async () => {
    const list = await t.call('GET', '/api/v1/publishers', { as: own.ownerEmail });
    assert.deepEqual(
      list.body.items.map((p: any) => p.id),
      [own.id],
    );
  });
});
