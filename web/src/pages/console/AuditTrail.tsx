// The audit trail (program admins): who did what, when, from where and with what outcome, filtered, newest
// first, and the same selection as a CSV file.
import { Badge, Button, Card, Field, Input, makeStyles, Text, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import { Empty, Gate } from '../../components/Feedback.tsx';
import { OptionSelect } from '../../components/OptionSelect.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../queries.ts';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '16px' },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))',
    gap: '12px',
  },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '8px' },
  entry: { display: 'flex', flexWrap: 'wrap', gap: '4px 12px', overflowWrap: 'anywhere' },
});

const OUTCOME_COLOR = { success: 'success', denied: 'danger', failure: 'warning' } as const;
type Outcome = keyof typeof OUTCOME_COLOR;

export function AuditTrail() {
  const styles = useStyles();
  const { t, dateTime } = useI18n();
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [from, setFrom] = useState('');
  const query = {
    ...(actor.trim() && { actor: actor.trim() }),
    ...(action.trim() && { action: action.trim() }),
    ...(outcome && { outcome }),
    ...(from && { from: new Date(`${from}T00:00:00`).toISOString() }),
    limit: 100,
  };
  const loaded = useApi('/api/v1/audit', { params: { query } });
  const csv = `/api/v1/audit/export?${new URLSearchParams(
    Object.entries(query).map(([k, v]) => [k, String(v)]),
  ).toString()}`;

  return (
    <Card className={styles.card}>
      <Title3 as="h2">{t('audit.title')}</Title3>
      <div className={styles.filters}>
        <Field label={t('audit.actor')}>
          <Input value={actor} onChange={(_, d) => setActor(d.value)} />
        </Field>
        <Field label={t('audit.action')}>
          <Input value={action} onChange={(_, d) => setAction(d.value)} />
        </Field>
        <Field label={t('audit.outcome')}>
          <OptionSelect
            value={outcome}
            onChange={setOutcome}
            none={t('audit.anyOutcome')}
            options={(Object.keys(OUTCOME_COLOR) as Outcome[]).map((o) => [o, t(`audit.${o}`)])}
          />
        </Field>
        <Field label={t('audit.from')}>
          <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
        </Field>
      </div>
      <div>
        <Button as="a" href={csv} download="audit.csv">
          {t('audit.export')}
        </Button>
      </div>
      <Gate loaded={loaded}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('audit.none')}</Empty>
          ) : (
            <ul className={styles.list} aria-label={t('audit.title')}>
              {page.items.map((e) => {
                const outcome = (e.outcome in OUTCOME_COLOR ? e.outcome : 'success') as Outcome;
                return (
                  <li key={e.id} className={styles.entry}>
                    <Text>{dateTime(e.at)}</Text>
                    <Text weight="semibold">{e.actorLabel ?? e.actorType}</Text>
                    <Text>{e.action}</Text>
                    <Badge appearance="tint" color={OUTCOME_COLOR[outcome]}>
                      {t(`audit.${outcome}`)}
                    </Badge>
                    {e.ip && <Text>{e.ip}</Text>}
                    {e.detail && <Text>{e.detail}</Text>}
                  </li>
                );
              })}
            </ul>
          )
        }
      </Gate>
    </Card>
  );
}
