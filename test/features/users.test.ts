// A publisher's users (src/features/users): who may make or remove an owner, and a publisher never left without one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
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
});
