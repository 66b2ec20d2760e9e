// Writing lines into the ledger: each line counted once by its (source, line id), whatever path it came by.
// A batch goes in with COPY (the fast path); when a key is already there, the batch goes through a staging table
// that tells duplicates (same content) from conflicts (same key, other content).
import { finished } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { Line, LineReject } from '../../domain/ledger.ts';
import type { Db } from '../../platform/db/pool.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { first, type Row, sql } from '../../platform/db/tables.ts';
import { conflict, LINE_COLUMNS, setBatchId, type PreparedBatch } from './ledger.copy.ts';

/**
 * What a line says besides its key: the same key with other content is a conflict, not a duplicate. The batch a
 * line came in and its place there are not what it says, nor is its USD figure, which the rate of its month makes
 * (a reversal sent before its month's rate has none, and the same reversal sent again after it has one).
 */
const CONTENT_COLUMNS = LINE_COLUMNS.filter(
  (c) => c !== 'source' && c !== 'line_id' && c !== 'batch_id' && c !== 'arrival' && c !== 'usd_cents',
);

export async function insertBatch(db: Db, origin: 'api' | 'import', now: Date): Promise<number> {
  const batch = await first(
    db,
    sql.insertInto('ledger_batches').values({ origin, created_at: now }).returning('id'),
  );
  return batch!.id;
}

/**
 * Marks a batch that wrote no line as folded and in the day totals: there is nothing in it for the tier engine or
 * the day totals, and a batch left out would keep the pages from reading the figures they keep (`STANDING_CURRENT`
 * in usecases/unlocks.queries.ts, `summed` in usecases/ledger.sql.ts).
 */
export async function closeEmptyBatch(db: Db, batchId: number, now: Date): Promise<void> {
  await db.query(
    'UPDATE ledger_batches SET folded_at = $2, summed_at = $2 WHERE id = $1 AND folded_at IS NULL',
    [batchId, now],
  );
}

export interface NumberedLine<Id = string> {
  /** The line's number in its file or batch, counted from 1. */
  lineNo: number;
  line: Line<Id>;
}

export interface WriteOutcome {
  accepted: number;
  duplicate: number;
  rejects: { lineNo: number; reject: LineReject }[];
}

/**
 * Writes a batch's prepared lines. A line whose key the ledger has already, or that repeats a key earlier in the
 * batch, is a duplicate when its content is the same, and rejected as a conflict when it differs; nothing is ever
 * counted twice.
 */
export async function writeLines(db: Db, batchId: number, prepared: PreparedBatch): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { accepted: 0, duplicate: 0, rejects: [] };
  if (prepared.size === 0) return outcome;
  // The fast path: straight COPY. When a key is there already, the COPY fails and the batch goes through a
  // staging table instead.
  setBatchId(prepared, batchId);
  await db.query('SAVEPOINT ledger_copy');
  try {
    await copyBytes(db, 'ledger_lines', LINE_COLUMNS, prepared.lines);
    await db.query('RELEASE SAVEPOINT ledger_copy');
    outcome.accepted = prepared.size;
    return outcome;
  } catch (error) {
    if (!isUniqueViolation(error, 'ledger_lines_pkey')) throw error;
  }
  await db.query('ROLLBACK TO SAVEPOINT ledger_copy');
  // Rows are in COPY order (grouped by publisher, in key order within a group), not in the order the lines came:
  // each row gets its line number back (`line_no`, from `ord`, its place in the COPY), and the earliest line of a
  // key is the one written. They are written in COPY order, as the fast path writes them: the order every writer
  // takes keys in (PreparedLines), so that writers of the same keys never wait on one another in a circle.
  await db.query(`CREATE TEMP TABLE IF NOT EXISTS ledger_incoming
    (LIKE ledger_lines INCLUDING DEFAULTS, ord integer GENERATED ALWAYS AS IDENTITY, line_no integer)
    ON COMMIT DELETE ROWS`);
  await db.query('TRUNCATE ledger_incoming RESTART IDENTITY');
  await copyBytes(db, 'ledger_incoming', LINE_COLUMNS, prepared.lines);
  await db.query(
    `UPDATE ledger_incoming i SET line_no = n.line_no FROM unnest($1::int[]) WITH ORDINALITY AS n (line_no, ord)
     WHERE i.ord = n.ord`,
    [[...prepared.lineNos]],
  );
  const columns = LINE_COLUMNS.join(', ');
  const inserted = await db.query<{ line_no: number }>(
    `WITH firsts AS (
       SELECT DISTINCT ON (source, line_id) * FROM ledger_incoming ORDER BY source, line_id, line_no
     ), written AS (
       INSERT INTO ledger_lines (${columns}) SELECT ${columns} FROM firsts ORDER BY ord
       ON CONFLICT DO NOTHING RETURNING source, line_id
     )
     SELECT f.line_no FROM firsts f JOIN written USING (source, line_id)`,
  );
  const written = new Set(inserted.rows.map((r) => r.line_no));
  outcome.accepted = written.size;
  // Every other row is judged against the line the ledger holds now, by its content (every column but the key).
  // A statement of its own: it sees a line another writer committed while the insert waited on its key.
  const content = (t: string) => `(${CONTENT_COLUMNS.map((c) => `${t}.${c}`).join(', ')})`;
  // ledger_incoming is LIKE ledger_lines, plus the line's number.
  const { rows } = await db.query<
    Pick<Row<'ledger_lines'>, 'source' | 'line_id'> & { line_no: number; same: boolean | null }
  >(
    `SELECT i.line_no, i.source, i.line_id,
            CASE WHEN e.source IS NOT NULL THEN ${content('e')} IS NOT DISTINCT FROM ${content('i')} END AS same
     FROM ledger_incoming i LEFT JOIN ledger_lines e USING (source, line_id)
     WHERE NOT EXISTS (SELECT 1 FROM unnest($1::int[]) AS w (line_no) WHERE w.line_no = i.line_no)`,
    [[...written]],
  );
  for (const r of rows) {
    // Not written and not in the ledger cannot be (ON CONFLICT waits for the other writer, and inserts if it rolled
    // back); should it ever be, the batch fails whole rather than lose a line.
    if (r.same === null) throw new Error(`line ${r.line_no} (${r.line_id}) was neither written nor found`);
    if (r.same) outcome.duplicate++;
    else outcome.rejects.push({ lineNo: r.line_no, reject: conflict(r.source, r.line_id) });
  }
  outcome.rejects.sort((a, b) => a.lineNo - b.lineNo);
  return outcome;
}

/** Sends a binary COPY stream in pieces of 1 MB, all at once: a busy reader cannot starve it. */
async function copyBytes(
  db: Db,
  table: string,
  columns: readonly string[],
  bytes: Uint8Array,
): Promise<void> {
  if (bytes.length === 0) return;
  const stream = db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN (FORMAT binary)`));
  const done = finished(stream);
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at < all.length; at += 1 << 20) stream.write(all.subarray(at, at + (1 << 20)));
  stream.end();
  await done;
}
