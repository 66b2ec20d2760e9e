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
  // Arithmetic on the fields rather than a Date set field by field: the Rewards page adds months for every
  // benefit (expiries, anniversaries), and this is a third of the cost.
  const month = at.getUTCMonth() + months;
  const year = at.getUTCFullYear() + Math.floor(month / 12);
  const inYear = month - Math.floor(month / 12) * 12;
  const day = Math.min(at.getUTCDate(), daysInMonth(year, inYear));
  const timeOfDay = ((at.getTime() % DAY_MS) + DAY_MS) % DAY_MS;
  return new Date(new Date(0).setUTCFullYear(year, inYear, day) + timeOfDay);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (0 = January) of a proleptic Gregorian year. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 1 && leap ? 29 : DAYS_IN_MONTH[month]!;
}

/** The latest anniversary of `start` (in whole years) that is not after `now`; `start` itself in year one. */
export function lastAnniversary(start: Date, now: Date): Date {
  let years = now.getUTCFullYear() - start.getUTCFullYear();
  let candidate = addMonths(start, 12 * years);
  while (years > 0 && candidate > now) candidate = addMonths(start, 12 * --years);
  return candidate;
}

/** The UTC day of an instant, YYYY-MM-DD. */
export function isoDay(at: Date): string {
  return isoInstant(at).slice(0, 10);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `Date.prototype.toISOString`, written out for the years 1000-9999 (measured at half its cost: an answer carries
 * dozens of instants); other years, and an invalid date, go to it.
 */
export function isoInstant(at: Date): string {
  const year = at.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return at.toISOString();
  const ms = at.getUTCMilliseconds();
  return `${year}-${pad2(at.getUTCMonth() + 1)}-${pad2(at.getUTCDate())}T${pad2(at.getUTCHours())}:${pad2(at.getUTCMinutes())}:${pad2(at.getUTCSeconds())}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}
