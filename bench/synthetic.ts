// Deterministic synthetic marketplace data: publishers with two transact offers each, monthly rates for three
// currencies, and billed-sales lines over two years in billing order. Sales per publisher follow a Zipf-like law
// (a few publishers sell most), as marketplaces do; 2% refunds, 0.5% cancellations, 0.5% fraud reversals.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export const FIRST_MPN = 1_000_000;
const CURRENCIES = [
  ['EUR', 1.08],
  ['GBP', 1.27],
  ['JPY', 0.0067],
] as const;

/** A small fast generator (mulberry32): the same seed gives the same data on every machine. */
export function random(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inserts `count` publishers (MPN IDs from FIRST_MPN) with offers `o<i>-0` and `o<i>-1`, live and transact. */
export async function seedPublishers(client: pg.ClientBase, count: number, now: Date): Promise<void> {
  const at = now.toISOString();
  await client.query(`INSERT INTO publishers (mpn_id, company_name, account_email, created_at)
    SELECT (${FIRST_MPN} + i)::text, 'Publisher ' || i, 'account' || i || '@publisher.example', '${at}'
    FROM generate_series(0, ${count - 1}) i`);
  await client.query(`INSERT INTO offers (publisher_id, external_id, name, marketplace, listing_option, markets, status, live_at, created_at, facts_confirmed_at)
    SELECT p.id, 'o' || (p.mpn_id::int - ${FIRST_MPN}) || '-' || k, 'Offer ' || k, 'azure-marketplace', 'transact',
           '{US}', 'live', '${at}', '${at}', '${at}'
    FROM publishers p, generate_series(0, 1) k WHERE p.mpn_id::bigint >= ${FIRST_MPN}`);
}

/** Rates for every month from `from` to `to` (YYYY-MM), as CSV lines of the currency-rates import. */
export function rateLines(from: string, to: string): string[] {
  const lines = ['currency,month,usdPerUnit'];
  for (let month = from; month <= to; month = nextMonth(month)) {
    for (const [currency, rate] of CURRENCIES) lines.push(`${currency},${month},${rate}`);
  }
  return lines;
}

export async function seedRates(client: pg.ClientBase, from: string, to: string, now: Date): Promise<void> {
  const rows = rateLines(from, to)
    .slice(1)
    .map((l) => {
      const [currency, month, rate] = l.split(',');
      return `${currency}\t${month}-01\t${rate}\t${now.toISOString()}\n`;
    });
  await pipeline(
    Readable.from(rows),
    client.query(copyFrom('COPY currency_rates (currency, month, usd_per_unit, created_at) FROM STDIN')),
  );
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export interface LinesSpec {
  publishers: number;
  lines: number;
  /** The first and last billing day, YYYY-MM-DD. */
  from: string;
  to: string;
  seed: number;
  /** Line ids start here, so that a second file continues the first. */
  firstLine?: number;
}

export const HEADER =
  'source,lineId,mpnId,offerId,customerId,customerCountry,amountMinor,currency,billedOn,kind,reversesLineId';

/** Writes the lines as the billed-sales CSV import reads them, in billing-day order. */
export async function writeLinesCsv(file: string, spec: LinesSpec): Promise<void> {
  const rnd = random(spec.seed);
  const weights = new Float64Array(spec.publishers);
  let total = 0;
  for (let i = 0; i < spec.publishers; i++) weights[i] = total += 1 / Math.pow(i + 1, 0.9);
  const pick = () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = spec.publishers - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (weights[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = Date.parse(`${spec.from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${spec.to}T00:00:00Z`) - start) / 86_400_000) + 1;
  const first = spec.firstLine ?? 0;
  const recent: { id: number; p: number; amount: number; currency: string }[] = [];
  const out = fs.createWriteStream(file);
  let piece = `${HEADER}\n`;
  for (let n = 0; n < spec.lines; n++) {
    const id = first + n;
    const day = new Date(start + Math.floor((n / spec.lines) * days) * 86_400_000).toISOString().slice(0, 10);
    const r = rnd();
    const kindDraw = rnd();
    let line: string;
    const target = recent.length > 0 ? recent[Math.floor(rnd() * recent.length)]! : null;
    if (kindDraw < 0.01 && target) {
      const kind = kindDraw < 0.005 ? 'cancellation' : 'fraud-reversal';
      const p = target.p;
      line = `mp,L${id},${FIRST_MPN + p},o${p}-0,c${p},US,${-target.amount},${target.currency},${day},${kind},L${target.id}`;
    } else {
      const p = pick();
      const currency = r < 0.8 ? 'USD' : r < 0.9 ? 'EUR' : r < 0.95 ? 'GBP' : 'JPY';
      const amount = 100 + Math.floor(rnd() * (currency === 'JPY' ? 2_000_000 : 200_000));
      const refund = kindDraw < 0.03;
      line = `mp,L${id},${FIRST_MPN + p},o${p}-${id & 1},c${Math.floor(rnd() * 1e6)},US,${refund ? -Math.ceil(amount / 2) : amount},${currency},${day},${refund ? 'refund' : 'charge'},`;
      if (!refund) {
        if (recent.length < 1000) recent.push({ id, p, amount, currency });
        else recent[Math.floor(rnd() * 1000)] = { id, p, amount, currency };
      }
    }
    piece += line + '\n';
    if (piece.length > 1 << 20) {
      if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      piece = '';
    }
  }
  out.end(piece);
  await new Promise<void>((resolve, reject) => out.on('finish', () => resolve()).on('error', reject));
}

/**
 * The tier engine's total over every company and the same figure read plainly from the lines (charges and refunds
 * billed in the trailing twelve months as of `today`, less those a reversal of their own publisher voids): equal
 * when the engine is right, however it got there.
 */
export async function engineAgainstLines(
  client: pg.ClientBase,
  windowFrom: string,
  today: string,
): Promise<{ engine: string; reference: string }> {
  const { rows } = await client.query<{ engine: string; reference: string }>(
    `SELECT coalesce((SELECT sum(ttm_usd_cents) FROM tier_standings), 0)::text AS engine,
            coalesce((SELECT sum(l.usd_cents) FROM ledger_lines l
             WHERE l.kind IN ('charge', 'refund') AND l.billed_on > $1 AND l.billed_on <= $2
               AND NOT EXISTS (SELECT 1 FROM ledger_lines r WHERE r.publisher_id = l.publisher_id AND r.source = l.source
                               AND r.reverses = l.line_id AND r.kind IN ('cancellation', 'fraud-reversal'))), 0)::text AS reference`,
    [windowFrom, today],
  );
  return rows[0]!;
}
