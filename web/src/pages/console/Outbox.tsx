// The outbox: every message with its status; messages that exhausted their retries can be sent again.
import { Badge, Button, Field, makeStyles, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../api.ts';
import { asApiError, client, ok } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Empty, ErrorBar, Gate, SuccessBar } from '../../components/Feedback.tsx';
import { useNotice } from '../../hooks.ts';
import { invalidate, useApi } from '../../queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Notification } from '../../api/model.ts';
import { OptionSelect } from '../../components/OptionSelect.tsx';

const useStyles = makeStyles({
  top: { display: 'flex', gap: '16px', flexWrap: 'wrap', alignItems: 'flex-end' },
  counts: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  status: { display: 'flex', flexDirection: 'column' },
});

const STATUSES = ['failed', 'queued', 'held', 'sending', 'sent', 'suppressed', 'cancelled'] as const;

export function Outbox() {
  const styles = useStyles();
  const { t, tOr, dateTime } = useI18n();
  const [status, setStatus] = useState<(typeof STATUSES)[number] | ''>('');
  const loaded = useApi('/api/v1/notifications', { params: { query: status ? { status: [status] } : {} } });
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
    <Gate loaded={loaded}>
      {({ items, counts }) => (
        <>
          <div className={styles.top}>
            <Field label={t('console.showStatus')}>
              <OptionSelect
                value={status}
                onChange={setStatus}
                none={t('console.allMessages')}
                options={STATUSES.map((s) => [s, t(`outbox.${s}`)])}
              />
            </Field>
            <div className={styles.counts} aria-label={t('console.outboxCounts')} role="group">
              {STATUSES.filter((s) => counts[s]).map((s) => (
                <Badge key={s} appearance="outline" color={s === 'failed' ? 'danger' : 'informative'}>
                  {t(`outbox.${s}`)}: {counts[s]}
                </Badge>
              ))}
            </div>
          </div>
          {notice && <SuccessBar>{notice}</SuccessBar>}
          {error && <ErrorBar error={error} />}
          {items.length === 0 ? (
            <Empty>{t('console.noMessages')}</Empty>
          ) : (
            <DataTable
              label={t('console.tab.outbox')}
              size="small"
              columns={[
                'console.created',
                { label: 'col.subject', width: '38%' },
                'console.recipient',
                'col.status',
                'console.actions',
              ]}
              items={items}
              rowKey={(n) => n.id}
              cells={(n) => [
                dateTime(n.createdAt),
                n.subject,
                `${n.recipientEmail} (${n.language})`,
                <div className={styles.status}>
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
        </>
      )}
    </Gate>
  );
}
