// What the service keeps about a person, read for their export, and the writes of an erasure.
import type { Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';
import type { PersonItem } from './personal-data.schema.ts';

/** Audit entries an export carries at most (the newest). */
export const AUDIT_EXPORT_LIMIT = 10_000;

export type PersonRow = Row<'users'> & {
  company_name: string | null;
  mfa_on: boolean;
};

export async function findPerson(db: Db, userId: string): Promise<PersonRow | undefined> {
  const { rows } = await db.query<PersonRow>(
    `SELECT u.*, p.company_name,
            EXISTS (SELECT 1 FROM user_mfa m WHERE m.user_id = u.id AND m.enabled_at IS NOT NULL) AS mfa_on
     FROM users u LEFT JOIN publishers p ON p.id = u.publisher_id WHERE u.id = $1`,
    [userId],
  );
  return rows[0];
}

/** The person's records beside their row, each as a JSON array (one statement). */
export interface PersonRecords {
  contacts: {
    id: string;
    publisher_id: string;
    email: string;
    phone_e164: string;
    language: string;
    created_at: string;
    updated_at: string;
  }[];
  sessions: {
    created_at: string;
    last_seen_at: string;
    ended_at: string | null;
    ip: string | null;
    user_agent: string | null;
  }[];
  offers: { id: string; name: string }[];
  activations: { id: string; benefit_id: string; status: string; created_at: string }[];
  opened: { id: string; kind: string; text: string; created_at: string }[];
  written: { id: string; conversation_id: string; body: string; created_at: string }[];
  mail: {
    id: string;
    kind: string;
    recipient_email: string;
    subject: string | null;
    status: string;
    created_at: string;
    sent_at: string | null;
  }[];
  audit: {
    at: string;
    action: string;
    outcome: string;
    object_type: string | null;
    object_id: string | null;
    ip: string | null;
    user_agent: string | null;
  }[];
}

const array = (select: string) => `(SELECT coalesce(json_agg(x), '[]') FROM (${select}) x)`;

export async function personRecords(db: Db, userId: string, addresses: string[]): Promise<PersonRecords> {
  const { rows } = await db.query<PersonRecords>(
    `SELECT
       ${array(`SELECT id, publisher_id, email, phone_e164, language, created_at, updated_at
                FROM marketing_contacts WHERE user_id = $1 ORDER BY created_at, id`)} AS contacts,
       ${array(`SELECT created_at, last_seen_at, ended_at, ip, user_agent
                FROM sessions WHERE user_id = $1 ORDER BY created_at DESC`)} AS sessions,
       ${array(`SELECT id, name FROM offers WHERE owner_user_id = $1 ORDER BY created_at, id`)} AS offers,
       ${array(`SELECT id, benefit_id, status, created_at
                FROM activations WHERE requested_by = $1 ORDER BY created_at, id`)} AS activations,
       ${array(`SELECT id, 'support-ticket' AS kind, description AS text, created_at FROM support_tickets
                WHERE opened_by = $1
                UNION ALL SELECT id, 'technical-request', description, created_at FROM technical_requests
                WHERE requested_by = $1
                UNION ALL SELECT id, 'dispute', note, created_at FROM disputes WHERE opened_by = $1
                ORDER BY created_at, id`)} AS opened,
       ${array(`SELECT id, coalesce(support_ticket_id, technical_request_id, dispute_id) AS conversation_id, body,
                       created_at
                FROM conversation_messages WHERE author_id = $1 AND event = 'reply' ORDER BY created_at, seq`)}
         AS written,
       ${array(`SELECT id, kind, recipient_email, subject, status, created_at, sent_at FROM notifications
                WHERE lower(recipient_email) = ANY ($2) ORDER BY created_at DESC, id`)} AS mail,
       ${array(`SELECT at, action, outcome, object_type, object_id, ip, user_agent FROM audit_log
                WHERE actor_id = $1 ORDER BY id DESC LIMIT ${AUDIT_EXPORT_LIMIT}`)} AS audit`,
    [userId, addresses],
  );
  return rows[0]!;
}

/** Users and marketing contacts whose address or name holds `q` (any case, as typed), the first 20 by name. */
export async function findPeople(db: Db, q: string): Promise<PersonItem[]> {
  const { rows } = await db.query<PersonItem>(
    `SELECT * FROM (
       SELECT 'user' AS kind, u.id, u.id AS "userId", u.publisher_id AS "publisherId", p.company_name AS "companyName",
              u.display_name AS name, u.email, u.role,
              CASE WHEN u.erased_at IS NOT NULL THEN 'erased' WHEN NOT u.active THEN 'deactivated'
                   WHEN u.password_hash IS NULL AND u.oidc_subject IS NULL THEN 'pending' ELSE 'active' END AS status
       FROM users u LEFT JOIN publishers p ON p.id = u.publisher_id
       WHERE u.email ILIKE $1 OR u.display_name ILIKE $1
       UNION ALL
       SELECT 'contact', c.id, c.user_id, c.publisher_id, p.company_name, u.display_name, c.email, u.role,
              CASE WHEN u.active THEN 'active' ELSE 'deactivated' END
       FROM marketing_contacts c JOIN users u ON u.id = c.user_id JOIN publishers p ON p.id = c.publisher_id
       WHERE c.email ILIKE $1 OR u.display_name ILIKE $1
     ) people ORDER BY lower(name), kind DESC, id LIMIT 20`,
    [`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
  );
  return rows;
}
