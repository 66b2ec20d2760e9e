// Sponsorship grants and the spend recorded against them.
import type { GrantFacts } from '../../domain/sponsorships.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { change, first, type Row, run, sql } from '../../platform/db/tables.ts';

export type GrantRow = Row<'sponsorship_grants'>;
export type SpendRow = Pick<
  Row<'sponsorship_spend'>,
  'id' | 'grant_id' | 'amount_usd_cents' | 'note' | 'recorded_by' | 'recorded_at'
> & {
  spent_on: string;
  recorded_by_name: Row<'users'>['display_name'];
};

export function grantFacts(row: GrantRow): GrantFacts {
  return {
    id: row.id,
    benefitId: row.benefit_id,
    amountUsdCents: row.amount_usd_cents,
    spentUsdCents: row.spent_usd_cents,
    issuedAt: row.issued_at,
    startsAt: row.starts_at,
    expiresAt: row.expires_at,
    spentAt: row.spent_at,
  };
}

/** The publisher's grants, oldest first. */
export async function grantsOf(db: Db, publisherId: string): Promise<GrantRow[]> {
  return run(
    db,
    sql
      .selectFrom('sponsorship_grants')
      .selectAll()
      .where('publisher_id', '=', publisherId)
      .orderBy('issued_at')
      .orderBy('id'),
  );
}

/** One grant of the publisher, locked until the transaction ends (spend is recorded one at a time). */
export async function lockGrant(tx: Tx, publisherId: string, grantId: string): Promise<GrantRow | undefined> {
  return first(
    tx,
    sql
      .selectFrom('sponsorship_grants')
      .selectAll()
      .where('publisher_id', '=', publisherId)
      .where('id', '=', grantId)
      .forNoKeyUpdate(),
  );
}

export async function insertGrant(
  tx: Tx,
  grant: Omit<
    GrantRow,
    'id' | 'spent_usd_cents' | 'spent_at' | 'spent_note' | 'reminded_at' | 'expired_told_at'
  >,
): Promise<GrantRow> {
  return (await first(tx, sql.insertInto('sponsorship_grants').values(grant).returningAll()))!;
}

/** Adds spend to the grant; the grant is spent at `now` when the spend reaches its amount. */
export async function addSpend(
  tx: Tx,
  grant: GrantRow,
  spend: { amountUsdCents: number; spentOn: string; note: string; recordedBy: string; now: Date },
): Promise<{ grant: GrantRow; spendId: number }> {
  const recorded = await first(
    tx,
    sql
      .insertInto('sponsorship_spend')
      .values({
        grant_id: grant.id,
        publisher_id: grant.publisher_id,
        amount_usd_cents: spend.amountUsdCents,
        spent_on: spend.spentOn,
        note: spend.note,
        recorded_by: spend.recordedBy,
        recorded_at: spend.now,
      })
      .returning('id'),
  );
  const spent = grant.spent_usd_cents + spend.amountUsdCents;
  const updated = await first(
    tx,
    sql
      .updateTable('sponsorship_grants')
      .set({ spent_usd_cents: spent, spent_at: spent === grant.amount_usd_cents ? spend.now : null })
      .where('id', '=', grant.id)
      .returningAll(),
  );
  return { grant: updated!, spendId: recorded!.id };
}

export async function markGrantSpent(tx: Tx, grantId: string, note: string, now: Date): Promise<void> {
  await change(
    tx,
    sql.updateTable('sponsorship_grants').set({ spent_at: now, spent_note: note }).where('id', '=', grantId),
  );
}

/**
 * Closes the grants still open at `now` of one activation, or of every activation of the publisher's benefit: the
 * rest will not be spent (marked spent with `note`). Expired and spent grants stay as they are.
 */
export async function closeOpenGrants(
  tx: Tx,
  of: { activationId: string } | { publisherId: string; benefitId: string },
  note: string,
  now: Date,
): Promise<void> {
  let query = sql
    .updateTable('sponsorship_grants')
    .set({ spent_at: now, spent_note: note })
    .where('spent_at', 'is', null)
    .where('expires_at', '>', now);
  query =
    'activationId' in of
      ? query.where('activation_id', '=', of.activationId)
      : query.where('publisher_id', '=', of.publisherId).where('benefit_id', '=', of.benefitId);
  await change(tx, query);
}

/**
 * Open grants with money left that expire within `days` of `now` and were not reminded yet, locked so that a
 * parallel sweep skips them.
 */
export async function grantsToRemind(tx: Tx, now: Date, days: number): Promise<GrantRow[]> {
  const { rows } = await tx.query<GrantRow>(
    `SELECT * FROM sponsorship_grants
     WHERE spent_at IS NULL AND reminded_at IS NULL AND spent_usd_cents < amount_usd_cents
       AND expires_at > $1 AND expires_at <= $1::timestamptz + make_interval(days => $2)
     ORDER BY expires_at LIMIT 500 FOR NO KEY UPDATE SKIP LOCKED`,
    [now, days],
  );
  return rows;
}

export async function markReminded(tx: Tx, grantId: string, now: Date): Promise<void> {
  await change(tx, sql.updateTable('sponsorship_grants').set({ reminded_at: now }).where('id', '=', grantId));
}

/** The spend recorded against these grants, oldest first. */
export async function spendOf(db: Db, grantIds: readonly string[]): Promise<SpendRow[]> {
  if (grantIds.length === 0) return [];
  const { rows } = await db.query<SpendRow>(
    `SELECT s.id, s.grant_id, s.amount_usd_cents, to_char(s.spent_on, 'YYYY-MM-DD') AS spent_on, s.note,
            s.recorded_by, u.display_name AS recorded_by_name, s.recorded_at
     FROM sponsorship_spend s JOIN users u ON u.id = s.recorded_by
     WHERE s.grant_id = ANY($1::uuid[]) ORDER BY s.recorded_at, s.id`,
    [grantIds],
  );
  return rows;
}
