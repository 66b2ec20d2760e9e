// Currency rates by billing month: USD per unit, given once per currency and month (a line converted with a rate
// keeps its USD figure, so a rate is never changed under it).
import { formatRate, isCurrency, parseRate } from '../../domain/currency.ts';
import type { Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/problems.ts';
import type { RateView } from './currency-rates.schema.ts';

type Checked = { ok: true; rate: RateView } | { ok: false; code: string; field: string; detail: string };

/** Checks one rate: an ISO 4217 currency other than USD, a month YYYY-MM, a positive decimal. */
export function checkRate(fields: Record<string, unknown>): Checked {
  const { currency, month, usdPerUnit } = fields;
  if (
    typeof currency !== 'string' ||
    !/^[A-Z]{3}$/.test(currency) ||
    !isCurrency(currency) ||
    currency === 'USD'
  ) {
    return {
      ok: false,
      code: 'unknown-currency',
      field: 'currency',
      detail: 'currency must be an ISO 4217 code other than USD',
    };
  }
  if (typeof month !== 'string' || !/^(19|20)\d{2}-(0[1-9]|1[0-2])$/.test(month)) {
    return { ok: false, code: 'malformed-month', field: 'month', detail: 'month must be YYYY-MM' };
  }
  const rate = parseRate(
    typeof usdPerUnit === 'number' ? String(usdPerUnit) : typeof usdPerUnit === 'string' ? usdPerUnit : '',
  );
  if (!rate) {
    return {
      ok: false,
      code: 'malformed-rate',
      field: 'usdPerUnit',
      detail: 'usdPerUnit must be a positive decimal such as 1.0842',
    };
  }
  return { ok: true, rate: { currency, month, usdPerUnit: formatRate(rate) } };
}

/** Stores new rates; the same rate again is a duplicate, another rate for a month already set is rejected. */
export async function storeRates(
  tx: Db,
  rates: readonly RateView[],
  now: Date,
): Promise<{ inserted: number; same: number; conflicts: RateView[] }> {
  const outcome = { inserted: 0, same: 0, conflicts: [] as RateView[] };
  for (const rate of rates) {
    // The rate stored now or before (`usd_per_unit::text`), and whether this statement stored it.
    const { rows } = await tx.query<Pick<Row<'currency_rates'>, 'usd_per_unit'> & { inserted: boolean }>(
      `WITH ins AS (
         INSERT INTO currency_rates (currency, month, usd_per_unit, created_at) VALUES ($1, ($2 || '-01')::date, $3, $4)
         ON CONFLICT DO NOTHING RETURNING usd_per_unit
       )
       SELECT true AS inserted, usd_per_unit::text FROM ins
       UNION ALL SELECT false, usd_per_unit::text FROM currency_rates
       WHERE currency = $1 AND month = ($2 || '-01')::date AND NOT EXISTS (SELECT 1 FROM ins)`,
      [rate.currency, rate.month, rate.usdPerUnit, now],
    );
    const row = rows[0]!;
    if (row.inserted) outcome.inserted++;
    else if (parseRate(row.usd_per_unit) && formatRate(parseRate(row.usd_per_unit)!) === rate.usdPerUnit)
      outcome.same++;
    else outcome.conflicts.push({ ...rate, usdPerUnit: formatRate(parseRate(row.usd_per_unit)!) });
  }
  return outcome;
}

/** One rate through the API: 409 when the month already has another rate. */
export async function putRate(
  tx: Db,
  fields: Record<string, unknown>,
  now: Date,
): Promise<{ rate: RateView; created: boolean }> {
  const checked = checkRate(fields);
  if (!checked.ok) {
    throw new AppError('validation-failed', checked.detail, {
      errors: [
        {
          pointer: checked.field === 'usdPerUnit' ? '/body/usdPerUnit' : `/params/${checked.field}`,
          code: checked.code,
          detail: checked.detail,
        },
      ],
    });
  }
  const outcome = await storeRates(tx, [checked.rate], now);
  const conflict = outcome.conflicts[0];
  if (conflict) {
    throw new AppError(
      'rate-fixed',
      `The ${conflict.currency} rate for ${conflict.month} is ${conflict.usdPerUnit} already; lines were converted with it.`,
    );
  }
  return { rate: checked.rate, created: outcome.inserted === 1 };
}

export async function listRates(db: Db): Promise<RateView[]> {
  // Presented as the API answers it: the month as YYYY-MM, the rate without trailing zeros.
  const { rows } = await db.query<RateView>(
    `SELECT currency, to_char(month, 'YYYY-MM') AS month, trim(trailing '.' FROM trim(trailing '0' FROM usd_per_unit::text)) AS "usdPerUnit"
     FROM currency_rates ORDER BY month DESC, currency`,
  );
  return rows;
}
