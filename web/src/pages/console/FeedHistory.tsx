// The billed-sales feed (rewards team and program admins): every batch the feed sent to the API and every file
// imported from the command line, newest first, with what became of its lines; one opened shows its rejected
// lines with their numbers and reasons, and downloads them as CSV.
import { Badge, Button, Card, Field, Input, makeStyles, Text, Title3 } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Answer } from '../../api/model.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Empty, Gate } from '../../components/Feedback.tsx';
import { OptionSelect } from '../../components/OptionSelect.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../queries.ts';

type Delivery = Answer<'/api/v1/feed/deliveries', 'get'>['items'][number];
type Kind = Delivery['kind'];
type Status = Delivery['status'];

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '16px' },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 180px), 1fr))',
    gap: '12px',
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  source: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  // A status longer than its column wraps inside its badge rather than spilling out of it.
  badge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'center' },
  reason: { display: 'flex', flexDirection: 'column' },
});

const STATUS_COLOR = { incomplete: 'warning', complete: 'success', rejects: 'danger' } as const;

/** A local day's start as an instant: the filters are days in the user's time zone. */
const dayStart = (day: string, plusDays = 0) => {
  const at = new Date(`${day}T00:00:00`);
  at.setDate(at.getDate() + plusDays);
  return at.toISOString();
};

/** What a delivery is, in words: "API batch: Billed sales". */
const what = (i18n: I18n, d: Delivery) =>
  i18n.t('feedHistory.what', {
    kind: i18n.t(`feedHistory.kind.${d.kind}`),
    content: i18n.t(`feedHistory.content.${d.content}`),
  });

function source(i18n: I18n, d: Delivery): string {
  if (d.kind === 'file') return i18n.t('feedHistory.byCli', { file: d.fileName ?? '' });
  if (d.tokenName) return i18n.t('feedHistory.byToken', { token: d.tokenName, person: d.sentBy ?? '' });
  return d.sentBy ?? '';
}

export function FeedHistory() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, dateTime, number, usd } = i18n;
  const [kind, setKind] = useState<Kind | ''>('');
  const [status, setStatus] = useState<Status | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // The cursors of the pages before this one: the first page has none.
  const [cursors, setCursors] = useState<string[]>([]);
  const [open, setOpen] = useState<string>();
  const filters = {
    ...(kind && { kind }),
    ...(status && { status }),
    ...(from && { from: dayStart(from) }),
    ...(to && { to: dayStart(to, 1) }),
  };
  const cursor = cursors.at(-1);
  const loaded = useApi('/api/v1/feed/deliveries', {
    params: { query: { ...filters, ...(cursor && { cursor }), limit: 25 } },
  });
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setCursors([]);
    };

  return (
    <>
      <Card className={styles.card}>
        <Title3 as="h2">{t('feedHistory.title')}</Title3>
        <Text>{t('feedHistory.intro')}</Text>
        <div className={styles.filters}>
          <Field label={t('feedHistory.kind')}>
            <OptionSelect
              value={kind}
              onChange={filter(setKind)}
              none={t('feedHistory.anyKind')}
              options={(['batch', 'file'] as const).map((k) => [k, t(`feedHistory.kind.${k}`)])}
            />
          </Field>
          <Field label={t('feedHistory.status')}>
            <OptionSelect
              value={status}
              onChange={filter(setStatus)}
              none={t('feedHistory.anyStatus')}
              options={(Object.keys(STATUS_COLOR) as Status[]).map((s) => [s, t(`feedHistory.status.${s}`)])}
            />
          </Field>
          <Field label={t('feedHistory.from')}>
            <Input type="date" value={from} onChange={(_, d) => filter(setFrom)(d.value)} />
          </Field>
          <Field label={t('feedHistory.to')}>
            <Input type="date" value={to} onChange={(_, d) => filter(setTo)(d.value)} />
          </Field>
        </div>
        <Gate loaded={loaded}>
          {(page) => (
            <>
              {page.items.length === 0 ? (
                <Empty>{t('feedHistory.none')}</Empty>
              ) : (
                <DataTable
                  label={t('feedHistory.title')}
                  busy={loaded.loading}
                  columns={[
                    { label: 'feedHistory.received', width: '12%' },
                    { label: 'feedHistory.source', width: '22%' },
                    { label: 'feedHistory.status', width: '12%' },
                    { label: 'feedHistory.lines', numeric: true, width: '7%' },
                    { label: 'feedHistory.written', numeric: true, width: '7%' },
                    { label: 'feedHistory.duplicate', numeric: true, width: '8%' },
                    { label: 'feedHistory.rejected', numeric: true, width: '7%' },
                    { label: 'feedHistory.money', numeric: true, width: '10%' },
                    { label: 'feedHistory.open', width: '15%' },
                  ]}
                  items={page.items}
                  rowKey={(d) => d.id}
                  rowProps={(d) => ({ 'data-delivery': d.id })}
                  cells={(d) => [
                    dateTime(d.receivedAt),
                    <span key="source" className={styles.source}>
                      <Text weight="semibold">{what(i18n, d)}</Text>
                      <Text size={200}>{source(i18n, d)}</Text>
                    </span>,
                    <Badge
                      key="status"
                      className={styles.badge}
                      appearance="tint"
                      color={STATUS_COLOR[d.status]}
                    >
                      {t(`feedHistory.status.${d.status}`)}
                    </Badge>,
                    number(d.lines),
                    number(d.written),
                    number(d.duplicate),
                    number(d.rejected),
                    d.writtenUsdCents === null ? '' : usd(d.writtenUsdCents),
                    d.rejected > 0 ? (
                      <Button key="open" size="small" onClick={() => setOpen(d.id)}>
                        {t('feedHistory.openRejects', { count: number(d.rejected) })}
                      </Button>
                    ) : (
                      ''
                    ),
                  ]}
                />
              )}
              <div className={styles.row}>
                {cursors.length > 0 && (
                  <Button onClick={() => setCursors([])}>{t('feedHistory.first')}</Button>
                )}
                {page.next && (
                  <Button onClick={() => setCursors([...cursors, page.next!])}>
                    {t('feedHistory.next')}
                  </Button>
                )}
              </div>
            </>
          )}
        </Gate>
      </Card>
      {open && <Rejects key={open} id={open} onClose={() => setOpen(undefined)} />}
    </>
  );
}

function Rejects({ id, onClose }: { id: string; onClose: () => void }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, dateTime, number } = i18n;
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const loaded = useApi('/api/v1/feed/deliveries/{deliveryId}', {
    params: { path: { deliveryId: id }, query: { ...(cursor && { cursor }), limit: 100 } },
  });
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    card.current?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <Card ref={card} className={styles.card} aria-labelledby={`rejects-${id}`}>
      <Gate loaded={loaded}>
        {({ delivery: d, rejects }) => (
          <>
            <Title3 as="h2" id={`rejects-${id}`}>
              {t('feedHistory.detailTitle', { what: what(i18n, d), date: dateTime(d.receivedAt) })}
            </Title3>
            <Text>{source(i18n, d)}</Text>
            <Text>
              {t('feedHistory.detailSummary', {
                lines: number(d.lines),
                written: number(d.written),
                duplicate: number(d.duplicate),
                rejected: number(d.rejected),
              })}
            </Text>
            <div className={styles.row}>
              <Button
                as="a"
                appearance="primary"
                href={`/api/v1/feed/deliveries/${id}/rejects.csv`}
                download={`${id}-rejects.csv`}
              >
                {t('feedHistory.csv')}
              </Button>
              <Button onClick={onClose}>{t('feedHistory.close')}</Button>
            </div>
            {rejects.items.length === 0 ? (
              <Empty>{t('feedHistory.noRejects')}</Empty>
            ) : (
              <DataTable
                label={t('feedHistory.rejectsLabel')}
                size="small"
                busy={loaded.loading}
                columns={[
                  { label: 'feedHistory.line', numeric: true, width: '80px' },
                  d.kind === 'batch' && 'feedHistory.lineId',
                  'feedHistory.field',
                  'feedHistory.reason',
                ]}
                items={rejects.items}
                rowKey={(r) => `${r.line} ${r.code}`}
                cells={(r) => [
                  number(r.line),
                  r.lineId ?? '',
                  r.field ?? '',
                  // The reason in the reader's words, then the service's own, which names the values at fault.
                  <span key="reason" className={styles.reason}>
                    <Text>{i18n.tOr(`lineReject.${r.code}`, i18n.tOr(`problem.${r.code}`, r.detail))}</Text>
                    <Text size={200}>{r.detail}</Text>
                  </span>,
                ]}
              />
            )}
            <div className={styles.row}>
              {cursors.length > 0 && (
                <Button onClick={() => setCursors([])}>{t('feedHistory.firstRejects')}</Button>
              )}
              {rejects.next && (
                <Button onClick={() => setCursors([...cursors, rejects.next!])}>
                  {t('feedHistory.more')}
                </Button>
              )}
            </div>
          </>
        )}
      </Gate>
    </Card>
  );
}
