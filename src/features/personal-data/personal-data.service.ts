// People's rights over their data (GDPR-style): a person's data as JSON, for them or a program admin; and the
// erasure of a person or a marketing contact, done in place: their name, addresses and phone are replaced by a
// stable pseudonym ("Erased user 7f3a9c12") and what let them sign in is removed, while their id stays, so the
// ledger, the tasks, the conversations and the audit trail stay whole and readable.
import { erasedAddress, erasedLabel } from '../../domain/pseudonyms.ts';
import type { Principal } from '../../platform/auth/access.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { AppError, notFound } from '../../platform/problems.ts';
import { deactivateUser } from '../users/users.service.ts';
import { findPeople, findPerson, personRecords, type PersonRow } from './personal-data.queries.ts';
import type { ErasureView, PeopleQuery, PersonItem, PersonalDataView } from './personal-data.schema.ts';

const iso = (value: string | Date) => new Date(value).toISOString();
const isoOrNull = (value: string | Date | null) => (value === null ? null : iso(value));

function statusOf(u: PersonRow): PersonalDataView['person']['status'] {
  if (u.erased_at) return 'erased';
  if (!u.active) return 'deactivated';
  return u.password_hash === null && u.oidc_subject === null ? 'pending' : 'active';
}

/** Everything kept about the person (their own, or a program admin's export); 404 for no such person. */
export async function exportPerson(db: Db, userId: string, now: Date): Promise<PersonalDataView> {
  const u = await findPerson(db, userId);
  if (!u) throw notFound('person');
  const contactEmails = (
    await db.query<{ email: string }>('SELECT email FROM marketing_contacts WHERE user_id = $1', [userId])
  ).rows.map((r) => r.email);
  const r = await personRecords(db, userId, addressesOf(u.email, contactEmails));
  return {
    exportedAt: now.toISOString(),
    person: {
      id: u.id,
      email: u.email,
      displayName: u.display_name,
      role: u.role as PersonalDataView['person']['role'],
      publisherId: u.publisher_id,
      companyName: u.company_name,
      language: u.language,
      status: statusOf(u),
      createdAt: iso(u.created_at),
      deactivatedAt: isoOrNull(u.deactivated_at),
      erasedAt: isoOrNull(u.erased_at),
      twoStepSignIn: u.mfa_on,
      singleSignOnIssuer: u.oidc_subject ? u.oidc_issuer : null,
    },
    marketingContacts: r.contacts.map((c) => ({
      id: c.id,
      publisherId: c.publisher_id,
      email: c.email,
      phone: c.phone_e164,
      language: c.language,
      createdAt: iso(c.created_at),
      updatedAt: iso(c.updated_at),
    })),
    sessions: r.sessions.map((s) => ({
      createdAt: iso(s.created_at),
      lastSeenAt: iso(s.last_seen_at),
      endedAt: isoOrNull(s.ended_at),
      ip: s.ip,
      userAgent: s.user_agent,
    })),
    offersOwned: r.offers,
    activations: r.activations.map((a) => ({
      id: a.id,
      benefitId: a.benefit_id,
      status: a.status,
      requestedAt: iso(a.created_at),
    })),
    conversationsOpened: r.opened.map((c) => ({
      id: c.id,
      kind: c.kind as PersonalDataView['conversationsOpened'][number]['kind'],
      text: c.text,
      openedAt: iso(c.created_at),
    })),
    messagesWritten: r.written.map((m) => ({
      id: m.id,
      conversationId: m.conversation_id,
      body: m.body,
      writtenAt: iso(m.created_at),
    })),
    mail: r.mail.map((m) => ({
      id: m.id,
      kind: m.kind,
      to: m.recipient_email,
      subject: m.subject,
      status: m.status,
      createdAt: iso(m.created_at),
      sentAt: isoOrNull(m.sent_at),
    })),
    auditTrail: r.audit.map((a) => ({
      at: iso(a.at),
      action: a.action,
      outcome: a.outcome,
      objectType: a.object_type,
      objectId: a.object_id,
      ip: a.ip,
      userAgent: a.user_agent,
    })),
  };
}

export function searchPeople(db: Db, query: PeopleQuery): Promise<PersonItem[]> {
  return findPeople(db, query.q?.trim() ?? '');
}

/**
 * Erases a person in place (a program admin's act). They are deactivated as `deactivateUser` does it (sessions
 * ended, API tokens revoked, their offers and tasks to others; the last owner of a publisher or the last program
 * admin stays, 409), then their name becomes "Erased user 7f3a9c12" and their address one that reaches no one;
 * their password, single sign-on link, language, sessions, browsers, two-step secrets and recovery codes, sign-in
 * counters and marketing contact records are removed; the messages to their addresses lose their text; the audit
 * trail names them by the pseudonym and forgets their client addresses. A person erased already is 409.
 */
export async function erasePerson(tx: Tx, userId: string, actor: Principal, now: Date): Promise<ErasureView> {
  const u = await findPerson(tx, userId);
  if (!u) throw notFound('person');
  if (u.erased_at) throw new AppError('person-erased', 'This person was erased already.');
  await deactivateUser(tx, u.publisher_id, userId, actor, now);
  const label = erasedLabel('user', userId);
  const { rows: contacts } = await tx.query<{ email: string }>(
    'DELETE FROM marketing_contacts WHERE user_id = $1 RETURNING email',
    [userId],
  );
  const addresses = addressesOf(
    u.email,
    contacts.map((c) => c.email),
  );
  const messagesScrubbed = await scrubMail(tx, addresses, label);
  await tx.query(
    `UPDATE users SET email = $2, display_name = $3, password_hash = NULL, oidc_issuer = NULL, oidc_subject = NULL,
       language = NULL, active = false, deactivated_at = coalesce(deactivated_at, $4), erased_at = $4
     WHERE id = $1`,
    [userId, erasedAddress('user', userId), label, now],
  );
  for (const table of ['sessions', 'trusted_devices', 'mfa_challenges', 'mfa_recovery_codes', 'user_mfa'])
    await tx.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId]);
  await tx.query(
    `DELETE FROM signin_failures WHERE throttle_key = ANY (SELECT 'account ' || a FROM unnest($1::text[]) a)
       OR EXISTS (SELECT 1 FROM unnest($1::text[]) a WHERE starts_with(throttle_key, 'client ' || a || ' '))`,
    [addresses],
  );
  return {
    id: userId,
    pseudonym: label,
    contactsRemoved: contacts.length,
    messagesScrubbed,
    auditEntriesRelabelled: await eraseFromAudit(tx, userId, addresses, label),
  };
}

/**
 * Erases a marketing contact record (a program admin's act, say when its address and phone were someone else's):
 * the record is removed, whatever the rule of at least one contact (S6: the publisher assigns another before its
 * next activation), the messages to its address lose their text and name "Erased contact 7f3a9c12", and a sign-in
 * attempted with the address is relabelled in the audit trail. Its user, if any, is not touched.
 */
export async function eraseContact(tx: Tx, publisherId: string, contactId: string): Promise<ErasureView> {
  const { rows } = await tx.query<{ email: string }>(
    'DELETE FROM marketing_contacts WHERE publisher_id = $1 AND id = $2 RETURNING email',
    [publisherId, contactId],
  );
  const contact = rows[0];
  if (!contact) throw notFound('marketing contact');
  const label = erasedLabel('contact', contactId);
  const addresses = addressesOf(contact.email, []);
  // The address may be a user's too (their login): their own mail stays theirs.
  const { rows: users } = await tx.query('SELECT 1 FROM users WHERE lower(email) = $1', [addresses[0]]);
  return {
    id: contactId,
    pseudonym: label,
    contactsRemoved: 1,
    messagesScrubbed: users.length > 0 ? 0 : await scrubMail(tx, addresses, label),
    auditEntriesRelabelled: users.length > 0 ? 0 : await eraseFromAudit(tx, null, addresses, label),
  };
}

/** The addresses someone is reached at, lower-cased, once each. */
function addressesOf(email: string, contactEmails: string[]): string[] {
  return [...new Set([email, ...contactEmails].map((a) => a.toLowerCase()))];
}

/**
 * The messages to `addresses` lose their recipient, text and payload (their kind, dates and status stay), addressed
 * to `label`; those not sent yet are cancelled.
 */
async function scrubMail(tx: Db, addresses: string[], label: string): Promise<number> {
  const { rowCount } = await tx.query(
    `UPDATE notifications SET recipient_email = $2, payload = '{}', subject = NULL, body_text = NULL, body_html = NULL,
       last_error = NULL, dedupe_key = 'erased:' || id, event_key = NULL,
       status = CASE WHEN status IN ('queued', 'held', 'failed') THEN 'cancelled' ELSE status END,
       status_note = CASE WHEN status IN ('queued', 'held', 'failed') THEN 'The recipient was erased.'
                          ELSE status_note END
     WHERE lower(recipient_email) = ANY ($1)`,
    [addresses, label],
  );
  return rowCount ?? 0;
}

/** Relabels the person's entries in the audit trail through its own redaction function (migration 032). */
async function eraseFromAudit(
  tx: Db,
  userId: string | null,
  addresses: string[],
  label: string,
): Promise<number> {
  const { rows } = await tx.query<{ n: number }>('SELECT audit_erase_person($1, $2, $3)::int AS n', [
    userId,
    addresses,
    label,
  ]);
  return rows[0]!.n;
}
