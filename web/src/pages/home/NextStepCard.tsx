// The next step, in a card at the top of the home page, with the one button that takes it; a member, who cannot
// take it, reads whom to ask instead.
import { Button, Card, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate } from '../../router.tsx';
import { dollars } from '../rewards/TierProgress.tsx';
import type { NextStep } from './nextStep.ts';

const useStyles = makeStyles({
  card: {
    padding: '20px',
    gap: '8px',
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
  },
  eyebrow: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', marginTop: '4px' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function NextStepCard({
  step,
  canManage,
  onAssignContact,
}: {
  step: NextStep;
  canManage: boolean;
  onAssignContact: () => void;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr } = i18n;
  const listFormat = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  let title: string;
  let body: string;
  let action: { label: string; run: () => void; managers: boolean } | undefined;
  switch (step.kind) {
    case 'contact':
      title = t('home.next.contact');
      body = t('home.next.contactBody');
      action = { label: t('action.needs-marketing-contact'), run: onAssignContact, managers: true };
      break;
    case 'activate': {
      const benefit = tOr(`benefitName.${step.benefit.id}`, step.benefit.name);
      title = t('home.next.activate', { benefit });
      body = t('home.next.activateBody', { count: step.count });
      action = { label: t('home.next.activateAction'), run: () => navigate('/rewards'), managers: true };
      break;
    }
    case 'transact':
      title = t('home.next.transact');
      body = t('forecast.needsTransact');
      action = { label: t('home.next.transactAction'), run: () => navigate('/offers'), managers: false };
      break;
    case 'tier': {
      const tier = tOr(`tier.${step.tierId}`, step.tierName);
      title = t('home.next.tier', { tier });
      body = t('home.next.tierBody', {
        amount: dollars(i18n, step.missingUsdCents),
        benefits: listFormat.format(step.unlocks.map((b) => tOr(`benefitName.${b.id}`, b.name))),
      });
      action = { label: t('rewards.seeSales'), run: () => navigate('/billed-sales'), managers: false };
      break;
    }
    case 'top':
      title = t('rewards.top');
      body = t('home.next.topBody');
      break;
  }
  return (
    <Card className={styles.card} aria-labelledby="next-step" data-testid="next-step" data-step={step.kind}>
      <Text size={200} weight="semibold" className={styles.eyebrow}>
        {t('home.next.label')}
      </Text>
      <Title2 as="h2" id="next-step">
        {title}
      </Title2>
      <Text>{body}</Text>
      {action && (!action.managers || canManage) && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={action.run}>
            {action.label}
          </Button>
        </div>
      )}
      {action?.managers && !canManage && (
        <Text className={styles.muted} data-testid="ask-owner">
          {t('home.askOwner')}
        </Text>
      )}
    </Card>
  );
}
