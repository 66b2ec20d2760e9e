// The chart's months from the ledger's explanation: exactly twelve bars for the trailing window, with the running
// total the tier counts. Shared by MonthlyChart.tsx and its lazily loaded picture.
import type { LedgerSummary } from '../api/model.ts';

/** One bar: a calendar month of the window, its sales in USD cents and the window's total at its end. */
export interface ChartMonth {
  month: string;
  /** The window's first day when the bar also holds the days of the month before (the window's partial start). */
  since: string | null;
  countedUsdCents: number;
  excludedUsdCents: number;
  runningUsdCents: number;
}

const nextMonth = (month: string) => {
  const at = new Date(`${month}-01T00:00:00Z`);
  at.setUTCMonth(at.getUTCMonth() + 1);
  return at.toISOString().slice(0, 7);
};

/**
 * The twelve calendar months that end with the window's last day's, oldest first. The window (from, to] starts on
 * a day of a thirteenth month unless it ends on a month's last day: those days' sales count, so they go into the
 * first bar, which says since when.
 */
export function twelveMonths(sent: LedgerSummary['months'], from: string, to: string): ChartMonth[] {
  const last = new Date(`${to.slice(0, 7)}-01T00:00:00Z`);
  last.setUTCMonth(last.getUTCMonth() - 11);
  const first = last.toISOString().slice(0, 7);
  const months: ChartMonth[] = [];
  let running = 0;
  for (let month = first, i = 0; i < 12; month = nextMonth(month), i++) {
    const inBar = sent.filter((m) => (i === 0 ? m.month <= month : m.month === month));
    const counted = inBar.reduce((sum, m) => sum + m.countedUsdCents, 0);
    running += counted;
    const earlier = i === 0 && sent.some((m) => m.month < month);
    months.push({
      month,
      since: earlier ? nextDay(from) : null,
      countedUsdCents: counted,
      excludedUsdCents: inBar.reduce((sum, m) => sum + m.excludedUsdCents, 0),
      runningUsdCents: running,
    });
  }
  return months;
}

function nextDay(day: string): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString().slice(0, 10);
}

/** Whole dollars for sentences and axes: cents belong to the ledger's lines. */
export function wholeUsd(usd: (cents: number) => string, cents: number): string {
  return usd(Math.round(cents / 100) * 100);
}

/** Axis ticks at round figures (1, 2, 2.5 or 5 times a power of ten), four or five steps up to `top` or above. */
export function niceTicks(top: number): number[] {
  if (top <= 0) return [0, 1];
  const rough = top / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= rough)!;
  const ticks = [0];
  while (ticks[ticks.length - 1]! < top) ticks.push(ticks.length * step);
  return ticks;
}
