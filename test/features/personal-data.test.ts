// People's rights over their data (src/features/personal-data): a person's data as JSON, for them or a program
// admin; a person or a marketing contact erased in place, and exactly what remains of them; the retention job.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generate } from 'otplib';
import { CRONTAB } from '../../src/worker.ts';
import { testApp, TEST_PASSWORD } from '../support/app.ts';
import { jobsWithoutMail } from '../support/delivery.ts';
import { addContact, addUser, makePublisher, ok } from '../support/factories.ts';

const t = await testApp('2026-03-02T10:00:00Z');

/**
 * Dana, a publisher admin with a history: two-step sign-in on, a marketing contact record of her own address and
 * phone, an activation, a support ticket with the team's answer and her reply, a contact logged, a failed sign-in.
 */
async function dana() {
  const p = await makePublisher(t);
  const base = `/api/v1/publishers/${p.id}`;
  const email = `dana-${p.id.slice(0, 8)}@pub.example`;
  const user = await addUser(t, p, { email, displayName: 'Dana Whitfield' });
  const contactEmail = `dana.marketing-${p.id.slice(0, 8)}@pub.example`;
  await addContact(t, p, { userId: user.id, email: contactEmail, phone: '+14255550199' });
  const started = await ok(t.call('POST', '/api/v1/account/mfa/enrolment', { as: email }), 201);
  const code = await generate({ secret: started.secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
  await ok(t.call('POST', '/api/v1/account/mfa/confirmation', { as: email, body: { code } }), 201);
  const activation = await ok(
    t.call('POST', `${base}/activations`, { as: email, body: { benefitId: 'market-research' } }),
    201,
  );
  const tasks = await ok(
    t.call('GET', `/api/v1/tasks?publisherId=${p.id}&kind=activation`, { as: t.teamEmail }),
  );
  await ok(
    t.call('POST', `/api/v1/tasks/${tasks.items[0].id}/contacts`, {
      as: t.teamEmail,
      body: { channel: 'phone', note: 'Called Dana about the research.' },
    }),
    201,
  );
  const ticket = await ok(
    t.call('POST', `${base}/support-tickets`, {
      as: email,
      body: { subject: 'Welcome never came', description: 'Nobody wrote to Dana about our offer.' },
    }),
    201,
  );
  const thread = `${base}/conversations/${ticket.id}`;
  await ok(
    t.call('POST', `${thread}/replies`, { as: t.teamEmail, body: { body: 'Sorry, Dana: on it.' } }),
    201,
  );
  await ok(
    t.call('POST', `${thread}/replies`, { as: email, body: { body: 'Thanks, my number is above.' } }),
    201,
  );
  assert.equal((await t.signIn(email, 'not my password at all')).status, 401);
  return { p, user, email, contactEmail, activationId: activation.id, ticketId: ticket.id, thread };
}

/** Rows of `sql` for the person, as a test reads the database directly. */
const rows = async (sql: string, params: unknown[]) => (await t.pool.query(sql, params)).rows;

describe('personal data: export', () => {
  it('[PUBLISHER] downloads everything kept about them as JSON, and the download is audited', async () => {
    const d = await dana();
    const answer = await t.call('GET', '/api/v1/account/data', { as: d.email });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.match(String(answer.headers['content-disposition']), /^attachment; filename="personal-data-/);
    const data = answer.body;
    assert.deepEqual(
      [data.person.id, data.person.email, data.person.displayName, data.person.status],
      [d.user.id, d.email, 'Dana Whitfield', 'active'],
    );
    assert.equal(data.person.twoStepSignIn, true);
    assert.deepEqual(
      data.marketingContacts.map((c: any) => [c.email, c.phone]),
      [[d.contactEmail, '+14255550199']],
    );
    assert.ok(data.sessions.length >= 1 && data.sessions.every((s: any) => s.ip));
    assert.deepEqual(
      data.activations.map((a: any) => a.benefitId),
      ['market-research'],
    );
    assert.deepEqual(
      data.conversationsOpened.map((c: any) => [c.kind, c.text]),
      [['support-ticket', 'Nobody wrote to Dana about our offer.']],
    );
    assert.deepEqual(
      data.messagesWritten.map((m: any) => m.body),
      ['Thanks, my number is above.'],
    );
    const kinds = new Set(data.mail.map((m: any) => m.kind));
    assert.ok(kinds.has('invitation') && kinds.has('contact-logged') && kinds.has('conversation-reply'));
    assert.ok(
      data.auditTrail.some((a: any) => a.action === 'POST /api/v1/publishers/:publisherId/activations'),
    );
    const audited = await rows(
      `SELECT actor_id, object_id FROM audit_log WHERE action = 'personal-data-export' ORDER BY id DESC LIMIT 1`,
      [],
    );
    assert.deepEqual(audited, [{ actor_id: d.user.id, object_id: d.user.id }]);
  });

  it('[PROGRAM ADMIN] finds a person or a contact by a part of an address and downloads their data', async () => {
    const d = await dana();
    const found = await ok(
      t.call('GET', `/api/v1/people?q=${encodeURIComponent(d.p.id.slice(0, 8))}`, { as: t.adminEmail }),
    );
    // Her login and her marketing contact record (the owner's address holds no part of the publisher's id).
    assert.deepEqual(found.items.map((i: any) => [i.kind, i.email, i.userId, i.status]).sort(), [
      ['contact', d.contactEmail, d.user.id, 'active'],
      ['user', d.email, d.user.id, 'active'],
    ]);
    const data = await ok(t.call('GET', `/api/v1/people/${d.user.id}/data`, { as: t.adminEmail }));
    assert.equal(data.person.email, d.email);
    const refused = await t.call('GET', `/api/v1/people/${d.user.id}/data`, { as: d.p.ownerEmail });
    assert.equal(refused.status, 403);
  });
});

describe('personal data: erasure', () => {
  it('[PROGRAM ADMIN] erases a user in place: exactly what remains of them', async () => {
    const d = await dana();
    const id = d.user.id;
    const label = `Erased user ${id.slice(0, 8)}`;
    const actions = async () =>
      (await rows('SELECT action, outcome FROM audit_log WHERE actor_id = $1 ORDER BY id', [id])).map(
        (r) => `${r.action} ${r.outcome}`,
      );
    const before = await actions();
    const erased = await ok(t.call('POST', `/api/v1/people/${id}/erasure`, { as: t.adminEmail }));
    assert.equal(erased.pseudonym, label);
    assert.equal(erased.contactsRemoved, 1);
    assert.ok(erased.messagesScrubbed >= 3 && erased.auditEntriesRelabelled >= before.length + 1);

    // Their row: the id, role, publisher and dates stay; name and address are the pseudonym; no way to sign in.
    const [u] = await rows(
      `SELECT email, display_name, role, publisher_id, password_hash, oidc_subject, language, active,
              erased_at IS NOT NULL AS erased FROM users WHERE id = $1`,
      [id],
    );
    assert.deepEqual(u, {
      email: `erased-user-${id}@erased.invalid`,
      display_name: label,
      role: 'publisher-admin',
      publisher_id: d.p.id,
      password_hash: null,
      oidc_subject: null,
      language: null,
      active: false,
      erased: true,
    });
    for (const table of [
      'sessions',
      'trusted_devices',
      'user_mfa',
      'mfa_recovery_codes',
      'marketing_contacts',
    ])
      assert.deepEqual(await rows(`SELECT 1 FROM ${table} WHERE user_id = $1`, [id]), [], table);
    const addresses = [d.email.toLowerCase(), d.contactEmail.toLowerCase()];
    assert.deepEqual(
      await rows(`SELECT 1 FROM signin_failures WHERE strpos(throttle_key, $1) > 0`, [addresses[0]]),
      [],
    );

    // Their mail: kind, dates and status stay, to the pseudonym, without text; nothing is sent to them any more.
    assert.deepEqual(
      await rows(`SELECT 1 FROM notifications WHERE lower(recipient_email) = ANY ($1)`, [addresses]),
      [],
    );
    const mail = await rows(
      `SELECT DISTINCT subject, body_text, payload::text AS payload FROM notifications WHERE recipient_email = $1`,
      [label],
    );
    assert.deepEqual(mail, [{ subject: null, body_text: null, payload: '{}' }]);

    // The audit trail: every entry of theirs is there, under the pseudonym, without client addresses; so is the
    // failed sign-in typed with their address.
    assert.deepEqual(await actions(), before);
    assert.deepEqual(
      await rows(
        `SELECT DISTINCT actor_label, ip, user_agent FROM audit_log WHERE actor_id = $1 OR actor_label = $2`,
        [id, label],
      ),
      [{ actor_label: label, ip: null, user_agent: null }],
    );
    assert.deepEqual(
      await rows(`SELECT 1 FROM audit_log WHERE lower(actor_label) = ANY ($1)`, [addresses]),
      [],
    );

    // Their history stays whole, read under the pseudonym: the activation, the ticket and their reply.
    const activation = await ok(
      t.call('GET', `/api/v1/publishers/${d.p.id}/activations/${d.activationId}`, { as: d.p.ownerEmail }),
    );
    assert.equal(activation.benefitId, 'market-research');
    const thread = await ok(t.call('GET', d.thread, { as: d.p.ownerEmail }));
    assert.deepEqual(
      thread.messages.map((m: any) => [m.authorName, m.body]),
      [
        [label, 'Nobody wrote to Dana about our offer.'],
        ['rewards-team', 'Sorry, Dana: on it.'],
        [label, 'Thanks, my number is above.'],
      ],
    );
    const again = await t.call('POST', `/api/v1/people/${id}/erasure`, { as: t.adminEmail });
    assert.deepEqual([again.status, again.body.type], [409, '/problems/person-erased']);
    assert.equal((await t.signIn(d.email, TEST_PASSWORD)).status, 401, 'nobody signs in as them');
  });

  it("[PROGRAM ADMIN] reads an erased person's export: the pseudonym, their history, nothing to reach them by", async () => {
    const d = await dana();
    await ok(t.call('POST', `/api/v1/people/${d.user.id}/erasure`, { as: t.adminEmail }));
    const data = await ok(t.call('GET', `/api/v1/people/${d.user.id}/data`, { as: t.adminEmail }));
    const label = `Erased user ${d.user.id.slice(0, 8)}`;
    assert.deepEqual(
      [data.person.displayName, data.person.email, data.person.status, data.person.language],
      [label, `erased-user-${d.user.id}@erased.invalid`, 'erased', null],
    );
    assert.deepEqual([data.person.twoStepSignIn, data.person.singleSignOnIssuer], [false, null]);
    assert.deepEqual([data.marketingContacts, data.sessions], [[], []]);
    assert.equal(data.activations.length, 1);
    assert.equal(data.conversationsOpened.length, 1);
    assert.equal(data.messagesWritten.length, 1);
    assert.ok(data.auditTrail.length > 0 && data.auditTrail.every((a: any) => a.ip === null));
  });

  it('[PROGRAM ADMIN] cannot erase the last owner of a publisher: someone must be in charge', async () => {
    const p = await makePublisher(t);
    const refused = await t.call('POST', `/api/v1/people/${p.ownerId}/erasure`, { as: t.adminEmail });
    assert.deepEqual([refused.status, refused.body.type], [409, '/problems/user-inactive']);
    assert.equal((await t.signIn(p.ownerEmail)).status, 201, 'nothing changed');
  });

  it('[PROGRAM ADMIN] erases a marketing contact record: its address and phone are gone, its mail unreadable', async () => {
    const d = await dana();
    const base = `/api/v1/publishers/${d.p.id}`;
    const contacts = await ok(t.call('GET', `${base}/marketing-contacts`, { as: d.p.ownerEmail }));
    const contact = contacts.items.find((c: any) => c.email === d.contactEmail);
    const erased = await ok(
      t.call('POST', `${base}/marketing-contacts/${contact.id}/erasure`, { as: t.adminEmail }),
    );
    assert.equal(erased.pseudonym, `Erased contact ${contact.id.slice(0, 8)}`);
    assert.ok(erased.messagesScrubbed >= 1);
    const left = await ok(t.call('GET', `${base}/marketing-contacts`, { as: d.p.ownerEmail }));
    assert.ok(!left.items.some((c: any) => c.id === contact.id));
    assert.deepEqual(
      await rows(`SELECT 1 FROM notifications WHERE lower(recipient_email) = $1`, [d.contactEmail]),
      [],
    );
    // Dana herself is untouched: she still signs in, with her own mail.
    assert.equal((await t.signIn(d.email)).status, 202, 'her password, then her second step');
  });
});

describe('personal data: retention', () => {
  it('[SYSTEM] the daily job removes old client addresses and closed tickets’ text, once, and audits it', async () => {
    assert.match(CRONTAB, /retention-apply/);
    const d = await dana();
    const tasks = jobsWithoutMail(t, { clientAddressDays: 90, closedTicketTextMonths: 24, webhookDays: 0 });
    const retain = () => tasks['retention-apply']!({}, undefined as never);
    const ticketTask = await ok(
      t.call('GET', `/api/v1/tasks?publisherId=${d.p.id}&kind=support-ticket`, { as: t.teamEmail }),
    );
    await ok(t.call('POST', `/api/v1/tasks/${ticketTask.items[0].id}/complete`, { as: t.teamEmail }));
    const withAddress = async () =>
      (
        await rows(`SELECT count(*)::int AS n FROM audit_log WHERE ip IS NOT NULL AND at <= $1`, [
          t.clock.now(),
        ])
      )[0].n as number;
    assert.ok((await withAddress()) > 0);

    t.clock.advanceDays(91);
    await retain();
    assert.equal(await withAddress(), 0, 'addresses older than 90 days are gone');
    const thread = await ok(t.call('GET', d.thread, { as: d.p.ownerEmail }));
    assert.ok(
      thread.messages.every((m: any) => !m.textRemoved),
      'the ticket closed 91 days ago keeps its text',
    );

    t.clock.advanceDays(2 * 366);
    await retain();
    const old = await ok(t.call('GET', d.thread, { as: d.p.ownerEmail }));
    assert.deepEqual(
      old.messages.map((m: any) => [m.textRemoved, m.body]),
      [
        [true, ''],
        [true, ''],
        [true, ''],
      ],
    );
    const entries = await rows(
      `SELECT actor_type, detail FROM audit_log WHERE action = 'retention' ORDER BY id`,
      [],
    );
    assert.equal(entries.length, 2);
    assert.match(entries[1].detail, /text removed from 1 tickets/);
    await retain();
    assert.equal(
      (await rows(`SELECT 1 FROM audit_log WHERE action = 'retention'`, [])).length,
      2,
      'run again, it changes nothing and records nothing',
    );
  });
});
