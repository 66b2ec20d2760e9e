// The tier, billed sales over the trailing twelve months, and the way to the next tier with its forecast.
import { Card, makeStyles, ProgressBar, Text, Title3, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router.tsx';
import type { Benefits, LedgerSummary } from '../../api/model.ts';

const useStyles = makeStyles({
  card: { padding: '20px', gap: '8px' },
  figures: { display: 'flex', gap: '40px', flexWrap: 'wrap', alignItems: 'baseline' },
  figure: { display: 'flex', flexDirection: 'column' },
  big: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function TierSummary({ benefits, ledger }: { benefits: Benefits; ledger: LedgerSummary | undefined }) {
  const styles = useStyles();
  const { t, tOr, usd, date } = useI18n();
  const tierName = (id: string, name: string) => tOr(`tier.${id}`, name);
  const next = benefits.nextTier;
  const floor = benefits.tier.thresholdUsdCents;
  const progress = next
    ? Math.min(1, Math.max(0, (benefits.ttmUsdCents - floor) / (next.thresholdUsdCents - floor)))
    : 1;
  const forecast = ledger?.next?.forecast;
  return (
    <Card className={styles.card}>
      <div className={styles.figures}>
        <div className={styles.figure}>
          <Title3 as="h2">
            {t('rewards.tier', { tier: tierName(benefits.tier.id, benefits.tier.name) })}
          </Title3>
        </div>
        <div className={styles.figure}>
          <Text size={200}>{t('rewards.ttm')}</Text>
          <span className={styles.big} data-testid="ttm">
            {usd(benefits.ttmUsdCents)}
          </span>
        </div>
      </div>
      {next ? (
        <>
          <ProgressBar
            value={progress}
            thickness="large"
            aria-label={t('rewards.progress', { tier: tierName(next.id, next.name) })}
            aria-valuetext={`${Math.round(progress * 100)}%`}
          />
          <Text weight="semibold">
            {t('rewards.next', { amount: usd(next.missingUsdCents), tier: tierName(next.id, next.name) })}
          </Text>
          {forecast && (
            <Text>
              {forecast.reachedBy
                ? t('rewards.forecast', {
                    pace: usd(forecast.paceUsdCentsPerMonth),
                    date: date(forecast.reachedBy),
                  })
                : t('rewards.noForecast', { pace: usd(forecast.paceUsdCentsPerMonth) })}
            </Text>
          )}
        </>
      ) : (
        <Text weight="semibold">{t('rewards.top')}</Text>
      )}
      <Link to="/billed-sales">{t('rewards.seeSales')}</Link>
    </Card>
  );
}
