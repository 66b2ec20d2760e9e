// The tier engine's SQL. A company's total is its counted lines less what voids took away (lines are never
// changed); a company's tier is the highest threshold its trailing total reaches (`tierOf`).
import type { Program } from '../../domain/program.ts';
import { hashedWhen, type Db, type Tx } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';

export interface EngineState {
  /** The engine's day (YYYY-MM-DD), null before its first run. */
  asOf: string | null;
  programVersion: Row<'tier_engine'>['program_version'];
  /** The server's `server_version_num`: folds and recomputes write in one MERGE from PostgreSQL 18 on. */
  serverVersion: number;
}

/** The first `server_version_num` whose MERGE returns the rows' old values (`RETURNING old.*`). */
const MERGE_RETURNING_OLD = 180000;

/** Why a tier changed: lines folded in, or a recompute (the window slid, or the program changed). */
export type ChangeCause = 'lines' | 'recompute';

export type TierChangeRow = Pick<Row<'tier_changes'>, 'id' | 'company_id' | 'from_tier' | 'to_tier'>;

/** Serializes the engine: one fold or recompute at a time, across every process (held until commit). */
export async function lockEngine(db: Tx): Promise<EngineState> {
  await db.query("SELECT pg_advisory_xact_lock(hashtext('marketplace-rewards:tier-engine'))");
  const { rows } = await db.query<EngineState>(
    `SELECT to_char(as_of, 'YYYY-MM-DD') AS "asOf", program_version AS "programVersion",
            current_setting('server_version_num')::int AS "serverVersion"
     FROM tier_engine`,
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
  const { rows } = await db.query<Pick<Row<'ledger_batches'>, 'id'>>(
    'UPDATE ledger_batches SET folded_at = $1 WHERE folded_at IS NULL RETURNING id',
    [now],
  );
  return rows.map((r) => r.id);
}

/**
 * Whether a line of `alias` is in a folded batch (earlier, or by this transaction). The batches not folded are few
 * (committed since the engine took the pending ones), read once by the statement, in its own snapshot.
 */
const inFoldedBatch = (alias: string) =>
  `${alias}.batch_id <> ALL (ARRAY(SELECT id FROM ledger_batches WHERE folded_at IS NULL))`;

/** A counted line that a void folded in now takes away (its publisher, amount and day, YYYY-MM-DD). */
export type Voided = Pick<Row<'ledger_voids'>, 'publisher_id'> & {
  usd_cents: NonNullable<Row<'ledger_voids'>['usd_cents']>;
  billed_on: string;
};

/**
 * Folds in the batches' cancellations and fraud reversals (L6): records what each voids, one void per line and
 * reversing publisher (a publisher's first reversal of a line wins: the earliest batch, then the earliest line), with the voided line's amount and day when it
 * counted: a line of the same publisher, a charge or refund. Another publisher's reversal voids nothing. A void
 * whose line is not in the ledger yet, or only in a batch not folded yet, waits (`pending`) until a fold brings the
 * line. Answers the voids that took a line away in this fold: the fold subtracts them, whether their line came in
 * an earlier fold or in this one. Such a void is marked not summed until the day totals' job moves its line from
 * counted to excluded (usecases/day-totals.ts).
 */
export async function applyVoids(db: Db, batchIds: readonly number[]): Promise<Voided[]> {
  // A line is in the standings once its batch is folded: only then may its amount be taken away. Each voided line
  // is looked up by its key (LIMIT 1 keeps the planner from joining the whole ledger instead).
  const target = (v: string) => `SELECT t.batch_id, t.usd_cents, t.billed_on, t.publisher_id, t.kind
    FROM ledger_lines t
    WHERE t.source = ${v}.source AND t.line_id = ${v}.line_id
      AND ${inFoldedBatch('t')}
    LIMIT 1`;
  const counted = `t.publisher_id = v.publisher_id AND t.kind IN ('charge', 'refund')`;
  const { rows } = await db.query<Voided>(
    `WITH v AS (
       SELECT r.source, r.reverses AS line_id, r.publisher_id, r.line_id AS voided_by, r.kind, r.batch_id, r.arrival
       FROM ledger_lines r
       WHERE r.batch_id = ANY($1) AND r.kind IN ('cancellation', 'fraud-reversal')
     ), recorded AS (
       INSERT INTO ledger_voids (source, line_id, publisher_id, voided_by, kind, pending, usd_cents, billed_on, summed)
       SELECT v.source, v.line_id, v.publisher_id, v.voided_by, v.kind, t.batch_id IS NULL,
              CASE WHEN ${counted} THEN t.usd_cents END, CASE WHEN ${counted} THEN t.billed_on END,
              NOT coalesce(${counted}, false)
       FROM v LEFT JOIN LATERAL (${target('v')}) t ON true
       ORDER BY v.batch_id, v.arrival, v.voided_by
       ON CONFLICT DO NOTHING
       RETURNING publisher_id, usd_cents, billed_on
     ), arrived AS (
       UPDATE ledger_voids v
       SET pending = false, summed = NOT (${counted}),
           usd_cents = CASE WHEN ${counted} THEN t.usd_cents END, billed_on = CASE WHEN ${counted} THEN t.billed_on END
       FROM ledger_lines t
       WHERE v.pending AND t.source = v.source AND t.line_id = v.line_id AND t.batch_id = ANY($1)
       RETURNING v.publisher_id, v.usd_cents, v.billed_on
     )
     SELECT publisher_id, usd_cents, to_char(billed_on, 'YYYY-MM-DD') AS billed_on
     FROM (SELECT * FROM recorded UNION ALL SELECT * FROM arrived) taken WHERE usd_cents IS NOT NULL`,
    [batchIds],
  );
  return rows;
}

/**
 * The tier of a total under the program, as SQL: the highest threshold the total reaches (thresholds ascend, the
 * first is 0). Written out as comparisons with the program's own numbers: the engine evaluates it for every
 * company it touches, and a CASE of integer comparisons costs a fraction of a search through array parameters.
 */
function tierOf(program: Program, ttm: string): string {
  const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const cases = program.tiers
    .slice(1)
    .reverse()
    .map((t) => `WHEN ${ttm} >= ${Math.trunc(t.thresholdUsdCents)} THEN ${literal(t.id)}`);
  return `(CASE ${cases.join(' ')} ELSE ${literal(program.tiers[0]!.id)} END)`;
}

/**
 * Before PostgreSQL 18 (no MERGE ... RETURNING old): a CTE writing the standings of `rows` (company_id,
 * ttm_usd_cents, tier_id), stamped `at`, as an upsert.
 */
const upsertStandings = (rows: string, at: string) => `written AS (
       INSERT INTO tier_standings (company_id, ttm_usd_cents, tier_id, updated_at)
       SELECT company_id, ttm_usd_cents, tier_id, ${at} FROM ${rows}
       ON CONFLICT (company_id) DO UPDATE
         SET ttm_usd_cents = excluded.ttm_usd_cents, tier_id = excluded.tier_id, updated_at = excluded.updated_at
     )`;

/**
 * Adds the batches' charges and refunds in the window to their companies' standings, and takes away the lines
 * voided in this fold (`applyVoids`). Answers the tier changes it recorded. `serverVersion` picks how the
 * standings are written: one MERGE that returns each row's old tier (PostgreSQL 18), or, before 18 (a MERGE
 * returns nothing there), an upsert whose old tiers were read by the same statement.
 */
export async function foldDeltas(
  db: Db,
  program: Program,
  window: { from: string; to: string },
  batchIds: readonly number[],
  voided: readonly Voided[],
  now: Date,
  serverVersion: number,
  plan: { bulk: boolean } = { bulk: false },
): Promise<TierChangeRow[]> {
  const removed = voided.filter((v) => v.billed_on > window.from && v.billed_on <= window.to);
  const deltas = `x AS (
       SELECT l.publisher_id, l.usd_cents FROM ledger_lines l
       WHERE l.batch_id = ANY($2) AND l.kind IN ('charge', 'refund') AND l.billed_on > $3 AND l.billed_on <= $4
       UNION ALL
       SELECT publisher_id, -usd_cents FROM unnest($5::uuid[], $6::bigint[]) AS r (publisher_id, usd_cents)
     ), d AS (
       -- A profile's own company has the profile's id: only profiles rolled up elsewhere are looked up, and the
       -- lines are summed once, by company. (A NOT IN over the rolled-up profiles would be hashed, but only while
       -- the planner thinks they fit in memory, and it cannot estimate company_id <> id: past some 200,000
       -- publishers it would compare every line with every rolled-up profile. A bulk fold hashes this join.)
       SELECT coalesce(r.company_id, x.publisher_id) AS company_id, sum(x.usd_cents)::bigint AS delta
       FROM x LEFT JOIN (SELECT id, company_id FROM publishers WHERE company_id <> id) r ON r.id = x.publisher_id
       GROUP BY 1
     )`;
  // Folds run one at a time (the engine lock): a company's first lines give it a standing, and the tier before
  // the fold is the row's old one (the first tier for a new standing).
  const folded =
    serverVersion >= MERGE_RETURNING_OLD
      ? `folded AS (
       -- One pass over the standings.
       MERGE INTO tier_standings s USING d ON s.company_id = d.company_id
       WHEN MATCHED THEN UPDATE
         SET ttm_usd_cents = s.ttm_usd_cents + d.delta, tier_id = ${tierOf(program, 's.ttm_usd_cents + d.delta')},
             updated_at = $7
       WHEN NOT MATCHED THEN INSERT (company_id, ttm_usd_cents, tier_id, updated_at)
         VALUES (d.company_id, d.delta, ${tierOf(program, 'd.delta')}, $7)
       RETURNING new.company_id, new.ttm_usd_cents, new.tier_id, coalesce(old.tier_id, $1::text) AS from_tier
     )`
      : `n AS (
       SELECT d.company_id, coalesce(s.ttm_usd_cents, 0) + d.delta AS ttm_usd_cents, s.tier_id AS old_tier
       FROM d LEFT JOIN tier_standings s ON s.company_id = d.company_id
     ), folded AS (
       SELECT company_id, ttm_usd_cents, ${tierOf(program, 'ttm_usd_cents')} AS tier_id,
              coalesce(old_tier, $1::text) AS from_tier
       FROM n
     ), ${upsertStandings('folded', '$7')}`;
  // New batches' ids are past the planner's statistics (1 line estimated, 100,000 there): it would look each line
  // and company up one by one and sort to sum. A caller that wrote many says so (`bulk`): hashes, this statement only.
  const { rows } = await hashedWhen(db, plan.bulk, () =>
    db.query<TierChangeRow>(
      `WITH ${deltas}, ${folded}
     INSERT INTO tier_changes (company_id, from_tier, to_tier, ttm_usd_cents, as_of, program_version, cause, changed_at)
     SELECT company_id, from_tier, tier_id, ttm_usd_cents, $4, $8, 'lines', $7
     FROM folded WHERE tier_id <> from_tier
     RETURNING id, company_id, from_tier, to_tier`,
      [
        program.tiers[0]!.id,
        batchIds,
        window.from,
        window.to,
        removed.map((v) => v.publisher_id),
        removed.map((v) => v.usd_cents),
        now,
        program.version,
      ],
    ),
  );
  return rows;
}

/**
 * Every company's standing from every folded line: the trailing total, the tier, a change recorded (with `cause`)
 * where the tier moved. Rows are written only where something changed; a company without counted lines any more
 * goes back to zero. `serverVersion` picks how, as for a fold: one MERGE that returns the old tiers (PostgreSQL
 * 18), or before 18 an upsert over a full join of the totals and the standings (on 18, 10% slower than the MERGE
 * when every company changes: 0.96 s against 0.86 s for 100,000; the same when none does).
 */
export async function recomputeStandings(
  db: Db,
  program: Program,
  window: { from: string; to: string },
  now: Date,
  serverVersion: number,
  cause: ChangeCause = 'recompute',
): Promise<{ changes: TierChangeRow[]; companies: number }> {
  // Two statements: the totals are read by a query of its own, which PostgreSQL may run in parallel (a statement
  // that writes never is). The lines of a batch committed while this runs are left to the next fold.
  const { rowCount } = await db.query(
    `CREATE TEMP TABLE tier_totals ON COMMIT DROP AS
     SELECT p.company_id, sum(pp.ttm)::bigint AS ttm
     FROM (SELECT x.publisher_id, sum(x.usd_cents) AS ttm
           FROM (SELECT l.publisher_id, l.usd_cents FROM ledger_lines l
                 WHERE l.kind IN ('charge', 'refund') AND l.billed_on > $1 AND l.billed_on <= $2
                   AND ${inFoldedBatch('l')}
                 UNION ALL
                 SELECT v.publisher_id, -v.usd_cents FROM ledger_voids v
                 WHERE v.usd_cents IS NOT NULL AND v.billed_on > $1 AND v.billed_on <= $2) x
           GROUP BY x.publisher_id) pp
     JOIN publishers p ON p.id = pp.publisher_id
     GROUP BY p.company_id`,
    [window.from, window.to],
  );
  const changed =
    serverVersion >= MERGE_RETURNING_OLD
      ? `changed AS (
       MERGE INTO tier_standings s USING tier_totals n ON s.company_id = n.company_id
       WHEN MATCHED AND (s.ttm_usd_cents <> n.ttm OR s.tier_id <> ${tierOf(program, 'n.ttm')}) THEN UPDATE
         SET ttm_usd_cents = n.ttm, tier_id = ${tierOf(program, 'n.ttm')}, updated_at = $3
       WHEN NOT MATCHED BY TARGET THEN INSERT (company_id, ttm_usd_cents, tier_id, updated_at)
         VALUES (n.company_id, n.ttm, ${tierOf(program, 'n.ttm')}, $3)
       WHEN NOT MATCHED BY SOURCE AND (s.ttm_usd_cents <> 0 OR s.tier_id <> ${tierOf(program, '0')}) THEN UPDATE
         SET ttm_usd_cents = 0, tier_id = ${tierOf(program, '0')}, updated_at = $3
       RETURNING new.company_id, new.ttm_usd_cents, new.tier_id, coalesce(old.tier_id, $1::text) AS from_tier
     )`
      : `target AS (
       SELECT coalesce(n.company_id, s.company_id) AS company_id, coalesce(n.ttm, 0) AS ttm,
              s.ttm_usd_cents AS old_ttm, s.tier_id AS old_tier
       FROM tier_totals n FULL JOIN tier_standings s ON s.company_id = n.company_id
     ), changed AS (
       SELECT company_id, ttm AS ttm_usd_cents, tier_id, coalesce(old_tier, $1::text) AS from_tier
       FROM (SELECT target.*, ${tierOf(program, 'ttm')} AS tier_id FROM target) t
       WHERE old_ttm IS DISTINCT FROM ttm OR old_tier IS DISTINCT FROM tier_id
     ), ${upsertStandings('changed', '$3')}`;
  const { rows } = await db.query<TierChangeRow>(
    `WITH ${changed}
     INSERT INTO tier_changes (company_id, from_tier, to_tier, ttm_usd_cents, as_of, program_version, cause, changed_at)
     SELECT company_id, from_tier, tier_id, ttm_usd_cents, $2, $4, $5, $3
     FROM changed WHERE tier_id <> from_tier
     RETURNING id, company_id, from_tier, to_tier`,
    [program.tiers[0]!.id, window.to, now, program.version, cause],
  );
  await db.query('DROP TABLE tier_totals');
  return { changes: rows, companies: rowCount ?? 0 };
}

/** A tier change not applied yet, with the profiles of its company (every one gets the change). */
export type UnappliedChange = Pick<
  Row<'tier_changes'>,
  'id' | 'from_tier' | 'to_tier' | 'ttm_usd_cents' | 'program_version' | 'changed_at'
> & { publisher_ids: Row<'publishers'>['id'][]; /** The day, as PostgreSQL writes it. */ as_of: string };

/** Takes up to `limit` unapplied tier changes, locked so that another applier skips them. */
export async function takeUnappliedChanges(
  db: Tx,
  limit: number,
  ids?: readonly number[],
): Promise<UnappliedChange[]> {
  const { rows } = await db.query<UnappliedChange>(
    `SELECT c.id, c.from_tier, c.to_tier, c.ttm_usd_cents, c.as_of::text AS as_of, c.program_version, c.changed_at,
       array(SELECT p.id FROM publishers p WHERE p.company_id = c.company_id ORDER BY p.id) AS publisher_ids
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
