// A subscription's delivery log: each event sent to it, newest first, with every status code its receiver answered
// (or that none came) and its state; a finished delivery can be sent again by hand, with the same event id.
import { Button, makeStyles, Text, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../../api.ts';
import { asApiError } from '../../../api.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { Empty, Gate, SuccessBar } from '../../../components/Feedback.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { eventName } from './events.ts';
import { useDeliveries, webhookActions, type Delivery, type Scope, type Subscription } from './api.ts';

const useStyles = makeStyles({
  log: { display: 'flex', flexDirection: 'column', gap: '8px', marginTop: '8px' },
  url: { overflowWrap: 'anywhere' },
});

export function DeliveryLog({
  scope,
  subscription,
  onError,
}: {
  scope: Scope;
  subscription: Subscription;
  onError: (error: ApiError) => void;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const loaded = useDeliveries(scope, subscription.id);
  const [notice, setNotice] = useState<string>();
  const codes = (d: Delivery) =>
    d.log.length === 0
      ? '–'
      : d.log.map((a) => (a.statusCode === null ? t('webhooks.noAnswer') : String(a.statusCode))).join(', ');
  const redeliver = async (d: Delivery) => {
    setNotice(undefined);
    try {
      await webhookActions(scope).redeliver(subscription.id, d.id);
      setNotice(t('webhooks.redelivered'));
    } catch (e) {
      onError(asApiError(e));
    }
  };
  return (
    <section className={styles.log} aria-labelledby={`log-${subscription.id}`}>
      <Title3 as="h3" id={`log-${subscription.id}`}>
        {t('webhooks.deliveries')}
      </Title3>
      <Text className={styles.url}>{subscription.url}</Text>
      {notice && <SuccessBar>{notice}</SuccessBar>}
      <Gate loaded={loaded}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('webhooks.noDeliveries')}</Empty>
          ) : (
            <DataTable
              label={t('webhooks.deliveries')}
              size="small"
              columns={[
                'webhooks.col.event',
                'webhooks.col.when',
                'webhooks.col.status',
                'webhooks.col.codes',
                'col.actions',
              ]}
              items={items}
              rowKey={(d) => d.id}
              cells={(d) => [
                eventName(i18n, d.eventType),
                dateTime(d.createdAt),
                t(`webhooks.status.${d.status}`),
                codes(d),
                d.status === 'queued' || d.status === 'sending' ? null : (
                  <Button size="small" onClick={() => void redeliver(d)}>
                    {t('webhooks.redeliver')}
                  </Button>
                ),
              ]}
            />
          )
        }
      </Gate>
    </section>
  );
}
