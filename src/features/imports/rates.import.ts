// A file of currency rates, a chunk at a time: each line checked and stored as the API stores one rate.
import type { Db } from '../../platform/db/pool.ts';
import type { RateView } from '../currency-rates/currency-rates.schema.ts';
import { checkRate, storeRates } from '../currency-rates/currency-rates.service.ts';
import type { ChunkResult } from './imports.queries.ts';
import type { Columns, FileRecord } from './imports.records.ts';

export const RATE_FIELDS = ['currency', 'month', 'usdPerUnit'] as const;
/** The columns of a rates file: all three, on every line. */
export const RATE_COLUMNS: Columns = { known: RATE_FIELDS, required: RATE_FIELDS.map((f) => [f]) };

/** A chunk of an import file of rates. */
export async function importRates(
  tx: Db,
  records: readonly FileRecord[],
  now: Date,
): Promise<Omit<ChunkResult, 'lastLine'>> {
  const rejects: ChunkResult['rejects'] = [];
  const valid: { lineNo: number; rate: RateView }[] = [];
  for (const record of records) {
    const checked =
      typeof record.fields.__error === 'string'
        ? ({ ok: false, code: 'malformed-line', field: null, detail: record.fields.__error } as const)
        : checkRate(record.fields);
    if (checked.ok) valid.push({ lineNo: record.lineNo, rate: checked.rate });
    else
      rejects.push({
        lineNo: record.lineNo,
        code: checked.code,
        field: checked.field,
        detail: checked.detail,
      });
  }
  let accepted = 0;
  let duplicate = 0;
  for (const { lineNo, rate } of valid) {
    const outcome = await storeRates(tx, [rate], now);
    accepted += outcome.inserted;
    duplicate += outcome.same;
    for (const c of outcome.conflicts) {
      rejects.push({
        lineNo,
        code: 'rate-fixed',
        field: 'usdPerUnit',
        detail: `the ${c.currency} rate for ${c.month} is ${c.usdPerUnit} already`,
      });
    }
  }
  return { accepted, duplicate, rejects: rejects.sort((a, b) => a.lineNo - b.lineNo) };
}
