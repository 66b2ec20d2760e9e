// Publishers (src/features/publishers): registered by the program admin, by MPN ID, once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../support/app.ts';

const t = await testApp();

describe('publishers', () => {
  it('[PROGRAM ADMIN] registers a publisher by MPN ID, once (S1)', async () => {
    const body = {
      mpnId: '123456789',
      companyName: 'Litware',
      accountEmail: 'ops@litware.example',
      owner: { email: 'owner@litware.example', displayName: 'Lee' },
    };
    const first = await t.call('POST', '/api/v1/publishers', { as: t.adminEmail, body });
    assert.equal(first.status, 201);
    assert.equal(first.body.mpnId, '123456789');
    const again = await t.call('POST', '/api/v1/publishers', {
      as: t.adminEmail,
      body: { ...body, owner: { email: 'other@litware.example', displayName: 'X' } },
    });
    assert.equal(again.status, 409);
    assert.equal(again.body.type, '/problems/mpn-id-taken');
    const letters = await t.call('POST', '/api/v1/publishers', {
      as: t.adminEmail,
      body: { ...body, mpnId: '12a' },
    });
    assert.equal(letters.status, 422);
    assert.equal(letters.body.errors[0].pointer, '/body/mpnId');
  });
});
