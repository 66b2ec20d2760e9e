// The schema stays distributable by publisher on Citus (issue 18, docs/scaling.md): every table is placed, as a
// tenant table distributed by the publisher (co-located: one publisher's rows on one node), the ledger distributed
// by its line key, or a reference table copied to every node; and the catalog holds nothing Citus would refuse of
// that placement (support/distribution.ts says the rules). A new table fails here until it is placed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distributionProblems, type Placement } from './support/distribution.ts';
import { freshDatabase } from './support/db.ts';

/** A publisher's own rows: everything its pages read and its changes write, on the node of its id. */
const TENANT: Placement = { group: 'publisher', column: 'publisher_id' };
/**
 * A company's rows, in the same group: a company of one profile has that profile's id (migration 008), so its
 * standing and tier history sit on the node of its publisher's rows.
 */
const COMPANY: Placement = { group: 'publisher', column: 'company_id' };
/** The ledger's lines and voids, by the line's key: the key that counts a line once across every publisher. */
const LINE: Placement = { group: 'line', column: 'line_id' };

const PLACEMENTS: Record<string, Placement> = {
  offers: TENANT,
  benefit_unlocks: TENANT,
  marketing_contacts: TENANT,
  activations: TENANT,
  technical_requests: TENANT,
  support_tickets: TENANT,
  tasks: TENANT,
  task_contacts: TENANT,
  publisher_opt_outs: TENANT,
  sponsorship_grants: TENANT,
  sponsorship_spend: TENANT,
  disputes: TENANT,
  conversation_messages: TENANT,
  webhook_events: TENANT,
  webhook_deliveries: TENANT,
  offer_change_requests: TENANT,
  tier_standings: COMPANY,
  tier_changes: COMPANY,
  // A publisher's day totals (migration 035).
  ledger_day_publishers: TENANT,
  ledger_day_totals: TENANT,
  ledger_lines: LINE,
  ledger_voids: LINE,
  // The directory of tenants and who may act: small, read by every request, written rarely.
  publishers: 'reference',
  companies: 'reference',
  users: 'reference',
  // The program and what every publisher's figures are converted and judged by.
  program_versions: 'reference',
  program_drafts: 'reference',
  currency_rates: 'reference',
  tier_engine: 'reference',
  // Sign-in and requests, by token or person, staff included (no publisher to distribute them by).
  sessions: 'reference',
  invitations: 'reference',
  signin_failures: 'reference',
  oidc_logins: 'reference',
  api_tokens: 'reference',
  trusted_devices: 'reference',
  user_mfa: 'reference',
  mfa_recovery_codes: 'reference',
  mfa_challenges: 'reference',
  idempotency_keys: 'reference',
  audit_log: 'reference',
  // Mail to staff as well as publishers: its publisher may be null.
  notifications: 'reference',
  // The feed's batches and files, across publishers.
  ledger_batches: 'reference',
  feed_batches: 'reference',
  feed_batch_rejects: 'reference',
  imports: 'reference',
  import_rejects: 'reference',
  schema_migrations: 'reference',
  // Who listens, program-wide subscriptions included (no publisher), and the program's own events' deliveries.
  webhook_subscriptions: 'reference',
  webhook_program_deliveries: 'reference',
};

describe('[SCHEMA] distributable by publisher', () => {
  it('places every table, and Citus would refuse none of its keys', async () => {
    const { pool } = await freshDatabase();
    assert.deepEqual(await distributionProblems(pool, 'public', PLACEMENTS), []);
  });

  it('tells each kind of key Citus would refuse, and a table nobody placed', async () => {
    // DDL: the schema owner's (the service's role may only read and write rows).
    const { ownerPool: pool } = await freshDatabase();
    await pool.query(`CREATE SCHEMA probe;
      CREATE TABLE probe.owners (id uuid PRIMARY KEY, code text UNIQUE);
      CREATE TABLE probe.items (id uuid PRIMARY KEY, owner_id uuid NOT NULL, UNIQUE (id, owner_id));
      CREATE TABLE probe.parts (id uuid, owner_id uuid, item_id uuid NOT NULL,
        PRIMARY KEY (id, owner_id), FOREIGN KEY (item_id) REFERENCES probe.items (id),
        FOREIGN KEY (item_id, owner_id) REFERENCES probe.items (owner_id, id));
      CREATE UNIQUE INDEX parts_once ON probe.parts (item_id) WHERE id IS NOT NULL;
      CREATE TABLE probe.notes (id uuid, item_id uuid NOT NULL, owner_id uuid NOT NULL, PRIMARY KEY (id, owner_id),
        FOREIGN KEY (item_id, owner_id) REFERENCES probe.items (id, owner_id));
      CREATE TABLE probe.logs (id bigint PRIMARY KEY, owner_id uuid REFERENCES probe.owners (id),
        item_id uuid, FOREIGN KEY (item_id) REFERENCES probe.items (id));
      CREATE TABLE probe.tags (owner_id uuid, label text);
      CREATE TABLE probe.strays (id int)`);
    const problems = await distributionProblems(pool, 'probe', {
      owners: 'reference',
      items: { group: 'owner', column: 'owner_id' },
      parts: { group: 'owner', column: 'owner_id' },
      notes: { group: 'note', column: 'owner_id' },
      logs: 'reference',
      tags: { group: 'owner', column: 'owner_id' },
      gone: 'reference',
    });
    assert.deepEqual(problems, [
      'gone is placed but is no table of the schema',
      'items: unique items_pkey (id) lacks owner_id',
      'logs: foreign key logs_item_id_fkey (item_id) to items (id) points from a reference table at a distributed one',
      'notes: foreign key notes_item_id_owner_id_fkey (item_id, owner_id) to items (id, owner_id) joins the groups note and owner, which are not co-located',
      'parts: foreign key parts_item_id_fkey (item_id) to items (id) does not match parts.owner_id to items.owner_id',
      'parts: foreign key parts_item_id_owner_id_fkey (item_id, owner_id) to items (owner_id, id) does not match parts.owner_id to items.owner_id',
      'parts: unique parts_once (item_id) lacks owner_id',
      'strays is not placed: say whether it is distributed (by which column) or a reference table',
      'tags.owner_id may be null: a row without it has no shard',
    ]);
  });
});
