// When a company reaches its next tier if it keeps selling at its recent pace (the ledger's forecast). The trailing
// window keeps sliding, so the months that leave it are taken out as the pace adds new ones. Pure.
import { addMonths, isoDay } from './time.ts';

export interface ForecastInput {
  /** The day the figures are as of, YYYY-MM-DD. */
  asOf: string;
  trailingMonths: number;
  /** Counted sales by billing month (YYYY-MM) inside the current window. */
  months: ReadonlyMap<string, number>;
  /** Average counted sales per month at the current pace. */
  paceUsdCentsPerMonth: number;
  targetUsdCents: number;
  /** How far to look; default two years. */
  horizonMonths?: number;
}

/**
 * The first billing month (YYYY-MM) still inside the window `step` months after `asOf`: the month of `asOf` moved
 * by `step - trailingMonths` (adding months keeps a day inside its month, so only the month moves). On the month
 * numbers, not dates: the explanation asks it for every step of a two-year horizon.
 */
export function windowStart(asOf: string, trailingMonths: number, step: number): string {
  const months = Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7)) - 1 + step - trailingMonths;
  const year = Math.floor(months / 12);
  return `${String(year).padStart(4, '0')}-${String(months - year * 12 + 1).padStart(2, '0')}`;
}

/** The first month-end step at which the trailing total reaches the target, or null within the horizon. */
export function forecastReach(input: ForecastInput): string | null {
  const start = new Date(`${input.asOf}T00:00:00Z`);
  const horizon = input.horizonMonths ?? 24;
  for (let step = 0; step <= horizon; step++) {
    const from = windowStart(input.asOf, input.trailingMonths, step);
    let total = Math.min(step, input.trailingMonths) * input.paceUsdCentsPerMonth;
    for (const [month, cents] of input.months) if (month > from) total += cents;
    if (total >= input.targetUsdCents) return isoDay(addMonths(start, step));
  }
  return null;
}

export interface Leaving {
  /** Counted sales of the months that leave the window within the period (refunds make it negative). */
  usdCents: number;
  /** The day the last of those months has left it, YYYY-MM-DD; null when no month with sales leaves. */
  by: string | null;
}

/**
 * The sales that leave the trailing window within the next `withinMonths` months (default three, the months the
 * pace is measured on): the reason a forecast can be far although the pace is high. A month leaves at the first
 * monthly step whose window no longer holds it, the same step `forecastReach` takes it out.
 */
export function salesLeaving(
  input: Pick<ForecastInput, 'asOf' | 'trailingMonths' | 'months'> & { withinMonths?: number },
): Leaving {
  const within = input.withinMonths ?? 3;
  let usdCents = 0;
  let by: string | null = null;
  for (let step = 1; step <= within; step++) {
    const before = windowStart(input.asOf, input.trailingMonths, step - 1);
    const after = windowStart(input.asOf, input.trailingMonths, step);
    for (const [month, cents] of input.months)
      if (month > before && month <= after && cents !== 0) {
        usdCents += cents;
        by = isoDay(addMonths(new Date(`${input.asOf}T00:00:00Z`), step));
      }
  }
  return { usdCents, by };
}
