// Technical benefits (S9): the request form and the requests with their status and clocks.
import { Badge, Button, Card, Field, makeStyles, Text, Textarea, Title3 } from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { client, ok } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Empty, ErrorBar, fieldProps, SuccessBar } from '../../components/Feedback.tsx';
import { Link } from '../../router.tsx';
import { ClockBadge } from '../../components/ClockBadge.tsx';
import { useFocusOnError, useSubmission } from '../../hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Offer, TechnicalRequest } from '../../api/model.ts';
import { OptionSelect } from '../../components/OptionSelect.tsx';

const useStyles = makeStyles({
  card: { padding: '16px', gap: '12px' },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(200px, 100%), 1fr))',
    gap: '12px',
  },
  wide: { gridColumn: '1 / -1' },
});

const STAGES = ['presales', 'design', 'deployment', 'application-development'] as const;
const SOLUTIONS = ['cloud', 'hybrid'] as const;

export function TechnicalRequests({
  publisherId,
  offers,
  requests,
  canRequest,
  onSubmitted,
}: {
  publisherId: string;
  offers: Offer[];
  requests: TechnicalRequest[];
  canRequest: boolean;
  onSubmitted: () => void;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date } = i18n;
  const [stage, setStage] = useState<(typeof STAGES)[number]>('presales');
  const [solution, setSolution] = useState<(typeof SOLUTIONS)[number]>('cloud');
  const [offerId, setOfferId] = useState(offers[0]?.id ?? '');
  const [description, setDescription] = useState('');
  const { busy, error, run } = useSubmission();
  const [done, setDone] = useState<TechnicalRequest>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    await run(async () => {
      const created = await ok(
        client.POST('/api/v1/publishers/{publisherId}/technical-requests', {
          params: { path: { publisherId } },
          body: { offerId, stage, solution, description, language: i18n.locale },
        }),
      );
      setDone(created);
      setDescription('');
      onSubmitted();
    });
  };
  const message = (field: string) => fieldProps(i18n, error, field);

  return (
    <>
      <Card className={styles.card} id="technical-request-form">
        <Title3 as="h2">{t('tech.title')}</Title3>
        <Text>{t('tech.intro')}</Text>
        {!canRequest && <Text>{t('tech.readOnly')}</Text>}
        {canRequest && offers.length === 0 && <Text>{t('tech.noOffers')}</Text>}
        {canRequest && offers.length > 0 && (
          <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate ref={form}>
            {error && (
              <div className={styles.wide} data-form-problem tabIndex={-1}>
                <ErrorBar error={error} />
              </div>
            )}
            {done && (
              <div className={styles.wide}>
                <SuccessBar>{t('tech.submitted', { date: date(done.dueAt) })}</SuccessBar>
              </div>
            )}
            <Field label={t('tech.stage')} required {...message('stage')}>
              <OptionSelect
                value={stage}
                onChange={setStage}
                options={STAGES.map((s) => [s, t(`stage.${s}`)])}
              />
            </Field>
            <Field label={t('tech.solution')} required {...message('solution')}>
              <OptionSelect
                value={solution}
                onChange={setSolution}
                options={SOLUTIONS.map((s) => [s, t(`solution.${s}`)])}
              />
            </Field>
            <Field label={t('tech.offer')} required {...message('offerId')}>
              <OptionSelect
                value={offerId}
                onChange={setOfferId}
                options={offers.map((o) => [o.id, o.name])}
              />
            </Field>
            <Field
              className={styles.wide}
              label={t('tech.description')}
              hint={t('tech.descriptionHint')}
              required
              {...message('description')}
            >
              <Textarea
                value={description}
                onChange={(_, d) => setDescription(d.value)}
                rows={4}
                resize="vertical"
              />
            </Field>
            <div>
              <Button appearance="primary" type="submit" disabled={busy}>
                {t('tech.submit')}
              </Button>
            </div>
          </form>
        )}
      </Card>
      <Card className={styles.card}>
        <Title3 as="h2">{t('tech.requests')}</Title3>
        {requests.length === 0 ? (
          <Empty>{t('tech.none')}</Empty>
        ) : (
          <DataTable
            label={t('tech.requests')}
            size="small"
            columns={['col.offer', 'col.stage', 'col.status', 'col.requested', 'col.due', 'col.clock']}
            items={requests}
            rowKey={(r) => r.id}
            cells={(r) => [
              <Link to={`/conversation?id=${r.id}`}>{r.offerName}</Link>,
              i18n.tOr(`stage.${r.stage}`, r.stage),
              <Badge appearance="outline">{i18n.tOr(`status.${r.status}`, r.status)}</Badge>,
              date(r.requestedAt),
              date(r.dueAt),
              <ClockBadge clock={r.clock} />,
            ]}
          />
        )}
      </Card>
    </>
  );
}
