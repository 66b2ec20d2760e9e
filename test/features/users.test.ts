// A publisher's users (src/features/users): who may make or remove an owner, and a publisher never left without one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rawRequest, testApp, TEST_PASSWORD } from '../support/app.ts';
import { addUser, makePublisher } from '../support/factories.ts';

const t = await testApp();

describe('users', () => {
  it('[PUBLISHER] only an owner or a program admin makes or removes an owner; an admin manages members', async () => {
    const p = await makePublisher(t);
    const base = `/api/v1/publishers/${p.id}`;
    const admin = await addUser(t, p, {
      email: `padm-${p.id.slice(0, 6)}@x.example`,
      displayName: 'Pub Admin',
      role: 'publisher-admin',
    });
    const makeOwner = await t.call('POST', `${base}/users`, {
      as: admin.email,
      body: { email: `evil-${p.id.slice(0, 6)}@x.example`, displayName: 'Evil', role: 'publisher-owner' },
    });
    assert.equal(makeOwner.status, 403);
    const removeOwner = await t.call('POST', `${base}/users/${p.ownerId}/deactivate`, {
      as: admin.email,
    });
    assert.equal(removeOwner.status, 403);
    const member = await t.call('POST', `${base}/users`, {
      as: admin.email,
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

  it('[PUBLISHER] cannot deactivate its last active owner', async () => {
    const p = await makePublisher(t);
    const last = await t.call('POST', `/api/v1/publishers/${p.id}/users/${p.ownerId}/deactivate`, {
      as: p.ownerEmail,
    });
    assert.deepEqual([last.status, last.body.type], [409, '/problems/user-inactive']);
  });

  it('[PUBLISHER] cannot learn whether an address has an account elsewhere: it is answered as a new one, and its owner told', async () => {
    const elsewhere = await makePublisher(t);
    const p = await makePublisher(t);
    const raw = rawRequest(t);
    const { cookie, csrf } = await t.signIn(p.ownerEmail);
    const add = (email: string) =>
      raw('POST', `/api/v1/publishers/${p.id}/users`, cookie, csrf, {
        email,
        displayName: 'Someone',
        role: 'publisher-member',
      });
    const fresh = await add(`fresh-${p.id.slice(0, 6)}@x.example`);
    const taken = await add(elsewhere.ownerEmail.toUpperCase());
    assert.equal(taken.status, fresh.status, JSON.stringify(taken.body));
    assert.equal(taken.status, 201);
    const shape = (b: any) => ({
      ...b,
      id: 0,
      email: 0,
      createdAt: 0,
      invitation: Object.keys(b.invitation),
    });
    assert.deepEqual(shape(taken.body), shape(fresh.body));
    const listed = await t.call('GET', `/api/v1/publishers/${p.id}/users`, { as: p.ownerEmail });
    const statuses = listed.body.items.map((u: any) => [u.email.toLowerCase(), u.status]);
    assert.ok(statuses.some(([e, s]: string[]) => e === elsewhere.ownerEmail && s === 'pending'));

    // The address's owner is told someone tried to add it, with no link; their own account is as it was.
    const { rows } = await t.pool.query(
      `SELECT kind, payload FROM notifications
       WHERE lower(recipient_email) = lower($1) AND kind LIKE 'invitation%' AND about_publisher_id = $2`,
      [elsewhere.ownerEmail, p.id],
    );
    assert.deepEqual(
      rows.map((r) => r.kind),
      ['invitation-existing-account'],
    );
    assert.equal(rows[0].payload.url, undefined);
    const accept = await raw('POST', '/api/v1/invitations/accept', undefined, undefined, {
      token: taken.body.invitation.token,
      password: 'a whole new passphrase here',
    });
    assert.equal(accept.status, 409, JSON.stringify(accept.body));
    assert.equal((await t.signIn(elsewhere.ownerEmail, TEST_PASSWORD)).status, 201);
    const own = await t.call('GET', `/api/v1/publishers/${elsewhere.id}/users`, { as: elsewhere.ownerEmail });
    assert.equal(own.body.items[0].status, 'active');
  });

  it('[PUBLISHER] adding an address that is one of its own users already is told so', async () => {
    const p = await makePublisher(t);
    const again = await t.call('POST', `/api/v1/publishers/${p.id}/users`, {
      as: p.ownerEmail,
      body: { email: p.ownerEmail, displayName: 'Me again', role: 'publisher-member' },
    });
    assert.deepEqual([again.status, again.body.type], [409, '/problems/email-taken']);
  });
});
