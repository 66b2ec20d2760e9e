// Marketing contacts (src/features/contacts): another email than the account's (S7), active users only, at most
// three, changed, and never the last one while rewards are open (L7).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
import { addUser, makePublisher, type MadePublisher } from '../support/factories.ts';

const t = await testApp();

/** The publisher's owner adds one user per role; their ids, in that order. */
async function users(p: MadePublisher, roles: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const role of roles) {
    const u = await addUser(t, p, {
      email: `${role}-${ids.length}-${p.id.slice(0, 6)}@x.example`,
      displayName: role,
      role,
    });
    ids.push(u.id);
  }
  return ids;
}
/** A marketing contact's body: the user and a made-up email of theirs. */
const body = (userId: string, i: number) => ({
  userId,
  email: `person${i}@x.example`,
  phone: '+442079460958',
  language: 'en',
});
const contacts = (p: MadePublisher) => `/api/v1/publishers/${p.id}/marketing-contacts`;

describe('marketing contacts', () => {
  it("[PUBLISHER] cannot make the account's own email a marketing contact, however it is written (S7)", async () => {
    const p = await makePublisher(t, { salesUsd: 30_000 });
    const same = await t.call('POST', contacts(p), {
      as: p.ownerEmail,
      body: {
        userId: p.ownerId,
        email: ` ${p.accountEmail.toUpperCase()}`,
        phone: '+1 425 555 0100',
        language: 'en',
      },
    });
    assert.equal(same.status, 422);
    assert.deepEqual(
      same.body.errors.map((e: any) => e.pointer),
      ['/body/email'],
    );
  });

  it('[PUBLISHER] makes only an active user a marketing contact, each user once (L7)', async () => {
    const p = await makePublisher(t, { contact: true });
    const ids = await users(p, ['publisher-admin', 'publisher-member', 'publisher-member']);
    assert.equal(
      (await t.call('POST', contacts(p), { as: p.ownerEmail, body: body(ids[0]!, 1) })).status,
      201,
    );
    assert.equal(
      (await t.call('POST', contacts(p), { as: p.ownerEmail, body: body(p.ownerId, 9) })).body.type,
      '/problems/marketing-contact-exists',
    );
    await t.call('POST', `/api/v1/publishers/${p.id}/users/${ids[2]}/deactivate`, { as: p.ownerEmail });
    assert.equal(
      (await t.call('POST', contacts(p), { as: p.ownerEmail, body: body(ids[2]!, 3) })).body.type,
      '/problems/user-inactive',
    );
  });

  it('[PUBLISHER] has at most three marketing contacts (L7)', async () => {
    const p = await makePublisher(t, { contact: true });
    const ids = await users(p, ['publisher-admin', 'publisher-member', 'publisher-member']);
    for (const [i, id] of ids.slice(0, 2).entries())
      assert.equal((await t.call('POST', contacts(p), { as: p.ownerEmail, body: body(id, i) })).status, 201);
    const fourth = await t.call('POST', contacts(p), { as: p.ownerEmail, body: body(ids[2]!, 4) });
    assert.deepEqual([fourth.status, fourth.body.type], [409, '/problems/marketing-contact-limit']);
    const listed = (await t.call('GET', contacts(p), { as: p.ownerEmail })).body.items;
    assert.equal(listed.length, 3);
  });

  it('[PUBLISHER] changes who a marketing contact is, and in which language (S7)', async () => {
    const p = await makePublisher(t, { contact: true });
    const [first, next] = await users(p, ['publisher-admin', 'publisher-member']);
    const made = await t.call('POST', contacts(p), { as: p.ownerEmail, body: body(first!, 1) });
    const changed = await t.call('PUT', `${contacts(p)}/${made.body.id}`, {
      as: p.ownerEmail,
      body: { ...body(next!, 5), language: 'ja' },
    });
    assert.deepEqual([changed.status, changed.body.user.id, changed.body.language], [200, next, 'ja']);
  });

  it('[PUBLISHER] cannot remove its last marketing contact while rewards are open (L7)', async () => {
    const p = await makePublisher(t, { contact: true });
    const ids = await users(p, ['publisher-admin', 'publisher-member']);
    for (const [i, id] of ids.entries())
      assert.equal((await t.call('POST', contacts(p), { as: p.ownerEmail, body: body(id, i) })).status, 201);
    const listed = (await t.call('GET', contacts(p), { as: p.ownerEmail })).body.items;
    const byUser = (id: string) => listed.find((c: any) => c.user.id === id);
    await t.call('POST', `/api/v1/publishers/${p.id}/activations`, {
      as: p.ownerEmail,
      body: { benefitId: 'market-research' },
    });
    for (const id of ids)
      assert.equal(
        (await t.call('DELETE', `${contacts(p)}/${byUser(id).id}`, { as: p.ownerEmail })).status,
        204,
      );
    const last = await t.call('DELETE', `${contacts(p)}/${byUser(p.ownerId).id}`, { as: p.ownerEmail });
    assert.equal(last.body.type, '/problems/last-marketing-contact');
  });
});
