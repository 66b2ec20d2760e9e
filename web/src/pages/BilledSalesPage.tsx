// Billed sales: the monthly chart over the trailing twelve months, the tier history, and the ledger's lines
// (those that count and those excluded, with why), filtered and paged.
import { Badge, Button, Card, Field, makeStyles, Text, Title1, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import type { LedgerLines } from '../api/model.ts';
import { DataTable } from '../components/DataTable.tsx';
import { DisputeDialog, type Disputed } from '../components/DisputeDialog.tsx';
import { MonthlyChart } from '../components/MonthlyChart.tsx';
import { wholeUsd } from '../components/chartMonths.ts';
import { Empty, Gate } from '../components/Feedback.tsx';
import { useDialog, usePageTitle } from '../hooks.ts';
import { tierNames, useProgram } from '../program.ts';
import { combine, useApi } from '../queries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import { OptionSelect } from '../components/OptionSelect.tsx';
import { Link, navigate } from '../router.tsx';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '16px' },
  card: { padding: '16px', gap: '12px' },
  filters: { display: 'flex', gap: '16px', flexWrap: 'wrap', alignItems: 'flex-end' },
  pager: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
});

const PAGE = 25;
type Status = 'all' | 'counted' | 'excluded';

export default function BilledSalesPage() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr, usd, money, date, month: monthName, number } = i18n;
  const { publisher, can } = useSession();
  const id = publisher!.id;
  const disputeDialog = useDialog<{ line: Disputed }>();
  const canDispute = can('publisher:request');
  /** What the line's dispute says, linked to its conversation; or a button to dispute it. */
  const disputeCell = (line: LedgerLines['items'][number]) => {
    const d = line.dispute;
    if (d)
      return (
        <Link to={`/conversation?id=${d.id}`}>
          {d.role === 'correction'
            ? t('dispute.badge.correction')
            : d.outcome === null
              ? t('dispute.badge.open')
              : d.correctionUsdCents !== null
                ? t('dispute.badge.corrected', { amount: usd(d.correctionUsdCents) })
                : t(`dispute.badge.${d.outcome}`)}
        </Link>
      );
    if (!canDispute || line.source === 'manual') return '';
    const summary = `${date(line.billedOn)} · ${line.lineId} · ${money(line.amountMinor, line.currency)}`;
    return (
      <Button
        size="small"
        appearance="subtle"
        aria-label={t('dispute.lineAction', { line: line.lineId })}
        onClick={() => disputeDialog.show({ line: { source: line.source, lineId: line.lineId, summary } })}
      >
        {t('dispute.action')}
      </Button>
    );
  };
  const [status, setStatus] = useState<Status>('all');
  const [month, setMonth] = useState('');
  const [offset, setOffset] = useState(0);
  const both = combine({
    ledger: useApi('/api/v1/publishers/{publisherId}/billed-sales', {
      params: { path: { publisherId: id } },
    }),
    program: useProgram(),
  });
  const summary = {
    ...both,
    data: both.data && { ...both.data.ledger, names: tierNames(both.data.program) },
  };
  const query = { status, limit: PAGE, offset, ...(month ? { month } : {}) };
  const lines = useApi('/api/v1/publishers/{publisherId}/billed-sales/lines', {
    params: { path: { publisherId: id }, query },
  });
  usePageTitle(t('sales.title'), publisher);
  // Sentences speak in whole dollars (what is still missing rounded up, so it never reads as enough); the ledger's
  // lines keep their cents.
  const dollars = (cents: number) => wholeUsd(usd, cents);
  const dollarsUp = (cents: number) => usd(Math.ceil(cents / 100) * 100);

  return (
    <div className={styles.page}>
      <Title1 as="h1">{t('sales.title')}</Title1>
      <Gate loaded={summary}>
        {(s) => (
          <>
            <Card className={styles.card}>
              <Title3 as="h2">{t('sales.chart')}</Title3>
              <Text>
                {t('rewards.ttm')}: <strong>{dollars(s.ttmUsdCents)}</strong> ·{' '}
                {t('rewards.tier', { tier: tOr(`tier.${s.tier.id}`, s.tier.name) })}
              </Text>
              {s.next && (
                <Text>
                  {t('rewards.next', {
                    amount: dollarsUp(s.next.missingUsdCents),
                    tier: tOr(`tier.${s.next.tier.id}`, s.next.tier.name),
                  })}
                </Text>
              )}
              {s.next && (
                <Text>
                  {s.next.forecast.reachedBy
                    ? t('rewards.forecast', {
                        pace: dollars(s.next.forecast.paceUsdCentsPerMonth),
                        date: date(s.next.forecast.reachedBy),
                      })
                    : t('rewards.noForecast', { pace: dollars(s.next.forecast.paceUsdCentsPerMonth) })}
                </Text>
              )}
              <MonthlyChart
                months={s.months}
                from={s.from}
                to={s.to}
                threshold={
                  s.next && {
                    name: tOr(`tier.${s.next.tier.id}`, s.next.tier.name),
                    // What the next tier needs over the twelve months: the total so far and what is missing.
                    usdCents: Math.max(0, s.ttmUsdCents) + s.next.missingUsdCents,
                  }
                }
              />
            </Card>
            <Card className={styles.card}>
              <Title3 as="h2">{t('dispute.title')}</Title3>
              <Text>{t('dispute.intro')}</Text>
              {s.disputes.length > 0 && (
                <ul>
                  {s.disputes.map((d) => (
                    <li key={d.id}>
                      <Link to={`/conversation?id=${d.id}`}>
                        {d.lineId === null
                          ? t('thread.title.dispute-tier')
                          : t('thread.title.dispute-line', { line: d.lineId })}
                      </Link>{' '}
                      · {date(d.openedAt)} ·{' '}
                      <Badge appearance="tint" color={d.outcome === null ? 'warning' : 'success'}>
                        {d.outcome === null ? t('dispute.badge.open') : t(`dispute.outcome.${d.outcome}`)}
                      </Badge>
                    </li>
                  ))}
                </ul>
              )}
              {canDispute && (
                <div>
                  <Button onClick={() => disputeDialog.show({ line: null })}>{t('dispute.openTier')}</Button>
                </div>
              )}
            </Card>
            <Card className={styles.card}>
              <Title3 as="h2">{t('sales.history')}</Title3>
              {s.history.length === 0 ? (
                <Empty>{t('sales.noHistory')}</Empty>
              ) : (
                <ul>
                  {[...s.history]
                    .sort((a, b) => b.asOf.localeCompare(a.asOf))
                    .map((h) => (
                      <li key={`${h.at}-${h.to}`}>
                        {t('sales.historyItem', {
                          from: tOr(`tier.${h.from}`, s.names[h.from] ?? h.from),
                          to: tOr(`tier.${h.to}`, s.names[h.to] ?? h.to),
                          date: date(h.asOf),
                        })}
                      </li>
                    ))}
                </ul>
              )}
            </Card>
            <Card className={styles.card}>
              <Title3 as="h2">{t('sales.lines')}</Title3>
              <div className={styles.filters}>
                <Field label={t('sales.show')}>
                  <OptionSelect
                    value={status}
                    onChange={(v) => {
                      setStatus(v);
                      setOffset(0);
                    }}
                    options={(['all', 'counted', 'excluded'] as const).map((v) => [v, t(`sales.show.${v}`)])}
                  />
                </Field>
                <Field label={t('sales.month')}>
                  <OptionSelect
                    value={month}
                    onChange={(v) => {
                      setMonth(v);
                      setOffset(0);
                    }}
                    none={t('sales.allMonths')}
                    options={s.months.map((m) => [m.month, monthName(m.month)])}
                  />
                </Field>
              </div>
              <Gate loaded={lines}>
                {(page) =>
                  page.items.length === 0 ? (
                    <Empty>{t('sales.none')}</Empty>
                  ) : (
                    <>
                      <DataTable
                        label={t('sales.lines')}
                        size="small"
                        busy={lines.loading}
                        columns={[
                          'col.billedOn',
                          'col.line',
                          'col.customer',
                          'col.kind',
                          { label: 'col.amount', numeric: true },
                          { label: 'col.usd', numeric: true },
                          'col.counts',
                          'col.dispute',
                        ]}
                        items={page.items}
                        rowKey={(line) => `${line.source}/${line.lineId}`}
                        cells={(line) => [
                          date(line.billedOn),
                          // A manual line's id and customer are the service's own (manual-<uuid>, "manual (ZZ)"):
                          // they say nothing to people.
                          line.source === 'manual' ? t('sales.manualLine') : line.lineId,
                          line.source === 'manual' ? '—' : `${line.customerId} (${line.customerCountry})`,
                          tOr(`kind.${line.kind}`, line.kind),
                          money(line.amountMinor, line.currency),
                          line.usdCents === null ? '—' : usd(line.usdCents),
                          line.excluded
                            ? tOr(`excluded.${line.excluded.code}`, line.excluded.reason)
                            : t('common.yes'),
                          disputeCell(line),
                        ]}
                      />
                      <div className={styles.pager}>
                        <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                          {t('sales.previous')}
                        </Button>
                        <Text>
                          {t('sales.page', {
                            from: number(offset + 1),
                            to: number(offset + page.items.length),
                            total: number(page.total),
                          })}
                        </Text>
                        <Button
                          disabled={offset + PAGE >= page.total}
                          onClick={() => setOffset(offset + PAGE)}
                        >
                          {t('sales.nextPage')}
                        </Button>
                      </div>
                    </>
                  )
                }
              </Gate>
            </Card>
          </>
        )}
      </Gate>
      {disputeDialog.target && (
        <DisputeDialog
          key={disputeDialog.generation}
          open={disputeDialog.open}
          publisherId={id}
          line={disputeDialog.target.line}
          onClose={disputeDialog.hide}
          onOpened={(conversation) => navigate(`/conversation?id=${conversation.id}`)}
        />
      )}
    </div>
  );
}
