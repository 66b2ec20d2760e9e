// The outbox: every message with its status; messages that exhausted their retries can be sent again.
import {
  Badge,
  Button,
  Field,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../api.ts';
import { asApiError, client, ok } from '../../api.ts';
import { ColumnHeaders } from '../../components/ColumnHeaders.tsx';
import { Empty, ErrorBar, Gate, SuccessBar } from '../../components/Feedback.tsx';
import { useNotice } from '../../hooks.ts';
import { invalidate, useApi } from '../../queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Notification } from '../../api/model.ts';
import { OptionSelect } from '../../components/OptionSelect.tsx';

const useStyles = makeStyles({
  top: { display: 'flex', gap: '16px', flexWrap: 'wrap', alignItems: 'flex-end' },
  counts: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  // Long addresses and error texts break anywhere rather than run into the next column.
  breakAnywhere: { overflowWrap: 'anywhere' },
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
            <Table aria-label={t('console.tab.outbox')} size="small">
              <ColumnHeaders
                columns={[
                  'console.created',
                  { label: 'col.subject', width: '38%' },
                  'console.recipient',
                  'col.status',
                  'console.actions',
                ]}
              />
              <TableBody>
                {items.map((n) => (
                  <TableRow key={n.id}>
                    <TableCell>{dateTime(n.createdAt)}</TableCell>
                    <TableCell>{n.subject}</TableCell>
                    <TableCell className={styles.breakAnywhere}>
                      {n.recipientEmail} ({n.language})
                    </TableCell>
                    <TableCell>
                      <div className={styles.status}>
                        <Text>{tOr(`outbox.${n.status}`, n.status)}</Text>
                        {n.attempts > 0 && (
                          <Text size={200}>
                            {t('console.attempts')}: {n.attempts}
                          </Text>
                        )}
                        {n.lastError && (
                          <Text size={200} className={styles.breakAnywhere}>
                            {t('console.lastError')}: {n.lastError}
                          </Text>
                        )}
                      </div>
                    </TableCell>
                    <TableCell>
                      {n.status === 'failed' && (
                        <Button size="small" onClick={() => void retry(n)}>
                          {t('console.retry')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </Gate>
  );
}
