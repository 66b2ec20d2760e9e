// What a program lead asks: is the one-week promise kept, how old is the open work, which benefits are activated,
// where publishers stand. Each table downloads as CSV (formula-safe cells, made by the API).
import { Card, Link, makeStyles, Title3 } from '@fluentui/react-components';
import { DataTable } from '../../components/DataTable.tsx';
import { Empty, Gate } from '../../components/Feedback.tsx';
import { useApi, type Loaded } from '../../queries.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';
import type { paths } from '../../api/schema.d.ts';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(420px, 100%), 1fr))',
    gap: '12px',
  },
  card: { padding: '16px', gap: '8px' },
  head: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: '12px',
    flexWrap: 'wrap',
  },
});

type Row = Record<string, string | number | null>;
type Cell = { key: string; label: MessageKey; format?: (value: Row[string], row: Row) => string };

/** The dashboards the API serves (each also as CSV at …/export). */
type DashboardPath = Exclude<Extract<keyof paths, `/api/v1/dashboards/${string}`>, `${string}/export`>;
type DashboardName = DashboardPath extends `/api/v1/dashboards/${infer N}` ? N : never;

const DASHBOARDS: { name: DashboardName; title: MessageKey; cells: Cell[] }[] = [
  {
    name: 'contact-rate',
    title: 'dash.contactRate',
    cells: [
      { key: 'weekStart', label: 'dash.week' },
      { key: 'activations', label: 'dash.activations' },
      { key: 'contactedWithinWeek', label: 'dash.withinWeek' },
      { key: 'contactedLate', label: 'dash.late' },
      { key: 'notYetContacted', label: 'dash.notYet' },
      { key: 'share', label: 'dash.share' },
    ],
  },
  {
    name: 'open-work',
    title: 'dash.openWork',
    cells: [
      { key: 'age', label: 'dash.age' },
      { key: 'kind', label: 'console.kind' },
      { key: 'open', label: 'dash.open' },
      { key: 'late', label: 'dash.late' },
      { key: 'unassigned', label: 'dash.unassigned' },
    ],
  },
  {
    name: 'activations-by-benefit',
    title: 'dash.byBenefit',
    cells: [
      { key: 'benefitName', label: 'dash.benefit' },
      { key: 'activations', label: 'dash.activations' },
      { key: 'fulfilled', label: 'dash.fulfilled' },
      { key: 'inProgress', label: 'dash.inProgress' },
      { key: 'requested', label: 'dash.requested' },
    ],
  },
  {
    name: 'activations-by-tier',
    title: 'dash.byTier',
    cells: [
      { key: 'tierName', label: 'dash.tier' },
      { key: 'count', label: 'dash.count' },
    ],
  },
  {
    name: 'publishers-by-tier',
    title: 'dash.publishersByTier',
    cells: [
      { key: 'tierName', label: 'dash.tier' },
      { key: 'count', label: 'dash.count' },
    ],
  },
];

export function Dashboards() {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      {DASHBOARDS.map((d) => (
        <Dashboard key={d.name} {...d} />
      ))}
    </div>
  );
}

function Dashboard({ name, title, cells }: (typeof DASHBOARDS)[number]) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr, number, date } = i18n;
  // Each dashboard's rows have their own columns; the cells name them.
  const loaded: Loaded<{ items: Row[] }> = useApi(`/api/v1/dashboards/${name}` as const, {});
  const show = (key: string, value: Row[string], row: Row): string => {
    if (value === null) return '—';
    if (key === 'share' && typeof value === 'number') return `${number(Math.round(value * 1000) / 10)}%`;
    if (key === 'weekStart') return date(String(value));
    if (key === 'age') return tOr(`age.${String(value)}`, String(value));
    if (key === 'kind') return tOr(`taskKind.${String(value)}`, String(value));
    if (key === 'benefitName') return tOr(`benefitName.${String(row.benefitId)}`, String(value));
    if (key === 'tierName') return tOr(`tier.${String(row.tierId)}`, String(value));
    return typeof value === 'number' ? number(value) : value;
  };
  return (
    <Card className={styles.card}>
      <div className={styles.head}>
        <Title3 as="h2">{t(title)}</Title3>
        <Link href={`/api/v1/dashboards/${name}/export`} download>
          {t('dash.download')}
        </Link>
      </div>
      <Gate loaded={loaded}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('common.none')}</Empty>
          ) : (
            <DataTable
              label={t(title)}
              size="small"
              columns={cells.map((c) => ({ label: c.label, numeric: typeof items[0]?.[c.key] === 'number' }))}
              items={items.map((row, i) => ({ row, i }))}
              rowKey={({ i }) => String(i)}
              cells={({ row }) => cells.map((c) => show(c.key, row[c.key] ?? null, row))}
            />
          )
        }
      </Gate>
    </Card>
  );
}
