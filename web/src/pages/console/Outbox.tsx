// The outbox: the messages about the publisher chosen in the header (or every publisher's), newest first, a page
// of 50 at a time, searched by address or kind and filtered by status; messages that exhausted their retries can
// be sent again. The view (page, search, status, scope) is in the query string: a reload or a link keeps it.
import { Badge, Button, Field, Input, makeStyles, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../api.ts';
import { asApiError, client, ok } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EmailAddress } from '../../components/EmailAddress.tsx';
import { Empty, ErrorBar, Gate, SuccessBar } from '../../components/Feedback.tsx';
import { useDebounced, useNotice } from '../../hooks.ts';
import { invalidate, useApi } from '../../queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Notification } from '../../api/model.ts';
import { OptionSelect } from '../../components/OptionSelect.tsx';
import { setSearchParams, useSearchParams } from '../../router.tsx';
import { useSession } from '../../session.tsx';

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 220px), 1fr))',
    gap: '12px',
    alignItems: 'end',
  },
  counts: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  stack: { display: 'flex', flexDirection: 'column' },
  pager: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
});

const STATUSES = ['failed', 'queued', 'held', 'sending', 'sent', 'suppressed', 'cancelled'] as const;
type Status = (typeof STATUSES)[number];
const PAGE = 50;

export function Outbox() {
  const styles = useStyles();
  const { t, tOr, dateTime, number } = useI18n();
  const { publisher } = useSession();
  const params = useSearchParams();
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as Status)
    : '';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  // By default the publisher chosen in the header; `all=1` every publisher's.
  const following = publisher !== null && params.get('all') !== '1';
  // The search box asks once the typing pauses, and changes the address without a history entry per key.
  const [text, setText] = useState(q);
  const typed = useDebounced(text, 300);
  // Back, Forward or a link changed the search: the box shows it (React's way to adjust state to a change).
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    if (q !== text.trim()) setText(q);
  }
  useEffect(() => {
    if (typed.trim() !== q) setSearchParams({ q: typed.trim(), page: null }, { replace: true });
    // Only the settled text decides; q follows it (and Back sets the text again above).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);
  const offset = (page - 1) * PAGE;
  const loaded = useApi('/api/v1/notifications', {
    params: {
      query: {
        limit: PAGE,
        offset,
        ...(status && { status: [status] }),
        ...(q && { q }),
        ...(following && { publisherId: publisher.id }),
      },
    },
  });
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useNotice();
  const retry = async (n: Notification) => {
    setError(undefined);
    try {
      await ok(
        client.POST('/api/v1/notifications/{notificationId}/retry', {
          params: { path: { notificationId: n.id } },
        }),
      );
      setNotice((i) => i.t('console.retried'));
      void invalidate(['/api/v1/notifications']);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return (
    <>
      <div className={styles.filters}>
        <Field label={t('outbox.search')}>
          <Input
            type="search"
            value={text}
            placeholder={t('outbox.searchHint')}
            onChange={(_, d) => setText(d.value)}
          />
        </Field>
        <Field label={t('console.showStatus')}>
          <OptionSelect
            value={status}
            onChange={(s) => setSearchParams({ status: s, page: null })}
            none={t('console.allMessages')}
            options={STATUSES.map((s) => [s, t(`outbox.${s}`)])}
          />
        </Field>
        <Field label={t('outbox.scope')}>
          <OptionSelect
            value={following ? 'publisher' : 'all'}
            onChange={(scope) => setSearchParams({ all: scope === 'all' ? '1' : null, page: null })}
            options={[
              ...(publisher ? [['publisher', `${publisher.companyName} (${publisher.mpnId})`] as const] : []),
              ['all', t('outbox.everyPublisher')] as const,
            ]}
          />
        </Field>
      </div>
      <Gate loaded={loaded}>
        {({ items, counts, total }) => (
          <>
            <div className={styles.counts} aria-label={t('console.outboxCounts')} role="group">
              {STATUSES.filter((s) => counts[s]).map((s) => (
                <Badge key={s} appearance="outline" color={s === 'failed' ? 'danger' : 'informative'}>
                  {t(`outbox.${s}`)}: {number(counts[s] ?? 0)}
                </Badge>
              ))}
            </div>
            {notice && <SuccessBar>{notice}</SuccessBar>}
            {error && <ErrorBar error={error} />}
            {items.length === 0 ? (
              <Empty>{t('console.noMessages')}</Empty>
            ) : (
              <DataTable
                label={t('console.tab.outbox')}
                size="small"
                busy={loaded.loading}
                columns={[
                  'console.created',
                  { label: 'col.subject', width: '34%' },
                  { label: 'console.recipient', width: '26%' },
                  'col.status',
                  'console.actions',
                ]}
                items={items}
                rowKey={(n) => n.id}
                cells={(n) => [
                  dateTime(n.createdAt),
                  <div className={styles.stack}>
                    <Text>{n.subject}</Text>
                    {!following && n.about && (
                      <Text size={200}>
                        {t('shell.publisher')}: {n.about.companyName}
                      </Text>
                    )}
                  </div>,
                  <span>
                    <EmailAddress address={n.recipientEmail} /> ({n.language})
                  </span>,
                  <div className={styles.stack}>
                    <Text>{tOr(`outbox.${n.status}`, n.status)}</Text>
                    {n.attempts > 0 && (
                      <Text size={200}>
                        {t('console.attempts')}: {n.attempts}
                      </Text>
                    )}
                    {n.lastError && (
                      <Text size={200}>
                        {t('console.lastError')}: {n.lastError}
                      </Text>
                    )}
                  </div>,
                  n.status === 'failed' && (
                    <Button size="small" onClick={() => void retry(n)}>
                      {t('console.retry')}
                    </Button>
                  ),
                ]}
              />
            )}
            {total > 0 && (
              <nav className={styles.pager} aria-label={t('outbox.pages')}>
                <Button
                  disabled={page <= 1}
                  onClick={() => setSearchParams({ page: page - 1 > 1 ? page - 1 : null })}
                >
                  {t('sales.previous')}
                </Button>
                <Text>
                  {items.length > 0
                    ? t('sales.page', {
                        from: number(offset + 1),
                        to: number(offset + items.length),
                        total: number(total),
                      })
                    : t('outbox.total', { total: number(total) })}
                </Text>
                <Button disabled={offset + PAGE >= total} onClick={() => setSearchParams({ page: page + 1 })}>
                  {t('sales.nextPage')}
                </Button>
              </nav>
            )}
          </>
        )}
      </Gate>
    </>
  );
}
