// What a program lead asks: is the one-week promise kept, how old is the open work, which benefits are activated,
// where publishers stand. Each dashboard is a card: a headline figure, a chart (Fluent UI's charts, loaded lazily
// with their d3 modules, after the words), the figures as a table behind a disclosure, and the CSV (formula-safe
// cells, made by the API).
import { makeStyles } from '@fluentui/react-components';
import { lazy } from 'react';
import { DataTable } from '../../components/DataTable.tsx';
import { useNarrow } from '../../hooks.ts';
import { useI18n, type I18n, type MessageKey } from '../../i18n/i18n.tsx';
import { useProgram } from '../../program.ts';
import { combine, useApi } from '../../queries.ts';
import { DashboardCard } from './dashboards/DashboardCard.tsx';
import {
  activations,
  contactRate,
  inTierOrder,
  largestTier,
  openWork,
  openWorkByAge,
  pastEntryTier,
  WEEKS,
  windowWeeks,
} from './dashboards/figures.ts';

const charts = () => import('./dashboards/DashboardCharts.tsx');
const ContactRateChart = lazy(() => charts().then((m) => ({ default: m.ContactRateChart })));
const OpenWorkChart = lazy(() => charts().then((m) => ({ default: m.OpenWorkChart })));
const BenefitChart = lazy(() => charts().then((m) => ({ default: m.BenefitChart })));
const TierChart = lazy(() => charts().then((m) => ({ default: m.TierChart })));

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(480px, 100%), 1fr))',
    gap: '12px',
  },
});

export function Dashboards() {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      <ContactRateCard />
      <OpenWorkCard />
      <BenefitCard />
      <TierCard name="activations-by-tier" />
      <TierCard name="publishers-by-tier" />
    </div>
  );
}

type Value = string | number | null | undefined;
type Cell<R> = { key: keyof R & string; label: MessageKey };

/** The figures as a table, each cell in the reader's language. */
function Figures<R extends object>({ label, cells, rows }: { label: string; cells: Cell<R>[]; rows: R[] }) {
  const i18n = useI18n();
  const at = (row: R, key: string) => (row as Record<string, Value>)[key] ?? null;
  return (
    <DataTable
      label={label}
      size="small"
      columns={cells.map((c) => ({
        label: c.label,
        numeric: rows.some((r) => typeof at(r, c.key) === 'number'),
      }))}
      items={rows.map((row, i) => ({ row, i }))}
      rowKey={({ i }) => String(i)}
      cells={({ row }) => cells.map((c) => show(i18n, c.key, at(row, c.key), (k) => at(row, k)))}
    />
  );
}

function show(i18n: I18n, key: string, value: Value, of: (key: string) => Value): string {
  const { tOr, number, date } = i18n;
  if (value === null || value === undefined) return '—';
  if (key === 'share' && typeof value === 'number') return percent(i18n, value, 1);
  if (key === 'weekStart') return date(String(value));
  if (key === 'age') return tOr(`age.${String(value)}`, String(value));
  if (key === 'kind') return tOr(`taskKind.${String(value)}`, String(value));
  if (key === 'benefitName') return tOr(`benefitName.${String(of('benefitId'))}`, String(value));
  if (key === 'tierName') return tOr(`tier.${String(of('tierId'))}`, String(value));
  return typeof value === 'number' ? number(value) : value;
}

const percent = ({ locale }: I18n, share: number, digits = 0) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);

function ContactRateCard() {
  const i18n = useI18n();
  const { t, number } = i18n;
  const narrow = useNarrow();
  const loaded = useApi('/api/v1/dashboards/contact-rate', { params: { query: { weeks: WEEKS } } });
  return (
    <DashboardCard name="contact-rate" title={t('dash.contactRate')} loaded={loaded}>
      {({ items }) => {
        const { kept, due, waiting, share } = contactRate(items);
        const counts = { kept: number(kept), due: number(due), waiting: number(waiting) };
        const headline = {
          label: t('dash.head.contactRate', { weeks: number(WEEKS) }),
          figure: share === null ? '—' : percent(i18n, share),
          detail: t(share === null ? 'dash.head.contactRateNone' : 'dash.head.contactRateDetail', counts),
        };
        if (items.length === 0) return { headline };
        const weeks = windowWeeks(new Date()).map((weekStart) => ({
          weekStart,
          row: items.find((r) => r.weekStart === weekStart),
        }));
        return {
          headline,
          chart: <ContactRateChart weeks={weeks} narrow={narrow} />,
          table: (
            <Figures
              label={t('dash.contactRate')}
              rows={items}
              cells={[
                { key: 'weekStart', label: 'dash.week' },
                { key: 'activations', label: 'dash.activations' },
                { key: 'contactedWithinWeek', label: 'dash.withinWeek' },
                { key: 'contactedLate', label: 'dash.late' },
                { key: 'notYetContacted', label: 'dash.notYet' },
                { key: 'notYetContactedPastDue', label: 'dash.pastDue' },
                { key: 'share', label: 'dash.share' },
              ]}
            />
          ),
        };
      }}
    </DashboardCard>
  );
}

function OpenWorkCard() {
  const { t, number } = useI18n();
  const narrow = useNarrow();
  const loaded = useApi('/api/v1/dashboards/open-work', {});
  return (
    <DashboardCard name="open-work" title={t('dash.openWork')} loaded={loaded}>
      {({ items }) => {
        const { open, late, unassigned } = openWork(items);
        const headline = {
          label: t('dash.head.openWork'),
          figure: number(open),
          detail: t('dash.head.openWorkDetail', { late: number(late), unassigned: number(unassigned) }),
        };
        if (items.length === 0) return { headline };
        return {
          headline,
          chart: <OpenWorkChart ages={openWorkByAge(items)} narrow={narrow} />,
          table: (
            <Figures
              label={t('dash.openWork')}
              rows={items}
              cells={[
                { key: 'age', label: 'dash.age' },
                { key: 'kind', label: 'console.kind' },
                { key: 'open', label: 'dash.open' },
                { key: 'late', label: 'dash.late' },
                { key: 'unassigned', label: 'dash.unassigned' },
              ]}
            />
          ),
        };
      }}
    </DashboardCard>
  );
}

function BenefitCard() {
  const { t, tOr, number } = useI18n();
  const loaded = useApi('/api/v1/dashboards/activations-by-benefit', {});
  return (
    <DashboardCard name="activations-by-benefit" title={t('dash.byBenefit')} loaded={loaded}>
      {({ items }) => {
        const { total, fulfilled, top } = activations(items);
        const headline = {
          label: t('dash.head.activations'),
          figure: number(total),
          detail: top
            ? t('dash.head.byBenefitDetail', {
                fulfilled: number(fulfilled),
                benefit: tOr(`benefitName.${top.benefitId}`, top.benefitName),
                count: number(top.activations),
              })
            : undefined,
        };
        if (items.length === 0) return { headline };
        return {
          headline,
          chart: <BenefitChart rows={items} />,
          table: (
            <Figures
              label={t('dash.byBenefit')}
              rows={items}
              cells={[
                { key: 'benefitName', label: 'dash.benefit' },
                { key: 'activations', label: 'dash.activations' },
                { key: 'fulfilled', label: 'dash.fulfilled' },
                { key: 'inProgress', label: 'dash.inProgress' },
                { key: 'requested', label: 'dash.requested' },
              ]}
            />
          ),
        };
      }}
    </DashboardCard>
  );
}

/** Activations or publishers by tier: the same rows, counted differently. */
function TierCard({ name }: { name: 'activations-by-tier' | 'publishers-by-tier' }) {
  const i18n = useI18n();
  const { t, tOr, number } = i18n;
  const narrow = useNarrow();
  const publishers = name === 'publishers-by-tier';
  const loaded = combine({ rows: useApi(`/api/v1/dashboards/${name}`, {}), program: useProgram() });
  const title = t(publishers ? 'dash.publishersByTier' : 'dash.byTier');
  const what = t(publishers ? 'dash.head.publishers' : 'dash.head.activations');
  return (
    <DashboardCard name={name} title={title} loaded={loaded}>
      {({ rows: { items }, program }) => {
        const tierName = (tier: { id: string; name: string }) => tOr(`tier.${tier.id}`, tier.name);
        const past = pastEntryTier(items, program);
        const most = largestTier(items);
        const detail = publishers
          ? past.tier &&
            past.share !== null &&
            t('dash.head.publishersDetail', {
              tier: tierName(past.tier),
              count: number(past.count),
              share: percent(i18n, past.share),
            })
          : most.top &&
            most.share !== null &&
            t('dash.head.byTierDetail', {
              tier: tierName({ id: most.top.tierId, name: most.top.tierName }),
              count: number(most.top.count),
              share: percent(i18n, most.share),
            });
        const headline = { label: what, figure: number(most.total), detail: detail || undefined };
        if (items.length === 0) return { headline };
        return {
          headline,
          chart: <TierChart rows={inTierOrder(items, program)} what={what} narrow={narrow} />,
          table: (
            <Figures
              label={title}
              rows={items}
              cells={[
                { key: 'tierName', label: 'dash.tier' },
                { key: 'count', label: 'dash.count' },
              ]}
            />
          ),
        };
      }}
    </DashboardCard>
  );
}
