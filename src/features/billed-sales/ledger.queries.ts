// Writing lines into the ledger: each line counted once by its (source, line id), whatever path it came by.
// A batch goes in with COPY (the fast path); when a key is already there, the batch goes through a staging table
// that tells duplicates (same content) from conflicts (same key, other content).
import { finished } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { parseRate, type Rate } from '../../domain/currency.ts';
import type { Line, LineContext, LineReject } from '../../domain/ledger.ts';
import type { Db } from '../../platform/db/pool.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { conflict, KEY_COLUMNS, LINE_COLUMNS, type PreparedBatch } from './ledger.copy.ts';

/** The publishers, offers and rates lines are checked against, held in memory for one batch or one import. */
export class LedgerLookups implements LineContext {
  readonly publishersByMpn = new Map<string, string>();
  readonly publishers = new Set<string>();
  readonly offers = new Map<string, { id: string; publisherId: string }>();
  readonly rates = new Map<string, Rate>();
  readonly today: string;
  constructor(today: string) {
    this.today = today;
  }

  publisherByMpn(mpnId: string) {
    return this.publishersByMpn.get(mpnId);
  }
  publisherById(id: string) {
    return this.publishers.has(id) ? id : undefined;
  }
  offer(externalId: string) {
    return this.offers.get(externalId);
  }
  rate(currency: string, month: string) {
    return this.rates.get(`${currency}:${month}`);
  }
}

/**
 * Loads what lines are checked against. `only` narrows publishers and offers to those a batch names (an API
 * batch); without it everything is loaded (a file import: a few hundred thousand rows at most).
 */
export async function loadLookups(
  db: Db,
  today: string,
  only?: { mpnIds: string[]; publisherIds: string[]; offerIds: string[] },
): Promise<LedgerLookups> {
  const lookups = new LedgerLookups(today);
  const uuids = only?.publisherIds.filter((id) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
  );
  const publishers = await db.query<{ id: string; mpn_id: string }>(
    only
      ? 'SELECT id, mpn_id FROM publishers WHERE mpn_id = ANY($1) OR id = ANY($2::uuid[])'
      : 'SELECT id, mpn_id FROM publishers',
    only ? [only.mpnIds, uuids] : [],
  );
  for (const p of publishers.rows) {
    lookups.publishersByMpn.set(p.mpn_id, p.id);
    lookups.publishers.add(p.id);
  }
  const offers = await db.query<{ id: string; external_id: string; publisher_id: string }>(
    only
      ? 'SELECT id, external_id, publisher_id FROM offers WHERE external_id = ANY($1)'
      : 'SELECT id, external_id, publisher_id FROM offers',
    only ? [only.offerIds] : [],
  );
  for (const o of offers.rows) lookups.offers.set(o.external_id, { id: o.id, publisherId: o.publisher_id });
  const rates = await db.query<{ currency: string; month: string; usd_per_unit: string }>(
    `SELECT currency, to_char(month, 'YYYY-MM') AS month, usd_per_unit::text FROM currency_rates`,
  );
  for (const r of rates.rows) lookups.rates.set(`${r.currency}:${r.month}`, parseRate(r.usd_per_unit)!);
  return lookups;
}

export async function insertBatch(db: Db, origin: 'api' | 'import', now: Date): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    'INSERT INTO ledger_batches (origin, created_at) VALUES ($1, $2) RETURNING id',
    [origin, now],
  );
  return rows[0]!.id;
}

export interface NumberedLine {
  /** The line's number in its file or batch, counted from 1. */
  lineNo: number;
  line: Line;
}

export interface WriteOutcome {
  accepted: number;
  duplicate: number;
  rejects: { lineNo: number; reject: LineReject }[];
}

/**
 * Writes a batch's prepared lines. A line whose key the ledger has already is a duplicate when its content is
 * the same, and rejected as a conflict when it differs; nothing is ever counted twice.
 */
export async function writeLines(db: Db, batchId: number, prepared: PreparedBatch): Promise<WriteOutcome> {
  const outcome: WriteOutcome = {
    accepted: 0,
    duplicate: prepared.duplicate,
    rejects: [...prepared.rejects],
  };
  if (prepared.size === 0) return outcome;
  const lines = prepared.lines;
  // The fast path: straight COPY. When a key is there already, the keys COPY fails and the batch goes
  // through a staging table instead.
  await db.query(`SELECT set_config('rewards.batch_id', $1, true)`, [String(batchId)]);
  await db.query('SAVEPOINT ledger_keys');
  try {
    await copyBytes(db, 'ledger_keys', KEY_COLUMNS, prepared.keys);
    await copyBytes(db, 'ledger_lines', LINE_COLUMNS, lines);
    await db.query('RELEASE SAVEPOINT ledger_keys');
    outcome.accepted = prepared.size;
    return outcome;
  } catch (error) {
    if (!isUniqueViolation(error, 'ledger_keys_pkey')) throw error;
  }
  await db.query('ROLLBACK TO SAVEPOINT ledger_keys');
  await db.query(`CREATE TEMP TABLE IF NOT EXISTS ledger_incoming
    (LIKE ledger_lines INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`);
  await db.query('TRUNCATE ledger_incoming');
  await copyBytes(db, 'ledger_incoming', LINE_COLUMNS, lines);
  const { rows } = await db.query<{ line_no: number; source: string; line_id: string; same: boolean | null }>(
    `WITH inserted AS (
       INSERT INTO ledger_keys (${KEY_COLUMNS.join(', ')})
       SELECT ${KEY_COLUMNS.map((c) => (c === 'counts' ? "kind IN ('charge', 'refund')" : c)).join(', ')}
       FROM ledger_incoming ON CONFLICT DO NOTHING RETURNING source, line_id
     ), moved AS (
       INSERT INTO ledger_lines SELECT i.* FROM ledger_incoming i JOIN inserted USING (source, line_id)
       RETURNING line_no
     )
     SELECT line_no, NULL AS source, NULL AS line_id, NULL::boolean AS same FROM moved
     UNION ALL
     SELECT i.line_no, i.source, i.line_id, k.digest = i.digest
     FROM ledger_incoming i JOIN ledger_keys k USING (source, line_id)
     WHERE NOT EXISTS (SELECT 1 FROM inserted n WHERE n.source = i.source AND n.line_id = i.line_id)`,
  );
  for (const r of rows) {
    if (r.same === null) outcome.accepted++;
    else if (r.same) outcome.duplicate++;
    else outcome.rejects.push({ lineNo: r.line_no, reject: conflict(r.source, r.line_id) });
  }
  outcome.rejects.sort((a, b) => a.lineNo - b.lineNo);
  return outcome;
}

/** Sends COPY text (rows ended by line breaks) in pieces of 1 MB, all at once: a busy reader cannot starve it. */
async function copyBytes(
  db: Db,
  table: string,
  columns: readonly string[],
  bytes: Uint8Array,
): Promise<void> {
  if (bytes.length === 0) return;
  const stream = db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const done = finished(stream);
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at < all.length; at += 1 << 20) stream.write(all.subarray(at, at + (1 << 20)));
  stream.end();
  await done;
}
