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

/** The first month-end step at which the trailing total reaches the target, or null within the horizon. */
export function forecastReach(input: ForecastInput): string | null {
  const start = new Date(`${input.asOf}T00:00:00Z`);
  const horizon = input.horizonMonths ?? 24;
  for (let step = 0; step <= horizon; step++) {
    const day = addMonths(start, step);
    const windowStart = isoDay(addMonths(day, -input.trailingMonths)).slice(0, 7);
    let total = Math.min(step, input.trailingMonths) * input.paceUsdCentsPerMonth;
    for (const [month, cents] of input.months) if (month > windowStart) total += cents;
    if (total >= input.targetUsdCents) return isoDay(day);
  }
  return null;
}
