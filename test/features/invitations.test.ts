// Invitations (src/features/invitations): the link a new user gets, the page it opens, setting a password once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';
import { makePublisher } from '../support/factories.ts';

const t = await testApp();
const p = await makePublisher(t);

describe('invitations', () => {
  it('[MEMBER] sets a password from the invitation once, refusing weak ones', async () => {
    const s = await t.signIn(p.ownerEmail);
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/v1/publishers/${p.id}/users`,
      headers: { cookie: `__Host-session=${s.cookie}`, 'x-csrf-token': s.csrf },
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

  it('[MEMBER] opens the invitation page, which sends no referrer', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/accept-invitation' });
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['referrer-policy'], 'no-referrer');
    assert.match(page.body, /Set your password/);
  });
});
