// The program's own people (src/features/staff): invited by mail, pending until they accept, deactivated at once,
// and never the last program admin.
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

  it('[PROGRAM ADMIN] invites a rewards team member by email, who is pending until they accept', async () => {
    const s = await t.signIn(t.adminEmail);
    const body = {
      email: 'new.team@rewards.example',
      displayName: 'Noa Team',
      role: 'rewards-team',
      language: 'de',
    };
    const invited = await raw('POST', '/api/v1/staff', s.cookie, s.csrf, body);
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    assert.deepEqual([invited.body.status, invited.body.pendingInvitation.state], ['pending', 'open']);
    const mail = await t.pool.query(
      `SELECT language, subject, body_text FROM notifications WHERE kind = 'invitation' AND recipient_email = $1`,
      [body.email],
    );
    assert.equal(mail.rows.length, 1, 'the invitation is mailed');
    assert.equal(mail.rows[0].language, 'de');
    assert.match(mail.rows[0].body_text, /Marketplace Rewards-Team/);
    const again = await raw('POST', '/api/v1/staff', s.cookie, s.csrf, body);
    assert.deepEqual([again.status, again.body.type], [409, '/problems/email-taken']);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: invited.body.invitation.token, password: 'quiet harbor lamp violet' },
      remoteAddress: '10.8.0.1',
    });
    assert.equal(accepted.statusCode, 201);
    const listed = (await raw('GET', '/api/v1/staff', s.cookie)).body.items.find(
      (u: any) => u.email === body.email,
    );
    assert.equal(listed.status, 'active');
    await ok(t.call('POST', `/api/v1/staff/${listed.id}/deactivate`, { as: t.adminEmail }), 200);
    const gone = (await raw('GET', '/api/v1/staff', s.cookie)).body.items.find(
      (u: any) => u.email === body.email,
    );
    assert.equal(gone.status, 'deactivated');
  });

  it('[PROGRAM ADMIN] resends and withdraws a staff invitation', async () => {
    const s = await t.signIn(t.adminEmail);
    const body = { email: 'second.admin@rewards.example', displayName: 'Ada Admin', role: 'program-admin' };
    const invited = await raw('POST', '/api/v1/staff', s.cookie, s.csrf, body);
    const id = invited.body.id;
    const resent = await raw('POST', `/api/v1/staff/${id}/invitation`, s.cookie, s.csrf, { language: 'fr' });
    assert.equal(resent.status, 201, JSON.stringify(resent.body));
    assert.equal(resent.body.pendingInvitation.language, 'fr');
    const revoked = await raw('DELETE', `/api/v1/staff/${id}/invitation`, s.cookie, s.csrf);
    assert.deepEqual([revoked.status, revoked.body.pendingInvitation.state], [200, 'revoked']);
    const used = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: resent.body.invitation.token, password: 'quiet harbor lamp violet' },
      remoteAddress: '10.8.0.2',
    });
    assert.equal(used.statusCode, 410);
  });

  it('[REWARDS TEAM] cannot invite staff', async () => {
    const denied = await t.call('POST', '/api/v1/staff', {
      as: t.teamEmail,
      body: { email: 'sneaky@rewards.example', displayName: 'Sneaky', role: 'program-admin' },
    });
    assert.equal(denied.status, 403);
  });
});
