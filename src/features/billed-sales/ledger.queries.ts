// Writing lines into the ledger: each line counted once by its (source, line id), whatever path it came by.
// A batch goes in with COPY (the fast path); when a key is already there, the batch goes through a staging table
// that tells duplicates (same content) from conflicts (same key, other content).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { parseRate, type Rate } from '../../domain/currency.ts';
import { lineDigest, type Line, type LineContext, type LineReject } from '../../domain/ledger.ts';
import type { Db } from '../../platform/db/pool.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';

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
 * Writes a batch's valid lines. A line whose key the ledger (or this batch) has already is a duplicate when its
 * content is the same, and rejected as a conflict when it differs; nothing is ever counted twice.
 */
export async function writeLines(
  db: Db,
  batchId: number,
  lines: readonly NumberedLine[],
): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { accepted: 0, duplicate: 0, rejects: [] };
  const seen = new Map<string, number>();
  const fresh: (NumberedLine & { digest: number })[] = [];
  for (const entry of lines) {
    const digest = lineDigest(entry.line);
    const key = `${entry.line.source}\u0001${entry.line.lineId}`;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, digest);
      fresh.push({ ...entry, digest });
    } else if (earlier === digest) outcome.duplicate++;
    else outcome.rejects.push({ lineNo: entry.lineNo, reject: conflict(entry.line) });
  }
  if (fresh.length === 0) return outcome;

  let stored = fresh;
  await db.query('SAVEPOINT ledger_keys');
  try {
    await copyRows(
      db,
      'ledger_keys',
      KEY_COLUMNS,
      fresh.map((e) => keyRow(batchId, e.line, e.digest)),
    );
    await db.query('RELEASE SAVEPOINT ledger_keys');
  } catch (error) {
    if (!isUniqueViolation(error, 'ledger_keys_pkey')) throw error;
    await db.query('ROLLBACK TO SAVEPOINT ledger_keys');
    const known = await insertNewKeys(db, batchId, fresh);
    stored = fresh.filter((e) => !known.has(e.lineNo));
    for (const e of fresh) {
      const same = known.get(e.lineNo);
      if (same === true) outcome.duplicate++;
      else if (same === false) outcome.rejects.push({ lineNo: e.lineNo, reject: conflict(e.line) });
    }
  }
  await copyRows(
    db,
    'ledger_lines',
    LINE_COLUMNS,
    stored.map((e) => lineRow(batchId, e.lineNo, e.line)),
  );
  outcome.accepted = stored.length;
  outcome.rejects.sort((a, b) => a.lineNo - b.lineNo);
  return outcome;
}

const conflict = (line: Line): LineReject => ({
  code: 'conflicting-duplicate',
  field: 'lineId',
  detail: `line ${line.lineId} of ${line.source} was received before with other content`,
});

/** Inserts the keys the ledger lacks; answers, for each line already known, whether its content is the same. */
async function insertNewKeys(
  db: Db,
  batchId: number,
  lines: readonly (NumberedLine & { digest: number })[],
): Promise<Map<number, boolean>> {
  await db.query(`CREATE TEMP TABLE IF NOT EXISTS ledger_incoming
    (LIKE ledger_keys INCLUDING DEFAULTS, line_no integer NOT NULL) ON COMMIT DELETE ROWS`);
  await db.query('TRUNCATE ledger_incoming');
  await copyRows(
    db,
    'ledger_incoming',
    [...KEY_COLUMNS, 'line_no'],
    lines.map((e) => `${keyRow(batchId, e.line, e.digest)}\t${e.lineNo}`),
  );
  const { rows } = await db.query<{ line_no: number; same: boolean }>(
    `WITH inserted AS (
       INSERT INTO ledger_keys (${KEY_COLUMNS.join(', ')})
       SELECT ${KEY_COLUMNS.join(', ')} FROM ledger_incoming ON CONFLICT DO NOTHING RETURNING source, line_id
     )
     SELECT i.line_no, k.digest = i.digest AS same
     FROM ledger_incoming i JOIN ledger_keys k USING (source, line_id)
     WHERE NOT EXISTS (SELECT 1 FROM inserted n WHERE n.source = i.source AND n.line_id = i.line_id)`,
  );
  return new Map(rows.map((r) => [r.line_no, r.same]));
}

const KEY_COLUMNS = [
  'source',
  'line_id',
  'batch_id',
  'publisher_id',
  'kind',
  'usd_cents',
  'billed_on',
  'reverses',
  'digest',
];
const LINE_COLUMNS = [
  'source',
  'line_id',
  'batch_id',
  'line_no',
  'publisher_id',
  'offer_id',
  'customer_id',
  'customer_country',
  'amount_minor',
  'currency',
  'usd_cents',
  'billed_on',
  'kind',
  'reverses',
  'note',
];

// COPY's text format: tab-separated, \N for null, backslash, tab and line breaks escaped.
const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const esc = (value: string) =>
  /[\\\t\n\r]/.test(value) ? value.replace(SPECIAL, (c) => ESCAPES[c]!) : value;
const keyRow = (batchId: number, l: Line, digest: number) =>
  `${esc(l.source)}\t${esc(l.lineId)}\t${batchId}\t${l.publisherId}\t${l.kind}\t${l.usdCents}\t${l.billedOn}\t${l.reverses === null ? '\\N' : esc(l.reverses)}\t${digest}`;
const lineRow = (batchId: number, lineNo: number, l: Line) =>
  `${esc(l.source)}\t${esc(l.lineId)}\t${batchId}\t${lineNo}\t${l.publisherId}\t${l.offerId ?? '\\N'}\t${esc(l.customerId)}\t${l.customerCountry}\t${l.amountMinor}\t${l.currency}\t${l.usdCents}\t${l.billedOn}\t${l.kind}\t${nullable(l.reverses)}\t${nullable(l.note)}`;
const nullable = (value: string | null) => (value === null ? '\\N' : esc(value));

async function copyRows(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: readonly string[],
): Promise<void> {
  if (rows.length === 0) return;
  const stream = db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunked(rows)), stream);
}

/** Rows joined into pieces of about 1 MiB, so that COPY gets few large writes. */
function* chunked(rows: readonly string[]): Generator<string> {
  let piece = '';
  for (const row of rows) {
    piece += row + '\n';
    if (piece.length > 1 << 20) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
