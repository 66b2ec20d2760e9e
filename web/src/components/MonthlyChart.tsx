// The trailing window's billed sales, month by month, against the next tier's threshold. The figures come first,
// as a table for screen readers (the picture is a summary, the table is the data); the picture is drawn by Fluent
// UI's own charts (@fluentui/react-charts, with d3), loaded only when a page shows a chart and after the page's
// words: 65 KB gzipped against the page's own 3 KB. (The first download, 182 KB, is the same either way, since
// pages are loaded as they are visited; measured as test/web-build.test.ts measures it.)
//
// Why a running total: a tier is reached by the SUM of the twelve months, not by any one month, so a threshold line
// drawn across monthly bars would say that a month must reach it. Each bar is instead the window's total up to the
// end of its month, its dark top the month's own sales and its light part the months before it: the last bar is
// the figure the tier counts, and its distance to the dashed threshold line is what is left to bill.
import { makeStyles, Text } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { LedgerSummary } from '../api/model.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { twelveMonths, wholeUsd, type ChartMonth } from './chartMonths.ts';
import { Empty, Loading } from './Feedback.tsx';

const MonthlyChartView = lazy(() => import('./MonthlyChartView.tsx'));

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
  frame: { minHeight: '300px', minWidth: 0 },
});

export function MonthlyChart({
  months: sent,
  from,
  to,
  threshold,
}: {
  months: LedgerSummary['months'];
  from: string;
  to: string;
  /** The next tier: its name and the twelve-month total it needs; none at the top tier. */
  threshold: { name: string; usdCents: number } | null;
}) {
  const styles = useStyles();
  const { t, usd, month: monthName, date } = useI18n();
  const months = twelveMonths(sent, from, to);
  const dollars = (cents: number) => wholeUsd(usd, cents);
  const label = (m: ChartMonth) =>
    m.since ? t('demo.chartSince', { month: monthName(m.month), date: date(m.since) }) : monthName(m.month);
  if (months.every((m) => m.countedUsdCents === 0 && m.excludedUsdCents === 0)) {
    return <Empty>{t('demo.chartEmpty')}</Empty>;
  }
  const summary = t('sales.chartSummary', {
    from: monthName(months[0]!.month),
    to: monthName(months[11]!.month),
  });
  return (
    <figure className={styles.figure}>
      <Text>{t(threshold ? 'demo.chartExplainNext' : 'demo.chartExplain')}</Text>
      <div className={styles.frame}>
        <Suspense fallback={<Loading />}>
          <MonthlyChartView months={months} threshold={threshold} label={label} />
        </Suspense>
      </div>
      <table className={styles.hidden}>
        <caption>{summary}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sales.month')}</th>
            <th scope="col">{t('demo.chartMonthSales')}</th>
            <th scope="col">{t('sales.excluded')}</th>
            <th scope="col">{t('demo.chartRunning')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{label(m)}</th>
              <td>{dollars(m.countedUsdCents)}</td>
              <td>{dollars(m.excludedUsdCents)}</td>
              <td>{dollars(m.runningUsdCents)}</td>
            </tr>
          ))}
        </tbody>
        {threshold && (
          <tfoot>
            <tr>
              <th scope="row">{t('demo.chartThreshold', { tier: threshold.name })}</th>
              <td colSpan={3}>{dollars(threshold.usdCents)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </figure>
  );
}
