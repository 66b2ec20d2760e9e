// The way to the next tier, shared by the home page and the Rewards page: a bar labelled at both ends (the current
// tier's floor and the next tier's threshold), what it measures, and the forecast in words, with the sales that
// leave the twelve-month window. Without a live transact offer no amount is missing: tiers count transact sales.
import { makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import type { Benefits, LedgerSummary } from '../../api/model.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  ends: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: '12px',
    flexWrap: 'wrap',
    color: tokens.colorNeutralForeground2,
  },
});

/** Whole dollars, for amounts in sentences. */
export const dollars = (i18n: I18n, cents: number) => i18n.usd(Math.round(cents / 100) * 100);

/** The forecast in words: what leaves the window, then when the next tier is reached at the recent pace. */
export function forecastText(i18n: I18n, ledger: LedgerSummary | undefined): string[] {
  const next = ledger?.next;
  if (!next) return [];
  const { forecast } = next;
  const tier = i18n.tOr(`tier.${next.tier.id}`, next.tier.name);
  const pace = dollars(i18n, forecast.paceUsdCentsPerMonth);
  const lines: string[] = [];
  if (forecast.leavingUsdCents > 0 && forecast.leavingBy)
    lines.push(
      i18n.t('forecast.leaving', {
        amount: dollars(i18n, forecast.leavingUsdCents),
        date: i18n.date(forecast.leavingBy),
      }),
    );
  lines.push(
    forecast.reachedBy
      ? i18n.t('forecast.reach', { pace, tier, month: i18n.month(forecast.reachedBy.slice(0, 7)) })
      : i18n.t('forecast.notReached', { pace, tier }),
  );
  return lines;
}

export function TierProgress({
  benefits,
  ledger,
  hasTransact,
}: {
  benefits: Benefits;
  ledger: LedgerSummary | undefined;
  /** Whether the publisher has a live transact offer: tiers count the billed sales of those only. */
  hasTransact: boolean;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr } = i18n;
  const next = benefits.nextTier;
  if (!next) return <Text weight="semibold">{t('rewards.top')}</Text>;
  if (!hasTransact && benefits.ttmUsdCents <= 0)
    return (
      <Text weight="semibold" data-testid="needs-transact">
        {t('forecast.needsTransact')}
      </Text>
    );
  const floor = benefits.tier.thresholdUsdCents;
  const progress = Math.min(
    1,
    Math.max(0, (benefits.ttmUsdCents - floor) / (next.thresholdUsdCents - floor)),
  );
  const here = tOr(`tier.${benefits.tier.id}`, benefits.tier.name);
  const there = tOr(`tier.${next.id}`, next.name);
  return (
    <div className={styles.root}>
      <Text weight="semibold">
        {t('rewards.next', { amount: dollars(i18n, next.missingUsdCents), tier: there })}
      </Text>
      <ProgressBar
        value={progress}
        thickness="large"
        aria-label={t('rewards.progress', { tier: there })}
        aria-valuetext={t('forecast.valueText', {
          amount: dollars(i18n, benefits.ttmUsdCents),
          threshold: dollars(i18n, next.thresholdUsdCents),
        })}
      />
      <div className={styles.ends} data-testid="progress-ends">
        <Text size={200}>{t('forecast.end', { tier: here, amount: dollars(i18n, floor) })}</Text>
        <Text size={200}>
          {t('forecast.end', { tier: there, amount: dollars(i18n, next.thresholdUsdCents) })}
        </Text>
      </div>
      <Text size={200}>{t('forecast.measures', { tier: here })}</Text>
      {forecastText(i18n, ledger).map((line) => (
        <Text key={line} data-testid="forecast">
          {line}
        </Text>
      ))}
    </div>
  );
}
