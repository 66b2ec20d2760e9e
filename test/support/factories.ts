// Test data made the way people make it: through the API, as the program admin and the publisher's owner.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TestContext } from './app.ts';

let counter = 0;

export interface MadePublisher {
  id: string;
  ownerEmail: string;
  accountEmail: string;
  ownerId: string;
  offerIds: string[];
}

/**
 * A publisher made through the API as the program admin: its owner, offers put live (added by the program admin,
 * so their listing, co-sell readiness and markets are confirmed), and billed sales.
 * Every call must succeed; a factory that fails throws with the answer.
 */
export async function makePublisher(
  t: TestContext,
  options: {
    offers?: {
      listingOption: string;
      private?: boolean;
      coSellReady?: boolean;
      markets?: string[];
      live?: boolean;
    }[];
    salesUsd?: number;
    contact?: boolean;
  } = {},
): Promise<MadePublisher> {
  const n = `${Date.now() % 1e6}${++counter}${randomBytes(2).readUInt16BE()}`;
  const ownerEmail = `owner-${n}@pub${n}.example`;
  const accountEmail = `account@pub${n}.example`;
  const created = await ok(
    t.call('POST', '/api/v1/publishers', {
      as: t.adminEmail,
      body: {
        mpnId: n.slice(0, 12),
        companyName: `Publisher ${n}`,
        accountEmail,
        owner: { email: ownerEmail, displayName: `Owner ${n}` },
      },
    }),
    201,
  );
  const id: string = created.id;
  const users = await ok(t.call('GET', `/api/v1/publishers/${id}/users`, { as: ownerEmail }), 200);
  const ownerId: string = users.items[0].id;
  const offerIds: string[] = [];
  for (const offer of options.offers ?? [{ listingOption: 'transact', markets: ['US'] }]) {
    const { live = true, ...fields } = offer;
    const made = await ok(
      t.call('POST', `/api/v1/publishers/${id}/offers`, {
        as: t.adminEmail,
        body: {
          name: `Offer ${offerIds.length + 1}`,
          marketplace: 'azure-marketplace',
          ownerUserId: ownerId,
          ...fields,
        },
      }),
      201,
    );
    offerIds.push(made.id);
    if (live)
      await ok(
        t.call('POST', `/api/v1/publishers/${id}/offers/${made.id}/status`, {
          as: t.adminEmail,
          body: { status: 'live' },
        }),
        200,
      );
  }
  if (options.salesUsd) {
    await ok(
      t.call('POST', `/api/v1/publishers/${id}/billed-sales`, {
        as: t.adminEmail,
        body: { amountUsdCents: options.salesUsd * 100, billedOn: t.clock.now().toISOString().slice(0, 10) },
      }),
      201,
    );
  }
  if (options.contact) {
    await addContact(t, { id, ownerEmail }, { userId: ownerId, email: `marketing.person@pub${n}.example` });
  }
  return { id, ownerEmail, accountEmail, ownerId, offerIds };
}

type Owned = Pick<MadePublisher, 'id' | 'ownerEmail'>;

/** A user the publisher's owner adds: a publisher admin unless `role` says otherwise. */
export function addUser(
  t: TestContext,
  pub: Owned,
  user: { email: string; displayName: string; role?: string },
): Promise<any> {
  return ok(
    t.call('POST', `/api/v1/publishers/${pub.id}/users`, {
      as: pub.ownerEmail,
      body: { role: 'publisher-admin', ...user },
    }),
    201,
  );
}

/** A marketing contact the publisher's owner sets: English and a US phone number unless said otherwise. */
export function addContact(
  t: TestContext,
  pub: Owned,
  contact: { userId: string; email: string; language?: string; phone?: string },
): Promise<any> {
  return ok(
    t.call('POST', `/api/v1/publishers/${pub.id}/marketing-contacts`, {
      as: pub.ownerEmail,
      body: { phone: '+14255550100', language: 'en', ...contact },
    }),
    201,
  );
}

/**
 * A publisher whose only marketing contact (its owner's, as `makePublisher` sets it) has no active user any more:
 * a second owner is added, who deactivates the first. The second owner's email is returned with the publisher.
 */
export async function makePublisherWhoseContactLeft(
  t: TestContext,
): Promise<MadePublisher & { secondOwnerEmail: string }> {
  const p = await makePublisher(t, { contact: true });
  const second = await addUser(t, p, {
    email: `second-${p.id.slice(0, 6)}@x.example`,
    displayName: 'Second owner',
    role: 'publisher-owner',
  });
  await ok(
    t.call('POST', `/api/v1/publishers/${p.id}/users/${p.ownerId}/deactivate`, { as: second.email }),
    200,
  );
  return { ...p, secondOwnerEmail: second.email };
}

/** The body of an answer whose status is `status`; the assertion shows the body when it is not. */
export async function ok(answer: Promise<{ status: number; body: any }>, status = 200): Promise<any> {
  const { status: got, body } = await answer;
  assert.equal(got, status, JSON.stringify(body));
  return body;
}

/**
 * `as` asks for technical help on the publisher's first offer, at the design stage of a cloud solution, with
 * `more` fields (a language, say); the answer is the request (201).
 */
export async function requestTechnicalHelp(
  t: TestContext,
  pub: { id: string; offerIds: string[] },
  as: string,
  description: string,
  more: Record<string, unknown> = {},
): Promise<any> {
  const body = { offerId: pub.offerIds[0], stage: 'design', solution: 'cloud', description, ...more };
  return ok(t.call('POST', `/api/v1/publishers/${pub.id}/technical-requests`, { as, body }), 201);
}

/** The publisher's owner activates a sponsorship (S10); the answer is its grant, as the owner reads it. */
export async function activateSponsorship(
  t: TestContext,
  pub: Owned,
  benefitId = 'deployment-sponsorship',
): Promise<any> {
  const base = `/api/v1/publishers/${pub.id}`;
  const activation = await ok(
    t.call('POST', `${base}/activations`, { as: pub.ownerEmail, body: { benefitId } }),
    201,
  );
  const grants = await ok(t.call('GET', `${base}/sponsorships`, { as: pub.ownerEmail }));
  return grants.items.find((g: any) => g.activationId === activation.id);
}

/**
 * Each GET `url` as `as` is refused with a 422 problem naming exactly its `pointer` (a query or path value the
 * schema refuses): the cases are [url, pointer] pairs.
 */
export async function assertEachRefused(
  t: TestContext,
  as: string,
  cases: [string, string][],
): Promise<void> {
  for (const [url, pointer] of cases) {
    const answer = await t.call('GET', url, { as });
    assert.equal(answer.status, 422, `${url}: ${JSON.stringify(answer.body)}`);
    assert.match(String(answer.headers['content-type']), /^application\/problem\+json/, url);
    assert.deepEqual(
      answer.body.errors.map((e: { pointer: string }) => e.pointer),
      [pointer],
      url,
    );
  }
}
