// Invitations (src/features/invitations): pending until accepted, mailed in the language the inviter chose, resent
// (the old link stops working) or withdrawn, expiring; accepting sets a password and signs the person in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rawRequest } from '../support/app.ts';
import { deliveryHarness } from '../support/delivery.ts';
import { addUser, makePublisher } from '../support/factories.ts';

const { t, smtp, deliverAll, CJK } = await deliveryHarness('2026-12-01T09:00:00Z');
const raw = rawRequest(t);
const p = await makePublisher(t);
const users = `/api/v1/publishers/${p.id}/users`;
let address = 0;

/** A request without a session, each from its own address (the invitation routes allow 20 a minute per address). */
async function anonymous(url: string, body: unknown) {
  const response = await t.app.inject({
    method: 'POST',
    url,
    payload: body as object,
    remoteAddress: `10.9.0.${++address}`,
  });
  return {
    status: response.statusCode,
    body: JSON.parse(response.body),
    cookie: /__Host-session=([^;]+)/.exec(String(response.headers['set-cookie']))?.[1],
  };
}

/** Invites a person as the owner, without accepting (t.call would accept the link it answers). */
async function invite(email: string, language?: string) {
  const s = await t.signIn(p.ownerEmail);
  const body = { email, displayName: 'Mei Lin', role: 'publisher-member', ...(language ? { language } : {}) };
  const added = await raw('POST', users, s.cookie, s.csrf, body);
  assert.equal(added.status, 201, JSON.stringify(added.body));
  return { id: added.body.id as string, token: added.body.invitation.token as string, s };
}

const tokenOf = (url: string) => /#token=(inv_[\w-]+)/.exec(url)![1]!;
const listed = async (id: string) =>
  (await t.call('GET', users, { as: p.ownerEmail })).body.items.find((u: any) => u.id === id);
const lastMail = async (email: string) =>
  (
    await t.pool.query(
      `SELECT body_text, language FROM notifications WHERE kind = 'invitation' AND recipient_email = $1
       ORDER BY created_at DESC, id DESC LIMIT 1`,
      [email],
    )
  ).rows[0];

describe('invitations', () => {
  it('[PUBLISHER] an invited person is pending, mailed in their language, and active once they accept', async () => {
    const email = `mei-${p.id.slice(0, 6)}@x.example`;
    const { id } = await invite(email, 'zh-TW');
    const pending = await listed(id);
    assert.deepEqual(
      [pending.status, pending.active, pending.pendingInvitation.state],
      ['pending', true, 'open'],
    );
    await deliverAll();
    const mail = smtp.received.find((m) => m.to.includes(email));
    assert.ok(mail, 'the invitation reached the SMTP server');
    assert.equal(mail.language, 'zh-TW');
    assert.match(mail.subject, CJK);
    const outbox = await lastMail(email);
    const theirs = await t.call('GET', `/api/v1/publishers/${p.id}/notifications`, { as: p.ownerEmail });
    assert.ok(
      theirs.body.items.every((n: any) => n.kind !== 'invitation'),
      "a link that signs in as the invitee is not in the publisher's outbox, which all its users read",
    );
    assert.match(outbox.body_text, /http:\/\/rewards\.test\/accept-invitation#token=inv_/);
    const token = tokenOf(outbox.body_text);
    const lookup = await anonymous('/api/v1/invitations/lookup', { token });
    assert.equal(lookup.status, 200);
    assert.equal(lookup.body.state, 'open');
    assert.equal(lookup.body.invitation.email, email);
    assert.equal(lookup.body.invitation.language, 'zh-TW');
    assert.match(lookup.body.invitation.publisherName, /^Publisher /);
    assert.ok(lookup.body.invitation.invitedByName);
    const weak = await anonymous('/api/v1/invitations/accept', { token, password: 'password12345678' });
    assert.deepEqual(
      [weak.status, weak.body.errors[0].pointer, weak.body.errors[0].code],
      [422, '/body/password', 'password-common'],
    );
    const accepted = await anonymous('/api/v1/invitations/accept', {
      token,
      password: 'quiet harbor lamp violet',
      displayName: 'Mei-Lin Chen',
    });
    assert.equal(accepted.status, 201);
    const session = await raw('GET', '/api/v1/session', accepted.cookie);
    assert.deepEqual([session.status, session.body.user.displayName], [200, 'Mei-Lin Chen']);
    const active = await listed(id);
    assert.deepEqual([active.status, active.pendingInvitation], ['active', null]);
    const again = await anonymous('/api/v1/invitations/accept', {
      token,
      password: 'another long passphrase',
    });
    assert.deepEqual([again.status, again.body.state], [410, 'accepted']);
  });

  it('[PUBLISHER] a resend mails a new link in the same language; the old one says it was replaced', async () => {
    const email = `resend-${p.id.slice(0, 6)}@x.example`;
    const { id, token: first, s } = await invite(email, 'ja');
    const resent = await raw('POST', `${users}/${id}/invitation`, s.cookie, s.csrf, {});
    assert.equal(resent.status, 201, JSON.stringify(resent.body));
    const second = resent.body.invitation.token as string;
    assert.notEqual(second, first);
    const mails = await t.pool.query(
      `SELECT body_text, language FROM notifications WHERE kind = 'invitation' AND recipient_email = $1`,
      [email],
    );
    assert.equal(mails.rows.length, 2, 'mailed twice');
    assert.ok(mails.rows.every((m) => m.language === 'ja'));
    assert.ok(mails.rows.some((m) => tokenOf(m.body_text) === second));
    assert.equal((await anonymous('/api/v1/invitations/lookup', { token: first })).body.state, 'replaced');
    const old = await anonymous('/api/v1/invitations/accept', {
      token: first,
      password: 'quiet harbor lamp violet',
    });
    assert.deepEqual(
      [old.status, old.body.type, old.body.state],
      [410, '/problems/invitation-invalid', 'replaced'],
    );
    const ok = await anonymous('/api/v1/invitations/accept', {
      token: second,
      password: 'quiet harbor lamp violet',
    });
    assert.equal(ok.status, 201);
    const late = await raw('POST', `${users}/${id}/invitation`, s.cookie, s.csrf, {});
    assert.deepEqual([late.status, late.body.type], [409, '/problems/user-not-pending']);
  });

  it('[PUBLISHER] a withdrawn invitation stops working; the person stays pending until sent a new one', async () => {
    const email = `revoke-${p.id.slice(0, 6)}@x.example`;
    const { id, token, s } = await invite(email);
    const revoked = await raw('DELETE', `${users}/${id}/invitation`, s.cookie, s.csrf);
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    assert.deepEqual([revoked.body.status, revoked.body.pendingInvitation.state], ['pending', 'revoked']);
    const used = await anonymous('/api/v1/invitations/accept', {
      token,
      password: 'quiet harbor lamp violet',
    });
    assert.deepEqual([used.status, used.body.state], [410, 'revoked']);
    assert.match(used.body.detail, /withdrawn/);
    const member = await addUser(t, p, {
      email: `m-${p.id.slice(0, 6)}@x.example`,
      displayName: 'M',
      role: 'publisher-member',
    });
    const denied = await t.call('DELETE', `${users}/${id}/invitation`, { as: member.email });
    assert.equal(denied.status, 403, 'a member cannot withdraw invitations');
  });

  it('[MEMBER] an unknown link is explained, not found out', async () => {
    const unknown = await anonymous('/api/v1/invitations/lookup', { token: 'inv_not-a-real-token' });
    assert.deepEqual(unknown.body, { state: 'unknown', invitation: null });
    const page = await t.app.inject({ method: 'GET', url: '/accept-invitation' });
    assert.notEqual(page.statusCode, 404, 'old links open the portal');
  });

  it('[SYSTEM] the sign-in page learns that single sign-on is not configured here', async () => {
    const methods = await raw('GET', '/api/v1/auth/methods');
    assert.deepEqual([methods.status, methods.body], [200, { password: true, sso: false }]);
  });

  it('[MEMBER] an invitation expires after seven days', async () => {
    const { token } = await invite(`late-${p.id.slice(0, 6)}@x.example`);
    t.clock.advanceDays(8);
    assert.equal((await anonymous('/api/v1/invitations/lookup', { token })).body.state, 'expired');
    const late = await anonymous('/api/v1/invitations/accept', {
      token,
      password: 'quiet harbor lamp violet',
    });
    assert.deepEqual([late.status, late.body.state], [410, 'expired']);
    assert.match(late.body.detail, /expired/);
  });
});
