// The tier, billed sales over the trailing twelve months, and the way to the next tier with its forecast.
import { Card, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import type { Benefits, LedgerSummary } from '../../api/model.ts';
import { TierProgress } from './TierProgress.tsx';

const useStyles = makeStyles({
  card: { padding: '20px', gap: '8px' },
  figures: { display: 'flex', gap: '8px 40px', flexWrap: 'wrap', alignItems: 'baseline' },
  figure: { display: 'flex', flexDirection: 'column' },
  big: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function TierSummary({
  benefits,
  ledger,
  hasTransact,
}: {
  benefits: Benefits;
  ledger: LedgerSummary | undefined;
  hasTransact: boolean;
}) {
  const styles = useStyles();
  const { t, tOr, usd } = useI18n();
  return (
    <Card className={styles.card}>
      <div className={styles.figures}>
        <div className={styles.figure}>
          <Title3 as="h2">
            {t('rewards.tier', { tier: tOr(`tier.${benefits.tier.id}`, benefits.tier.name) })}
          </Title3>
        </div>
        <div className={styles.figure}>
          <Text size={200}>{t('rewards.ttm')}</Text>
          <span className={styles.big} data-testid="ttm">
            {usd(benefits.ttmUsdCents)}
          </span>
        </div>
      </div>
      <TierProgress benefits={benefits} ledger={ledger} hasTransact={hasTransact} />
      <Link to="/billed-sales">{t('rewards.seeSales')}</Link>
    </Card>
  );
}
