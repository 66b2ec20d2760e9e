// The clocks the publisher waits on, with their dates: the rewards team's one-week promise on each open activation
// (S8) and technical request (S9), and the welcome window of each new live offer (S3, S11).
import { Card, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { ClockBadge } from '../../components/ClockBadge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Activation, Offer, TechnicalRequest } from '../../api/model.ts';
import { promiseText } from '../rewards/promise.ts';

const useStyles = makeStyles({
  card: { padding: '20px', gap: '8px' },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '8px' },
  item: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'baseline' },
  muted: { color: tokens.colorNeutralForeground2 },
});

const OPEN = new Set(['on-track', 'due-soon', 'late']);

export function Waiting({
  activations,
  requests,
  offers,
  contactName,
  now,
}: {
  activations: Activation[];
  requests: TechnicalRequest[];
  offers: Offer[];
  contactName: string;
  now: number;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr, date } = i18n;
  const items = [
    ...activations
      .filter((a) => a.status !== 'cancelled' && OPEN.has(a.clock))
      .map((a) => ({
        key: a.id,
        at: a.contactDueAt,
        clock: a.clock,
        text: t('home.wait.activation', {
          benefit: tOr(`benefitName.${a.benefitId}`, a.benefitName),
          promise: promiseText(i18n, a, contactName, now),
        }),
      })),
    ...requests
      .filter((r) => r.status !== 'closed' && OPEN.has(r.clock))
      .map((r) => ({
        key: r.id,
        at: r.dueAt,
        clock: r.clock,
        text: t('home.wait.request', { offer: r.offerName, date: date(r.dueAt) }),
      })),
    ...offers
      .filter((o) => o.status === 'live' && o.welcome && o.welcome.state !== 'contacted')
      .map((o) => ({
        key: o.id,
        at: o.welcome!.windowEndsAt,
        clock: o.welcome!.state === 'overdue' ? ('late' as const) : undefined,
        text: t(o.welcome!.state === 'overdue' ? 'home.wait.welcomeLate' : 'home.wait.welcome', {
          offer: o.name,
          date: date(o.welcome!.windowEndsAt),
        }),
      })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Card className={styles.card} aria-labelledby="waiting-title">
      <Title3 as="h2" id="waiting-title">
        {t('home.wait.title')}
      </Title3>
      {items.length === 0 ? (
        <Text className={styles.muted}>{t('home.wait.none')}</Text>
      ) : (
        <ul className={styles.list} data-testid="waiting">
          {items.map((item) => (
            <li key={item.key}>
              <span className={styles.item}>
                <Text>{item.text}</Text>
                {item.clock && <ClockBadge clock={item.clock} />}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
