// Calendar arithmetic in UTC. Pure: every function takes the instant it works from.

const DAY_MS = 86_400_000;

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

export function addHours(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * 3_600_000);
}

/** Adds calendar months in UTC, clamping the day (Jan 31 + 1 month = Feb 28 or 29). */
export function addMonths(at: Date, months: number): Date {
  const result = new Date(at.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** The latest anniversary of `start` (in whole years) that is not after `now`; `start` itself in year one. */
export function lastAnniversary(start: Date, now: Date): Date {
  let years = now.getUTCFullYear() - start.getUTCFullYear();
  let candidate = addMonths(start, 12 * years);
  while (years > 0 && candidate > now) candidate = addMonths(start, 12 * --years);
  return candidate;
}

export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
