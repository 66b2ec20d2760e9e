// Webhooks: a publisher's owners and admins (Account settings) and program admins (the console) subscribe a URL
// to events, named in the reader's language; the signing secret is shown once, at creation and rotation; each
// subscription is disabled or enabled, tested, removed, and its delivery log opened.
import {
  Button,
  Card,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../../../components/DataTable.tsx';
import { Empty, ErrorBar, fieldProps, fieldText, Gate, SuccessBar } from '../../../components/Feedback.tsx';
import { OptionSelect } from '../../../components/OptionSelect.tsx';
import { useSubmission } from '../../../hooks.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { EVENT_TYPES, eventName } from './events.ts';
import { DeliveryLog } from './DeliveryLog.tsx';
import { useSubscriptions, webhookActions, type EventType, type Scope, type Subscription } from './api.ts';

const useStyles = makeStyles({
  card: { padding: '16px', gap: '12px' },
  form: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '720px' },
  fieldset: { border: 'none', padding: 0, margin: 0, minWidth: 0 },
  events: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(260px, 100%), 1fr))' },
  problem: { color: tokens.colorPaletteRedForeground1 },
  secret: { wordBreak: 'break-all', fontFamily: 'monospace' },
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
});

/** `publisher`: in the console, the publisher chosen in the header (a subscription may be for it only). */
export function Webhooks({
  scope,
  publisher,
}: {
  scope: Scope;
  publisher?: { id: string; companyName: string };
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date } = i18n;
  const loaded = useSubscriptions(scope);
  const actions = webhookActions(scope);
  const offered = EVENT_TYPES.filter((e) => scope === null || e !== 'program.published');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<EventType[]>([]);
  const [forWhom, setForWhom] = useState<'all' | 'one'>('all');
  const [secret, setSecret] = useState<{ text: string; until: string | null }>();
  const [notice, setNotice] = useState<string>();
  const [open, setOpen] = useState<Subscription>();
  const { busy, error, setError, run } = useSubmission();
  const message = (field: string) => fieldProps(i18n, error, field);
  const eventsProblem = fieldText(i18n, error, 'eventTypes');
  const act = (work: () => Promise<unknown>, done?: string) =>
    run(async () => {
      setNotice(undefined);
      setSecret(undefined);
      await work();
      setNotice(done);
    });

  const create = async (event: FormEvent) => {
    event.preventDefault();
    await act(async () => {
      const one = scope === null && forWhom === 'one' && publisher;
      const made = await actions.create({
        url,
        eventTypes: one ? events.filter((e) => e !== 'program.published') : events,
        ...(scope === null && { publisherId: one ? publisher.id : null }),
      });
      setSecret({ text: made.secret, until: null });
      setUrl('');
      setEvents([]);
    });
  };
  const state = (s: Subscription) =>
    s.enabled ? t('webhooks.enabled') : t(`webhooks.disabled.${s.disabledReason ?? 'by-hand'}`);

  return (
    <Card className={styles.card} id="webhooks">
      <Title3 as="h2">{t('webhooks.title')}</Title3>
      <Text>{t(scope ? 'webhooks.intro' : 'webhooks.introProgram')}</Text>
      <form className={styles.form} onSubmit={(e) => void create(e)} noValidate>
        <Field label={t('webhooks.url')} required {...message('url')}>
          <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} placeholder="https://" />
        </Field>
        {scope === null && (
          <Field label={t('webhooks.scope')}>
            <OptionSelect
              value={forWhom}
              onChange={setForWhom}
              options={[
                ['all', t('webhooks.scope.all')],
                ...(publisher
                  ? [['one', t('webhooks.scope.one', { name: publisher.companyName })] as const]
                  : []),
              ]}
            />
          </Field>
        )}
        <fieldset className={styles.fieldset}>
          <legend>{t('webhooks.events')}</legend>
          <div className={styles.events}>
            {offered.map((type) => (
              <Checkbox
                key={type}
                label={eventName(i18n, type)}
                checked={events.includes(type)}
                onChange={(_, d) =>
                  setEvents(d.checked ? [...events, type] : events.filter((e) => e !== type))
                }
              />
            ))}
          </div>
          {eventsProblem && (
            <Text role="alert" className={styles.problem}>
              {eventsProblem}
            </Text>
          )}
        </fieldset>
        <div>
          <Button appearance="primary" type="submit" disabled={busy}>
            {t('webhooks.create')}
          </Button>
        </div>
      </form>
      {error && <ErrorBar error={error} />}
      {secret && (
        <SuccessBar>
          {secret.until ? t('webhooks.rotated', { date: date(secret.until) }) : t('webhooks.secretOnce')}{' '}
          <span className={styles.secret}>{secret.text}</span>
        </SuccessBar>
      )}
      {notice && <SuccessBar>{notice}</SuccessBar>}
      <Gate loaded={loaded}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('webhooks.none')}</Empty>
          ) : (
            <DataTable
              label={t('webhooks.title')}
              size="small"
              columns={[
                'webhooks.col.url',
                scope === null && 'webhooks.col.for',
                'webhooks.col.events',
                'webhooks.col.state',
                'col.actions',
              ]}
              items={items}
              rowKey={(s) => s.id}
              cells={(s) => [
                s.url,
                scope === null && (s.publisherName ?? t('webhooks.scope.all')),
                s.eventTypes.length === offered.length
                  ? t('webhooks.allEvents')
                  : s.eventTypes.map((e) => eventName(i18n, e)).join(', '),
                state(s),
                <div className={styles.actions} key="actions">
                  <Button size="small" onClick={() => setOpen(s)}>
                    {t('webhooks.deliveries')}
                  </Button>
                  {s.enabled && (
                    <Button
                      size="small"
                      onClick={() => void act(() => actions.test(s.id), t('webhooks.testSent'))}
                    >
                      {t('webhooks.test')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    onClick={() =>
                      void act(async () => {
                        const rotated = await actions.rotate(s.id);
                        setSecret({ text: rotated.secret, until: rotated.previousSecretUntil });
                      })
                    }
                  >
                    {t('webhooks.rotate')}
                  </Button>
                  <Button size="small" onClick={() => void act(() => actions.setEnabled(s.id, !s.enabled))}>
                    {s.enabled ? t('webhooks.disable') : t('webhooks.enable')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() =>
                      void act(async () => {
                        await actions.remove(s.id);
                        if (open?.id === s.id) setOpen(undefined);
                      })
                    }
                  >
                    {t('webhooks.remove')}
                  </Button>
                </div>,
              ]}
            />
          )
        }
      </Gate>
      {open && <DeliveryLog key={open.id} scope={scope} subscription={open} onError={(e) => setError(e)} />}
    </Card>
  );
}
