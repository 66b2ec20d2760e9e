// The dashboards' pictures, drawn by Fluent UI's charts (@fluentui/react-charts) in the charts' own palette
// (DataVizPalette: green kept, orange late, red missed). Loaded lazily, like MonthlyChartView: the library and its d3
// modules are most of this chunk, and the console's words and tables come first. Each picture is a summary of the
// card's headline and table, which say the same in words and figures.
import {
  DataVizPalette,
  getColorFromToken,
  HorizontalBarChart,
  VerticalBarChart,
  VerticalStackedBarChart,
  type ChartProps,
  type VerticalStackedChartProps,
} from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { BenefitRow, ContactRateRow, TierRow } from './figures.ts';

const useStyles = makeStyles({
  chart: { width: '100%', minWidth: 0 },
  // The cartesian charts take their container's height: a fixed one, or a card stretched by its row's neighbour
  // would grow the chart, which grows the row.
  frame: { height: '260px', minWidth: 0 },
  narrowFrame: { height: '300px', minWidth: 0 },
  // The page's own legend: the charts' capitalizes every word and, on a phone, takes a line per item.
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    columnGap: '16px',
    rowGap: '4px',
    fontSize: tokens.fontSizeBase200,
  },
  key: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
  swatch: { display: 'inline-block', width: '12px', height: '12px', flexShrink: 0 },
});

interface Series {
  label: string;
  /** A hex colour: the charts take the palette's tokens only in some of their kinds. */
  color: string;
}

/** The charts' palette for a light theme, by meaning: kept, late, missed, waiting, and the plain series. */
const COLOR = {
  good: getColorFromToken(DataVizPalette.success),
  late: getColorFromToken(DataVizPalette.warning),
  bad: getColorFromToken(DataVizPalette.error),
  waiting: getColorFromToken(DataVizPalette.disabled),
  first: getColorFromToken(DataVizPalette.color1),
  third: getColorFromToken(DataVizPalette.color3),
};

function Legend({ series }: { series: Series[] }) {
  const styles = useStyles();
  return (
    <div className={styles.legend}>
      {series.map((s) => (
        <span key={s.label} className={styles.key}>
          <span className={styles.swatch} style={{ background: s.color }} />
          {s.label}
        </span>
      ))}
    </div>
  );
}

function Frame({ narrow, children }: { narrow: boolean; children: ReactNode }) {
  const styles = useStyles();
  return <div className={narrow ? styles.narrowFrame : styles.frame}>{children}</div>;
}

/** Whole-number ticks (counts): 1, 2 or 5 times a power of ten, four or five steps up to `top` or above. */
function countTicks(top: number): number[] {
  const rough = Math.max(1, top / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough)!;
  const ticks = [0];
  while (ticks[ticks.length - 1]! < Math.max(top, 1)) ticks.push(ticks.length * step);
  return ticks;
}

/** The axes' common settings: whole-number ticks in the reader's digits; slanted labels on a phone. */
function useAxes(top: number, narrow: boolean) {
  const { locale } = useI18n();
  const ticks = countTicks(top);
  const number = new Intl.NumberFormat(locale);
  return {
    axes: {
      culture: locale,
      yMaxValue: ticks[ticks.length - 1],
      yAxisTickValues: ticks,
      yAxisTickFormat: (value: number) => number.format(value),
      rotateXAxisLables: narrow,
      hideLegend: true,
      hideLabels: true,
      barWidth: 'auto' as const,
      maxBarWidth: 40,
      margins: { top: 16, bottom: 35, left: 40, right: 16 },
    },
  };
}

/** One stacked bar per segment list, its hover card and spoken label naming every segment with its count. */
function stacks(
  points: { x: string; title: string; segments: (Series & { value: number })[]; extra?: string }[],
  number: (n: number) => string,
): VerticalStackedChartProps[] {
  return points.map(({ x, title, segments, extra }) => {
    const ariaLabel = [title, ...segments.map((s) => `${s.label}: ${number(s.value)}`), extra]
      .filter(Boolean)
      .join(', ');
    return {
      xAxisPoint: x,
      xAxisCalloutData: extra ? `${title} · ${extra}` : title,
      stackCallOutAccessibilityData: { ariaLabel },
      chartData: segments.map((s) => ({
        legend: s.label,
        data: s.value,
        color: s.color,
        yAxisCalloutData: number(s.value),
        callOutAccessibilityData: { ariaLabel },
      })),
    };
  });
}

/** Each week of the window: kept, late, missed (past due, no contact) and still within its week. */
export function ContactRateChart({
  weeks,
  narrow,
}: {
  weeks: { weekStart: string; row?: ContactRateRow }[];
  /** A phone's width (`useNarrow`, which the page has already loaded). */
  narrow: boolean;
}) {
  const styles = useStyles();
  const { t, number, date, locale } = useI18n();
  const short = new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const series = {
    kept: { label: t('dash.withinWeek'), color: COLOR.good },
    late: { label: t('dash.contactedLate'), color: COLOR.late },
    missed: { label: t('dash.pastDue'), color: COLOR.bad },
    waiting: { label: t('dash.withinItsWeek'), color: COLOR.waiting },
  };
  const points = weeks.map(({ weekStart, row }) => ({
    x: short.format(new Date(`${weekStart}T00:00:00Z`)),
    title: t('dash.weekOf', { date: date(weekStart) }),
    extra: row?.share == null ? undefined : t('dash.keptShare', { share: percent.format(row.share) }),
    segments: [
      { ...series.kept, value: row?.contactedWithinWeek ?? 0 },
      { ...series.late, value: row?.contactedLate ?? 0 },
      { ...series.missed, value: row?.notYetContactedPastDue ?? 0 },
      { ...series.waiting, value: (row?.notYetContacted ?? 0) - (row?.notYetContactedPastDue ?? 0) },
    ],
  }));
  const { axes } = useAxes(Math.max(0, ...weeks.map((w) => w.row?.activations ?? 0)), narrow);
  return (
    <>
      <Frame narrow={narrow}>
        <VerticalStackedBarChart
          className={styles.chart}
          data={stacks(points, number)}
          isCalloutForStack
          {...axes}
        />
      </Frame>
      <Legend series={Object.values(series)} />
    </>
  );
}

/** Open work by age, youngest first: late work in red on top of the rest. */
export function OpenWorkChart({
  ages,
  narrow,
}: {
  ages: { age: string; open: number; late: number }[];
  narrow: boolean;
}) {
  const styles = useStyles();
  const { t, tOr, number } = useI18n();
  const series = {
    onTime: { label: t('dash.notLate'), color: COLOR.first },
    late: { label: t('dash.late'), color: COLOR.bad },
  };
  const points = ages.map(({ age, open, late }) => {
    const name = tOr(`age.${age}`, age);
    return {
      x: name,
      title: name,
      segments: [
        { ...series.onTime, value: open - late },
        { ...series.late, value: late },
      ],
    };
  });
  const { axes } = useAxes(Math.max(0, ...ages.map((a) => a.open)), narrow);
  return (
    <>
      <Frame narrow={narrow}>
        <VerticalStackedBarChart
          className={styles.chart}
          data={stacks(points, number)}
          isCalloutForStack
          wrapXAxisLables={!narrow}
          {...axes}
        />
      </Frame>
      <Legend series={Object.values(series)} />
    </>
  );
}

/** The transparent rest of a horizontal bar: no hover card, not focusable, not spoken. */
const REST = { legend: '', placeHolder: true, color: 'transparent' };

/**
 * One bar per benefit, most activated first, in its stages, its name and count above it (wrapping on a phone).
 * The chart draws each bar across the whole width; a transparent rest (the most activated benefit's count less this
 * one's) makes the bars' lengths compare. Stages with none stay in, at no width: a bar whose second part is the rest
 * is taken by the chart for a single value and its rest painted grey.
 */
export function BenefitChart({ rows }: { rows: BenefitRow[] }) {
  const styles = useStyles();
  const { t, tOr, number, locale } = useI18n();
  const series = {
    fulfilled: { label: t('dash.fulfilled'), color: COLOR.good },
    inProgress: { label: t('dash.inProgress'), color: COLOR.first },
    requested: { label: t('dash.requested'), color: COLOR.third },
  };
  const most = Math.max(1, ...rows.map((r) => r.activations));
  const data: ChartProps[] = rows.map((row) => {
    const name = tOr(`benefitName.${row.benefitId}`, row.benefitName);
    const point = (s: Series, value: number) => ({
      legend: s.label,
      color: s.color,
      horizontalBarChartdata: { x: value, total: most },
      xAxisCalloutData: name,
      yAxisCalloutData: number(value),
      callOutAccessibilityData: { ariaLabel: `${name}, ${s.label}: ${number(value)}` },
    });
    return {
      chartTitle: `${name} · ${number(row.activations)}`,
      chartData: [
        point(series.fulfilled, row.fulfilled),
        point(series.inProgress, row.inProgress),
        point(series.requested, row.requested),
        { ...REST, horizontalBarChartdata: { x: most - row.activations, total: most } },
      ],
    };
  });
  return (
    <>
      <HorizontalBarChart
        className={styles.chart}
        data={data}
        chartDataMode="hidden"
        culture={locale}
        // The page's legend below, once: the chart's own would list each stage once per benefit.
        legendProps={{ legends: [] }}
        barHeight={12}
      />
      <Legend series={Object.values(series)} />
    </>
  );
}

/**
 * One bar per tier, in the program's order, empty tiers included. On a phone the bars lie down, each under its
 * tier's name: nine slanted names under nine narrow columns read as belonging to the column on their left.
 */
export function TierChart({ rows, what, narrow }: { rows: TierRow[]; what: string; narrow: boolean }) {
  const styles = useStyles();
  const { tOr, number, locale } = useI18n();
  const { axes } = useAxes(Math.max(0, ...rows.map((r) => r.count)), narrow);
  const named = rows.map((row) => ({ row, name: tOr(`tier.${row.tierId}`, row.tierName) }));
  const spoken = (name: string, count: number) => `${name}, ${what}: ${number(count)}`;
  if (narrow) {
    const most = Math.max(1, ...rows.map((r) => r.count));
    return (
      <HorizontalBarChart
        className={styles.chart}
        data={named.map(({ row, name }) => ({
          chartTitle: `${name} · ${number(row.count)}`,
          chartData: [
            {
              legend: what,
              color: COLOR.first,
              horizontalBarChartdata: { x: row.count, total: most },
              xAxisCalloutData: name,
              yAxisCalloutData: number(row.count),
              callOutAccessibilityData: { ariaLabel: spoken(name, row.count) },
            },
            // A bar of one value would be drawn with a dark grey rest: a second part of no width, then the rest
            // (the largest tier's count less this one's) transparent, as the benefits' bars have it.
            { ...REST, legend: what, horizontalBarChartdata: { x: 0, total: most } },
            { ...REST, horizontalBarChartdata: { x: most - row.count, total: most } },
          ],
        }))}
        chartDataMode="hidden"
        culture={locale}
        legendProps={{ legends: [] }}
        barHeight={12}
      />
    );
  }
  return (
    <Frame narrow={narrow}>
      <VerticalBarChart
        className={styles.chart}
        data={named.map(({ row, name }) => ({
          x: name,
          y: row.count,
          legend: name,
          color: COLOR.first,
          xAxisCalloutData: name,
          yAxisCalloutData: `${what}: ${number(row.count)}`,
          callOutAccessibilityData: { ariaLabel: spoken(name, row.count) },
        }))}
        wrapXAxisLables
        {...axes}
      />
    </Frame>
  );
}
