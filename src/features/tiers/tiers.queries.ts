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

/** A line that counted and a reversal folded in now voids: the fold takes it away if it was added before. */
export interface Voided {
  publisher_id: string;
  usd_cents: number;
  billed_on: string;
  batch_id: number;
}

/**
 * Folds in the batches' cancellations and fraud reversals (L6): records what each voids (the first reversal of a
 * line wins), and clears `counts` on the voided lines, both those already in the ledger and those of these
 * batches whose reversal came earlier (a void recorded while its line was still missing is `pending`). Answers the
 * voided lines that were folded before these batches.
 */
export async function applyVoids(db: Db, batchIds: readonly number[]): Promise<Voided[]> {
  // About one line in a hundred is a reversal: each is looked up by key. Hashing the whole ledger instead (what
  // the planner picks for a large import) reads every line ever written.
  await db.query('SET LOCAL enable_hashjoin = off');
  await db.query('SET LOCAL enable_mergejoin = off');
  const { rows } = await db.query<Voided & { earlier: boolean }>(
    `WITH recorded AS (
       INSERT INTO ledger_voids (source, line_id, publisher_id, voided_by, kind, pending)
       SELECT r.source, r.reverses, r.publisher_id, r.line_id, r.kind, k.line_id IS NULL
       FROM ledger_keys r LEFT JOIN ledger_keys k ON k.source = r.source AND k.line_id = r.reverses
       WHERE r.batch_id = ANY($1) AND r.kind IN ('cancellation', 'fraud-reversal')
       ORDER BY r.batch_id, r.line_id
       ON CONFLICT DO NOTHING
       RETURNING source, line_id, publisher_id, pending
     ), arrived AS (
       UPDATE ledger_voids v SET pending = false FROM ledger_keys k
       WHERE v.pending AND k.source = v.source AND k.line_id = v.line_id AND k.batch_id = ANY($1)
       RETURNING v.source, v.line_id, v.publisher_id
     ), targets AS (
       SELECT source, line_id, publisher_id FROM recorded WHERE NOT pending
       UNION
       SELECT source, line_id, publisher_id FROM arrived
     )
     UPDATE ledger_keys k SET counts = false FROM targets t
     WHERE k.source = t.source AND k.line_id = t.line_id AND k.publisher_id = t.publisher_id AND k.counts
     RETURNING k.publisher_id, k.usd_cents, to_char(k.billed_on, 'YYYY-MM-DD') AS billed_on, k.batch_id,
               NOT (k.batch_id = ANY($1))
               AND EXISTS (SELECT 1 FROM ledger_batches b WHERE b.id = k.batch_id AND b.folded_at IS NOT NULL) AS earlier`,
    [batchIds],
  );
  await db.query('RESET enable_hashjoin');
  await db.query('RESET enable_mergejoin');
  return rows.filter((r) => r.earlier);
}

function tierParams(program: Program): [string[], number[]] {
  return [program.tiers.map((t) => t.id), program.tiers.map((t) => t.thresholdUsdCents)];
}
const tierOf = (ttm: string) => `($1::text[])[greatest(width_bucket(${ttm}, $2::bigint[]), 1)]`;

/**
 * Adds the batches' counting lines in the window to their companies' standings, and takes away lines folded
 * earlier that these batches' reversals void. Answers the tier changes it recorded.
 */
export async function foldDeltas(
  db: Db,
  program: Program,
  window: { from: string; to: string },
  batchIds: readonly number[],
  voided: readonly Voided[],
  now: Date,
): Promise<TierChangeRow[]> {
  const removed = voided.filter((v) => v.billed_on > window.from && v.billed_on <= window.to);
  // A standing's tier is always the tier of its total under the engine's program (every write sets both, and a
  // new program means a recompute), so the tier before the fold is the tier of the total less the delta, read
  // without a second look-up per company; a new standing's is the first tier.
  const { rows } = await db.query<TierChangeRow>(
    `WITH added AS (
       SELECT k.publisher_id, sum(k.usd_cents)::bigint AS usd_cents FROM ledger_keys k
       WHERE k.batch_id = ANY($3) AND k.counts AND k.billed_on > $4 AND k.billed_on <= $5
       GROUP BY k.publisher_id
     ), removed AS (
       SELECT publisher_id, -usd_cents AS usd_cents FROM unnest($6::uuid[], $7::bigint[]) AS r (publisher_id, usd_cents)
     ), d AS (
       SELECT p.company_id, sum(x.usd_cents)::bigint AS delta
       FROM (SELECT * FROM added UNION ALL SELECT * FROM removed) x JOIN publishers p ON p.id = x.publisher_id
       GROUP BY p.company_id
     ), updated AS (
       -- Folds run one at a time (the engine lock): an UPDATE for companies with a standing, an INSERT for the rest.
       UPDATE tier_standings s
       SET ttm_usd_cents = s.ttm_usd_cents + d.delta, tier_id = ${tierOf('s.ttm_usd_cents + d.delta')}, updated_at = $8
       FROM d WHERE s.company_id = d.company_id
       RETURNING s.company_id, s.ttm_usd_cents, s.tier_id, ${tierOf('s.ttm_usd_cents - d.delta')} AS from_tier
     ), inserted AS (
       INSERT INTO tier_standings (company_id, ttm_usd_cents, tier_id, updated_at)
       SELECT company_id, delta, ${tierOf('delta')}, $8 FROM d
       WHERE NOT EXISTS (SELECT 1 FROM updated u WHERE u.company_id = d.company_id)
       RETURNING company_id, ttm_usd_cents, tier_id, ($1::text[])[1] AS from_tier
     )
     INSERT INTO tier_changes (company_id, from_tier, to_tier, ttm_usd_cents, as_of, program_version, cause, changed_at)
     SELECT company_id, from_tier, tier_id, ttm_usd_cents, $5, $9, 'lines', $8
     FROM (SELECT * FROM updated UNION ALL SELECT * FROM inserted) up WHERE tier_id <> from_tier
     RETURNING id, company_id, from_tier, to_tier`,
    [
      ...tierParams(program),
      batchIds,
      window.from,
      window.to,
      removed.map((v) => v.publisher_id),
      removed.map((v) => v.usd_cents),
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
  // Two statements: the totals are read by a query of its own, which PostgreSQL may run in parallel (a statement
  // that writes, as the upsert does, never is); every line is read with hash joins, never a nested loop per line.
  await db.query('SET LOCAL enable_nestloop = off');
  const { rowCount } = await db.query(
    `CREATE TEMP TABLE tier_totals ON COMMIT DROP AS
     SELECT p.company_id, sum(pp.ttm)::bigint AS ttm
     FROM (SELECT k.publisher_id, sum(k.usd_cents)::bigint AS ttm FROM ledger_keys k
           WHERE k.counts AND k.billed_on > $1 AND k.billed_on <= $2
             -- a batch committed while this runs is folded by the next fold, not counted here as well
             AND NOT EXISTS (SELECT 1 FROM ledger_batches b WHERE b.id = k.batch_id AND b.folded_at IS NULL)
           GROUP BY k.publisher_id) pp
     JOIN publishers p ON p.id = pp.publisher_id
     GROUP BY p.company_id`,
    [window.from, window.to],
  );
  await db.query('SET LOCAL enable_nestloop = on');
  const { rows } = await db.query<TierChangeRow>(
    `WITH old AS (
       SELECT company_id, ttm_usd_cents, tier_id FROM tier_standings
     ), target AS (
       SELECT coalesce(n.company_id, o.company_id) AS company_id, coalesce(n.ttm, 0) AS ttm, o.ttm_usd_cents AS old_ttm,
              o.tier_id AS old_tier
       FROM tier_totals n FULL JOIN old o USING (company_id)
     ), up AS (
       INSERT INTO tier_standings AS s (company_id, ttm_usd_cents, tier_id, updated_at)
       SELECT company_id, ttm, ${tierOf('ttm')}, $4 FROM target
       WHERE old_ttm IS DISTINCT FROM ttm OR old_tier IS DISTINCT FROM ${tierOf('ttm')}
       ON CONFLICT (company_id) DO UPDATE
         SET ttm_usd_cents = excluded.ttm_usd_cents, tier_id = excluded.tier_id, updated_at = excluded.updated_at
       RETURNING company_id, tier_id, ttm_usd_cents
     )
     INSERT INTO tier_changes (company_id, from_tier, to_tier, ttm_usd_cents, as_of, program_version, cause, changed_at)
     SELECT up.company_id, coalesce(o.tier_id, ($1::text[])[1]), up.tier_id, up.ttm_usd_cents, $3, $5, 'recompute', $4
     FROM up LEFT JOIN old o USING (company_id)
     WHERE up.tier_id <> coalesce(o.tier_id, ($1::text[])[1])
     RETURNING id, company_id, from_tier, to_tier`,
    [...tierParams(program), window.to, now, program.version],
  );
  await db.query('DROP TABLE tier_totals');
  return { changes: rows, companies: rowCount ?? 0 };
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
