// Everything about one publisher for the rewards team: tier, contacts and offers, every task with its clock (each
// opens in the task panel), the contact history, opt-outs (L8) and the publisher's messages by status.
import {
  Badge,
  Button,
  Card,
  Field,
  makeStyles,
  Text,
  Textarea,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { asApiError, client, ok } from '../../api.ts';
import { Empty, ErrorBar, fieldProps, Gate, SuccessBar } from '../../components/Feedback.tsx';
import { useNotice, useSubmission } from '../../hooks.ts';
import { combine, invalidate, useApi } from '../../queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import type { Publisher, StaffMember } from '../../api/model.ts';
import { TaskTable } from './TaskTable.tsx';
import { useTaskActions } from './useTaskActions.tsx';
import { OptionSelect } from '../../components/OptionSelect.tsx';
import { Sponsorships } from '../rewards/Sponsorships.tsx';
import { useSearchParam } from '../../router.tsx';
import { WithTaskPanel } from './TaskPanel.tsx';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(300px, 100%), 1fr))',
    gap: '12px',
  },
  card: { padding: '16px', gap: '8px' },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '6px' },
  muted: { color: tokens.colorNeutralForeground2 },
  form: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-end' },
  counts: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

const ENGAGEMENTS = ['welcome', 'announcements', 'all'] as const;

export function PublisherView({
  publisher,
  meId,
  staff,
}: {
  publisher: Publisher;
  meId: string;
  staff: StaffMember[];
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr, usd, date, dateTime } = i18n;
  const id = publisher.id;
  const all = combine({
    engagement: useApi('/api/v1/publishers/{publisherId}/engagement', {
      params: { path: { publisherId: id } },
    }),
    benefits: useApi('/api/v1/publishers/{publisherId}/benefits', { params: { path: { publisherId: id } } }),
    contacts: useApi('/api/v1/publishers/{publisherId}/marketing-contacts', {
      params: { path: { publisherId: id } },
    }),
    offers: useApi('/api/v1/publishers/{publisherId}/offers', { params: { path: { publisherId: id } } }),
  });
  const loaded = {
    ...all,
    data: all.data && { ...all.data, contacts: all.data.contacts.items, offers: all.data.offers.items },
  };
  const actions = useTaskActions();
  const [, openTask] = useSearchParam('task');
  const handlers = { ...actions.handlers, open: (task: { id: string }) => openTask(task.id) };
  const [engagement, setEngagement] = useState<(typeof ENGAGEMENTS)[number]>('welcome');
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useSubmission();
  const [notice, setNotice] = useNotice();

  const optOut = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      await ok(
        client.POST('/api/v1/publishers/{publisherId}/opt-outs', {
          params: { path: { publisherId: id } },
          body: { engagement, note },
        }),
      );
      setNote('');
      setNotice((i) => i.t('console.optedOut'));
      void invalidate(['/api/v1/publishers/{publisherId}/engagement'], id);
    });
  };
  const withdraw = async (optOutId: string) => {
    setError(undefined);
    try {
      await ok(
        client.POST('/api/v1/publishers/{publisherId}/opt-outs/{optOutId}/withdraw', {
          params: { path: { publisherId: id, optOutId } },
        }),
      );
      void invalidate(['/api/v1/publishers/{publisherId}/engagement'], id);
    } catch (e) {
      setError(asApiError(e));
    }
  };

  return (
    <WithTaskPanel staff={staff} meId={meId} handlers={handlers}>
      <Gate loaded={loaded}>
        {(data) => (
          <>
            {(notice ?? actions.notice) && <SuccessBar>{notice ?? actions.notice}</SuccessBar>}
            {actions.error && <ErrorBar error={actions.error} />}
            <div className={styles.grid}>
              <Card className={styles.card}>
                <Title3 as="h2">
                  {publisher.companyName} ({publisher.mpnId})
                </Title3>
                <Text>
                  {t('rewards.tier', { tier: tOr(`tier.${data.benefits.tier.id}`, data.benefits.tier.name) })}{' '}
                  · {usd(data.benefits.ttmUsdCents)}
                </Text>
                <Link to="/rewards">{t('nav.rewards')}</Link>
                <Text weight="semibold">{t('contact.title')}</Text>
                {data.contacts.length === 0 ? (
                  <Text className={styles.muted}>{t('common.none')}</Text>
                ) : (
                  data.contacts.map((c) => (
                    <Text key={c.id}>
                      {c.user.displayName} · {c.email} · {c.phone} · {i18n.language(c.language)}
                    </Text>
                  ))
                )}
                <Text weight="semibold">{t('nav.offers')}</Text>
                {data.offers.map((o) => (
                  <Text key={o.id}>
                    {o.name} · {tOr(`listingType.${o.listingType}`, o.listingType)} ·{' '}
                    {t(`offerStatus.${o.status}`)}
                  </Text>
                ))}
              </Card>
              <Card className={styles.card}>
                <Title3 as="h2">{t('console.optOuts')}</Title3>
                {data.engagement.optOuts.length === 0 && <Text>{t('console.noOptOuts')}</Text>}
                <ul className={styles.list}>
                  {data.engagement.optOuts.map((o) => (
                    <li key={o.id}>
                      <Text weight="semibold">{t(`engagement.${o.engagement}`)}</Text> — {o.note} (
                      {date(o.recordedAt)})
                      {o.withdrawnAt ? (
                        <Text className={styles.muted}>
                          {' '}
                          {t('console.withdrawn', { date: date(o.withdrawnAt) })}
                        </Text>
                      ) : (
                        <Button size="small" appearance="transparent" onClick={() => void withdraw(o.id)}>
                          {t('console.withdraw')}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
                <form className={styles.form} onSubmit={(e) => void optOut(e)} noValidate>
                  <Field label={t('console.engagement')}>
                    <OptionSelect
                      value={engagement}
                      onChange={setEngagement}
                      options={ENGAGEMENTS.map((e) => [e, t(`engagement.${e}`)])}
                    />
                  </Field>
                  <Field label={t('console.note')} required {...fieldProps(i18n, error, 'note')}>
                    <Textarea value={note} onChange={(_, d) => setNote(d.value)} rows={2} />
                  </Field>
                  <Button type="submit" disabled={busy}>
                    {t('console.recordOptOut')}
                  </Button>
                </form>
                {error && <ErrorBar error={error} />}
                <Text weight="semibold">{t('console.outboxCounts')}</Text>
                <div className={styles.counts}>
                  {Object.entries(data.engagement.outbox).map(([status, count]) => (
                    <Badge key={status} appearance="outline">
                      {tOr(`outbox.${status}`, status)}: {count}
                    </Badge>
                  ))}
                </div>
              </Card>
            </div>
            <Sponsorships publisherId={publisher.id} canRecord />
            <Card className={styles.card}>
              <Title3 as="h2">{t('console.tasks')}</Title3>
              {data.engagement.tasks.length === 0 ? (
                <Empty>{t('console.empty')}</Empty>
              ) : (
                <TaskTable
                  tasks={data.engagement.tasks}
                  staff={staff}
                  meId={meId}
                  label={t('console.tasks')}
                  handlers={handlers}
                />
              )}
            </Card>
            <Card className={styles.card}>
              <Title3 as="h2">{t('console.history')}</Title3>
              {data.engagement.contacts.length === 0 ? (
                <Empty>{t('console.noHistory')}</Empty>
              ) : (
                <ul className={styles.list}>
                  {data.engagement.contacts.map((c) => (
                    <li key={c.id}>
                      <Text weight="semibold">{dateTime(c.contactedAt)}</Text> ·{' '}
                      {t(`channel.${c.channel as 'phone'}`)} · {c.contactedByName}: {c.note}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            {actions.dialogs}
          </>
        )}
      </Gate>
    </WithTaskPanel>
  );
}
