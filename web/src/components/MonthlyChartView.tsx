// The picture of MonthlyChart.tsx, drawn with Fluent UI's charts: loaded lazily (React.lazy), since the library and
// its d3 modules weigh twenty times the page that shows them. Figures are whole US dollars; the hover card names the
// month, what was billed in it and the window's total at its end.
import { VerticalStackedBarChart, type VerticalStackedChartProps } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { niceTicks, wholeUsd, type ChartMonth } from './chartMonths.ts';

// webLightTheme's brand colours: the month's own sales dark, the months before it a light tint of the same hue.
const MONTH_COLOR = '#0f6cbd';
const EARLIER_COLOR = '#b4d6fa';
const THRESHOLD_COLOR = '#424242';

const useStyles = makeStyles({
  chart: { width: '100%', minWidth: 0 },
  // The legend is the page's own: the charts' capitalizes every word ("Billed In The Months Before") and, on a
  // phone, takes a line per item out of the plot's height.
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    columnGap: '20px',
    rowGap: '4px',
    fontSize: tokens.fontSizeBase200,
  },
  key: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
  swatch: { display: 'inline-block', width: '12px', height: '12px' },
  dash: { display: 'inline-block', width: '16px', borderTop: `2px dashed ${THRESHOLD_COLOR}` },
  callout: {
    display: 'grid',
    gridTemplateColumns: 'auto auto',
    columnGap: '12px',
    rowGap: '2px',
    padding: '8px 12px',
    fontSize: tokens.fontSizeBase200,
  },
  calloutTitle: { gridColumn: '1 / -1', fontWeight: tokens.fontWeightSemibold, marginBottom: '4px' },
  figure: { textAlign: 'end', fontWeight: tokens.fontWeightSemibold },
});

/** Below this width twelve month names no longer fit side by side: they are slanted instead of left out. */
const NARROW = '(max-width: 600px)';
const subscribe = (changed: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
};
const isNarrow = () => window.matchMedia(NARROW).matches;

export default function MonthlyChartView({
  months,
  threshold,
  label,
}: {
  months: ChartMonth[];
  threshold: { name: string; usdCents: number } | null;
  label: (month: ChartMonth) => string;
}) {
  const styles = useStyles();
  const narrow = useSyncExternalStore(subscribe, isNarrow);
  const { t, usd, locale } = useI18n();
  const dollars = (cents: number) => wholeUsd(usd, cents);
  const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const compact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const monthLegend = t('demo.chartMonthSales');
  const earlierLegend = t('demo.chartEarlier');
  const thresholdLegend = threshold && t('demo.chartThreshold', { tier: threshold.name });
  const byPoint = new Map<unknown, ChartMonth>();
  const data: VerticalStackedChartProps[] = months.map((m) => {
    // A month with more refunds than sales lowers the total: its bar is the total after it, with no dark top.
    const own = Math.max(0, m.countedUsdCents);
    const before = Math.max(0, m.runningUsdCents - own);
    const name = label(m);
    const spoken = t('demo.chartPoint', {
      month: name,
      amount: dollars(m.countedUsdCents),
      total: dollars(m.runningUsdCents),
    });
    const xAxisPoint = short.format(new Date(`${m.month}-01T00:00:00Z`));
    byPoint.set(xAxisPoint, m);
    return {
      xAxisPoint,
      xAxisCalloutData: name,
      stackCallOutAccessibilityData: { ariaLabel: spoken },
      chartData: [
        {
          legend: earlierLegend,
          data: before / 100,
          color: EARLIER_COLOR,
          yAxisCalloutData: dollars(m.runningUsdCents - m.countedUsdCents),
          callOutAccessibilityData: { ariaLabel: spoken },
        },
        {
          legend: monthLegend,
          data: own / 100,
          color: MONTH_COLOR,
          yAxisCalloutData: dollars(m.countedUsdCents),
          callOutAccessibilityData: { ariaLabel: spoken },
        },
      ],
      lineData:
        threshold && thresholdLegend
          ? [
              {
                y: threshold.usdCents / 100,
                legend: thresholdLegend,
                color: THRESHOLD_COLOR,
                yAxisCalloutData: dollars(threshold.usdCents),
                lineOptions: { strokeDasharray: '6 4', strokeWidth: 2 },
              },
            ]
          : undefined,
    };
  });
  // The hover card: the month, what was billed in it, the total so far and the threshold, in that order. The chart
  // passes the hovered stack (typed as CustomizedCalloutData, it is the VerticalStackedChartProps given).
  const callout = (stack: unknown) => {
    const m = byPoint.get(
      typeof stack === 'object' && stack !== null && 'xAxisPoint' in stack ? stack.xAxisPoint : undefined,
    );
    if (!m) return null;
    return (
      <div className={styles.callout}>
        <span className={styles.calloutTitle}>{label(m)}</span>
        <span>{monthLegend}</span>
        <span className={styles.figure}>{dollars(m.countedUsdCents)}</span>
        <span>{t('demo.chartRunning')}</span>
        <span className={styles.figure}>{dollars(m.runningUsdCents)}</span>
        {threshold && thresholdLegend && (
          <>
            <span>{thresholdLegend}</span>
            <span className={styles.figure}>{dollars(threshold.usdCents)}</span>
          </>
        )}
      </div>
    );
  };
  // Room above the threshold line, so that it is not mistaken for the chart's frame.
  const ticks = niceTicks(
    (Math.max(threshold?.usdCents ?? 0, ...months.map((m) => m.runningUsdCents)) / 100) * 1.04,
  );
  return (
    <>
      <VerticalStackedBarChart
        className={styles.chart}
        data={data}
        // On a phone the month names slant below the axis: the plot keeps its room.
        height={narrow ? 340 : 300}
        isCalloutForStack
        onRenderCalloutPerStack={callout}
        yMaxValue={ticks[ticks.length - 1]}
        yAxisTickValues={ticks}
        rotateXAxisLables={narrow}
        yAxisTickFormat={(value: number) => compact.format(value)}
        culture={locale}
        barWidth="auto"
        maxBarWidth={40}
        hideLabels
        margins={{ top: 20, bottom: 35, left: 56, right: 16 }}
        hideLegend
      />
      <div className={styles.legend}>
        <span className={styles.key}>
          <span className={styles.swatch} style={{ background: EARLIER_COLOR }} />
          {earlierLegend}
        </span>
        <span className={styles.key}>
          <span className={styles.swatch} style={{ background: MONTH_COLOR }} />
          {monthLegend}
        </span>
        {thresholdLegend && (
          <span className={styles.key}>
            <span className={styles.dash} />
            {thresholdLegend}
          </span>
        )}
      </div>
    </>
  );
}
