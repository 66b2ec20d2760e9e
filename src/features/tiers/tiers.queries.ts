// The tier engine's SQL. Totals come from ledger_keys (the narrow copy of every line) so the engine never reads
// the wide lines; a company's tier is the highest threshold its trailing total reaches (width_bucket).
import type { Program } from '../../domain/program.ts';
import type { Db } from '../../platform/db/pool.ts';

export interface EngineState {
  asOf: string | null;
  programVersion: string | null;
}

export interface TierChangeRow {
  id: number;
  company_id: string;
  from_tier: string;
  to_tier: string;
}

/** Serializes the engine: one fold or recompute at a time, across every process (held until commit). */
export async function lockEngine(db: Db): Promise<EngineState> {
  await db.query("SELECT pg_advisory_xact_lock(hashtext('marketplace-rewards:tier-engine'))");
  const { rows } = await db.query<EngineState>(
    `SELECT to_char(as_of, 'YYYY-MM-DD') AS "asOf", program_version AS "programVersion" FROM tier_engine`,
  );
  return rows[0]!;
}

export async function setEngine(db: Db, asOf: string, programVersion: string, now: Date): Promise<void> {
  await db.query('UPDATE tier_engine SET as_of = $1, program_version = $2, recomputed_at = $3', [
    asOf,
    programVersion,
    now,
  ]);
}

/** Marks every committed batch not yet folded as folded by this transaction; answers their ids. */
export async function takePendingBatches(db: Db, now: Date): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>(
    'UPDATE ledger_batches SET folded_at = $1 WHERE folded_at IS NULL RETURNING id',
    [now],
  );
  return rows.map((r) => r.id);
}

export interface Void {
  source: string;
  line_id: string;
  publisher_id: string;
}

/** Records what the batches' cancellations and fraud reversals void (the first reversal of a line wins). */
export async function recordVoids(db: Db, batchIds: readonly number[]): Promise<Void[]> {
  const { rows } = await db.query<Void>(
    `INSERT INTO ledger_voids (source, line_id, publisher_id, voided_by, kind)
     SELECT source, reverses, publisher_id, line_id, kind FROM ledger_keys
     WHERE batch_id = ANY($1) AND kind IN ('cancellation', 'fraud-reversal')
     ORDER BY batch_id, line_id
     ON CONFLICT DO NOTHING RETURNING source, line_id, publisher_id`,
    [batchIds],
  );
  return rows;
}

const COUNTED = `kind IN ('charge', 'refund')`;
const NOT_VOIDED = `NOT EXISTS (SELECT 1 FROM ledger_voids v
  WHERE v.source = k.source AND v.line_id = k.line_id AND v.publisher_id = k.publisher_id)`;

function tierParams(program: Program): [string[], number[]] {
  return [program.tiers.map((t) => t.id), program.tiers.map((t) => t.thresholdUsdCents)];
}
const tierOf = (ttm: string) => `($1::text[])[greatest(width_bucket(${ttm}, $2::bigint[]), 1)]`;

/**
 * Adds the batches' counted lines in the window to their companies' standings, and takes away lines folded
 * earlier that a reversal in these batches voids. Answers the tier changes it recorded.
 */
export async function foldDeltas(
  db: Db,
  program: Program,
  window: { from: string; to: string },
  batchIds: readonly number[],
  voids: readonly Void[],
  now: Date,
): Promise<TierChangeRow[]> {
  const { rows } = await db.query<TierChangeRow>(
    `WITH added AS (
       SELECT k.publisher_id, k.usd_cents FROM ledger_keys k
       WHERE k.batch_id = ANY($3) AND k.${COUNTED} AND k.billed_on > $4 AND k.billed_on <= $5 AND ${NOT_VOIDED}
     ), removed AS (
       SELECT k.publisher_id, -k.usd_cents AS usd_cents
       FROM unnest($6::text[], $7::text[], $8::uuid[]) AS fv (source, line_id, publisher_id)
       JOIN ledger_keys k ON k.source = fv.source AND k.line_id = fv.line_id AND k.publisher_id = fv.publisher_id
       JOIN ledger_batches b ON b.id = k.batch_id AND b.folded_at IS NOT NULL
       WHERE NOT (k.batch_id = ANY($3)) AND k.${COUNTED} AND k.billed_on > $4 AND k.billed_on <= $5
     ), d AS (
       SELECT p.company_id, sum(x.usd_cents)::bigint AS delta
       FROM (SELECT * FROM added UNION ALL SELECT * FROM removed) x JOIN publishers p ON p.id = x.publisher_id
       GROUP BY p.company_id
     ), old AS (
       SELECT s.company_id, s.tier_id FROM tier_standings s JOIN d USING (company_id)
     ), up AS (
       INSERT INTO tier_standings AS s (company_id, ttm_usd_cents, tier_id, updated_at)
       SELECT company_id, delta, ${tierOf('delta')}, $9 FROM d
       ON CONFLICT (company_id) DO UPDATE
         SET ttm_usd_cents = s.ttm_usd_cents + excluded.ttm_usd_cents,
             tier_id = ${tierOf('s.ttm_usd_cents + excluded.ttm_usd_cents')}, updated_at = excluded.updated_at
       RETURNING company_id, ttm_usd_cents, tier_id
     )
     INSERT INTO tier_changes (company_id, from_tier, to_tier, ttm_usd_cents, as_of, program_version, cause, changed_at)
     SELECT up.company_id, coalesce(old.tier_id, ($1::text[])[1]), up.tier_id, up.ttm_usd_cents, $5, $10, 'lines', $9
     FROM up LEFT JOIN old USING (company_id)
     WHERE up.tier_id <> coalesce(old.tier_id, ($1::text[])[1])
     RETURNING id, company_id, from_tier, to_tier`,
    [
      ...tierParams(program),
      batchIds,
      window.from,
      window.to,
      voids.map((v) => v.source),
      voids.map((v) => v.line_id),
      voids.map((v) => v.publisher_id),
      now,
      program.version,
    ],
  );
  return rows;
}

/**
 * Every company's standing from every folded line: the trailing total, the tier, a change recorded where the
 * tier moved. Rows are written only where something changed.
 */
export async function recomputeStandings(
  db: Db,
  program: Program,
  window: { from: string; to: string },
  now: Date,
): Promise<{ changes: TierChangeRow[]; companies: number }> {
  // Every line is read: hash joins, never a nested loop per line (whatever the statistics say).
  await db.query('SET LOCAL enable_nestloop = off');
  const { rows } = await db.query<TierChangeRow & { companies: number }>(
    `WITH per_publisher AS (
       SELECT k.publisher_id, sum(k.usd_cents) AS ttm FROM ledger_keys k
       WHERE k.${COUNTED} AND k.billed_on > $3 AND k.billed_on <= $4 AND ${NOT_VOIDED}
         AND NOT EXISTS (SELECT 1 FROM ledger_batches b WHERE b.id = k.batch_id AND b.folded_at IS NULL)
       GROUP BY k.publisher_id
     ), next AS (
       SELECT c.id AS company_id, coalesce(sum(pp.ttm), 0)::bigint AS ttm
       FROM companies c LEFT JOIN publishers p ON p.company_id = c.id LEFT JOIN per_publisher pp ON pp.publisher_id = p.id
       GROUP BY c.id
     ), old AS (
       SELECT company_id, ttm_usd_cents, tier_id FROM tier_standings
     ), up AS (
       INSERT INTO tier_standings AS s (company_id, ttm_usd_cents, tier_id, updated_at)
       SELECT n.company_id, n.ttm, ${tierOf('n.ttm')}, $5 FROM next n LEFT JOIN old o USING (company_id)
       WHERE o.company_id IS NULL OR o.ttm_usd_cents <> n.ttm OR o.tier_id <> ${tierOf('n.ttm')}
       ON CONFLICT (company_id) DO UPDATE
         SET ttm_usd_cents = excluded.ttm_usd_cents, tier_id = excluded.tier_id, updated_at = excluded.updated_at
       RETURNING company_id, tier_id, ttm_usd_cents
     ), changed AS (
       INSERT INTO tier_changes (company_id, from_tier, to_tier, ttm_usd_cents, as_of, program_version, cause, changed_at)
       SELECT up.company_id, coalesce(o.tier_id, ($1::text[])[1]), up.tier_id, up.ttm_usd_cents, $4, $6, 'recompute', $5
       FROM up LEFT JOIN old o USING (company_id)
       WHERE up.tier_id <> coalesce(o.tier_id, ($1::text[])[1])
       RETURNING id, company_id, from_tier, to_tier
     )
     SELECT changed.*, (SELECT count(*)::int FROM next) AS companies FROM changed
     UNION ALL SELECT NULL, NULL, NULL, NULL, (SELECT count(*)::int FROM next) WHERE NOT EXISTS (SELECT 1 FROM changed)`,
    [...tierParams(program), window.from, window.to, now, program.version],
  );
  await db.query('SET LOCAL enable_nestloop = on');
  return { changes: rows.filter((r) => r.id !== null), companies: rows[0]?.companies ?? 0 };
}

/** Takes up to `limit` unapplied tier changes, locked so that another applier skips them. */
export async function takeUnappliedChanges(
  db: Db,
  limit: number,
  ids?: readonly number[],
): Promise<{ id: number; publisher_ids: string[] }[]> {
  const { rows } = await db.query<{ id: number; publisher_ids: string[] }>(
    `SELECT c.id, array(SELECT p.id FROM publishers p WHERE p.company_id = c.company_id ORDER BY p.id) AS publisher_ids
     FROM tier_changes c
     WHERE c.applied_at IS NULL AND ($2::bigint[] IS NULL OR c.id = ANY($2))
     ORDER BY c.id LIMIT $1 FOR UPDATE OF c SKIP LOCKED`,
    [limit, ids ?? null],
  );
  return rows;
}

export async function markApplied(db: Db, ids: readonly number[], now: Date): Promise<void> {
  await db.query('UPDATE tier_changes SET applied_at = $2 WHERE id = ANY($1)', [ids, now]);
}
