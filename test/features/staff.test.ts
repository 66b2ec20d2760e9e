// The program's own people (src/features/staff): deactivated at once, and never the last program admin.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rawRequest, testApp } from '../support/app.ts';
import { ok } from '../support/factories.ts';

const t = await testApp();
const raw = rawRequest(t);

/** The id of a staff member, as the program admin's list of staff shows it. */
async function staffId(email: string): Promise<string> {
  const s = await t.signIn(t.adminEmail);
  const list = await raw('GET', '/api/v1/staff', s.cookie);
  assert.equal(list.status, 200);
  return list.body.items.find((u: any) => u.email === email).id;
}

describe('staff', () => {
  it('[PROGRAM ADMIN] deactivates a team member, whose sessions end at once', async () => {
    const teamId = await staffId(t.teamEmail);
    const team = await t.signIn(t.teamEmail);
    try {
      await ok(t.call('POST', `/api/v1/staff/${teamId}/deactivate`, { as: t.adminEmail }), 200);
      assert.equal((await raw('GET', '/api/v1/session', team.cookie)).status, 401);
    } finally {
      await t.pool.query('UPDATE users SET active = true WHERE id = $1', [teamId]);
    }
  });

  it('[PROGRAM ADMIN] cannot deactivate the last program admin', async () => {
    const adminId = await staffId(t.adminEmail);
    const last = await t.call('POST', `/api/v1/staff/${adminId}/deactivate`, { as: t.adminEmail });
    assert.deepEqual(
      [last.status, last.body.type],
      [409, '/problems/last-program-admin'],
      'the last program admin stays',
    );
  });
});
