// Every tier of the program, the publisher's own marked: for each tier above it, its threshold, the amount still
// missing over the trailing twelve months, and what it unlocks (new benefits, larger sponsorships).
import { Badge, Card, makeStyles, mergeClasses, Text, Title3, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Benefits, ProgramInfo } from '../../api/model.ts';
import { dollars } from '../rewards/TierProgress.tsx';

const useStyles = makeStyles({
  card: { padding: '20px', gap: '8px' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  tier: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, 180px) minmax(0, 1fr)',
    gap: '4px 16px',
    padding: '10px 8px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
  },
  name: { display: 'flex', flexDirection: 'column' },
  detail: { display: 'flex', flexDirection: 'column', gap: '2px', alignItems: 'flex-start' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function TierLadder({
  program,
  benefits,
  hasTransact,
}: {
  program: ProgramInfo;
  benefits: Benefits;
  hasTransact: boolean;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr } = i18n;
  const tiers = [...program.tiers].sort((a, b) => a.thresholdUsdCents - b.thresholdUsdCents);
  const currentRank = tiers.findIndex((tier) => tier.id === benefits.tier.id);
  const listFormat = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  // New benefits first, then the sponsorships that grow at this tier, each with its amount there.
  const unlocks = (tierId: string) =>
    [
      ...program.benefits.filter((b) => b.minTier === tierId),
      ...program.benefits.filter((b) => b.minTier !== tierId && b.amountsByTier?.[tierId] !== undefined),
    ].map((b) => {
      const benefit = tOr(`benefitName.${b.id}`, b.name);
      const amount = b.amountsByTier?.[tierId];
      return amount === undefined
        ? benefit
        : t('home.ladder.amount', { benefit, amount: dollars(i18n, amount) });
    });
  return (
    <Card className={styles.card} aria-labelledby="ladder-title">
      <Title3 as="h2" id="ladder-title">
        {t('home.ladder.title')}
      </Title3>
      <Text className={styles.muted}>{t('home.ladder.intro')}</Text>
      <ol className={styles.list} data-testid="tier-ladder">
        {tiers.map((tier, rank) => {
          const name = tOr(`tier.${tier.id}`, tier.name);
          const above = rank > currentRank;
          const what = unlocks(tier.id);
          return (
            <li
              key={tier.id}
              className={mergeClasses(styles.tier, rank === currentRank && styles.current)}
              aria-current={rank === currentRank ? 'step' : undefined}
              data-tier={tier.id}
            >
              <div className={styles.name}>
                <Text weight="semibold">{name}</Text>
                <Text size={200} className={styles.muted}>
                  {t('home.ladder.threshold', { amount: dollars(i18n, tier.thresholdUsdCents) })}
                </Text>
              </div>
              <div className={styles.detail}>
                {rank === currentRank && (
                  <Badge appearance="filled" color="brand">
                    {t('home.ladder.current')}
                  </Badge>
                )}
                {rank < currentRank && (
                  <Badge appearance="tint" color="success">
                    {t('home.ladder.reached')}
                  </Badge>
                )}
                {above && hasTransact && (
                  <Text weight="semibold" data-testid="missing">
                    {t('home.ladder.missing', {
                      amount: dollars(i18n, tier.thresholdUsdCents - Math.max(benefits.ttmUsdCents, 0)),
                    })}
                  </Text>
                )}
                {above && (
                  <Text>
                    {what.length > 0
                      ? t('home.ladder.unlocks', { benefits: listFormat.format(what) })
                      : t('home.ladder.nothingNew')}
                  </Text>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
