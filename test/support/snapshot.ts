// A fingerprint of every business table, to prove that a refused request changed nothing.
// (The audit trail, sessions and sign-in counters are left out: recording a refusal is their job.)
import type pg from 'pg';

const TABLES = [
  'publishers',
  'users',
  'offers',
  'companies',
  'currency_rates',
  'ledger_batches',
  'ledger_lines',
  'ledger_voids',
  'ledger_day_publishers',
  'ledger_day_totals',
  'tier_engine',
  'tier_standings',
  'tier_changes',
  'imports',
  'import_rejects',
  'feed_batches',
  'feed_batch_rejects',
  'idempotency_keys',
  'benefit_unlocks',
  'marketing_contacts',
  'activations',
  'technical_requests',
  'support_tickets',
  'tasks',
  'task_contacts',
  'notifications',
  'invitations',
  'api_tokens',
  'program_versions',
  'sponsorship_grants',
  'sponsorship_spend',
  'publisher_opt_outs',
  'program_drafts',
  'disputes',
  'conversation_messages',
  'user_mfa',
  'mfa_recovery_codes',
  'mfa_challenges',
  'offer_change_requests',
  'webhook_subscriptions',
  'webhook_events',
  'webhook_deliveries',
  'webhook_program_deliveries',
];

/** Tables left out of the fingerprint: recording a refusal, or a request, is their job. */
const NOT_BUSINESS = [
  'audit_log',
  'sessions',
  'signin_failures',
  'trusted_devices',
  'oidc_logins',
  'schema_migrations',
];

/** The public tables that are neither fingerprinted nor left out on purpose: a new table must be one or the other. */
export async function unfingerprinted(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  return rows
    .map((r) => r.name)
    .filter((n) => !TABLES.includes(n) && !NOT_BUSINESS.includes(n))
    .sort();
}

export async function snapshot(pool: pg.Pool): Promise<string> {
  const columns = TABLES.map((n) => {
    // A token's last use is recorded on every request it makes, refused or not: that is not a change.
    const from = n === 'api_tokens' ? '(SELECT id, token_hash, name, scopes, revoked_at FROM api_tokens)' : n;
    return `(SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM ${from} x) AS ${n}`;
  });
  const { rows } = await pool.query(`SELECT ${columns.join(', ')}`);
  return JSON.stringify(rows[0]);
}
