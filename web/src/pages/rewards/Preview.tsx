// What the next program year changes for this publisher on the day it takes effect: the tier, the benefits gained,
// those lost, and those kept because they were unlocked before. Shown only when a version is scheduled and it
// changes something.
import { Card, makeStyles, Text, Title3 } from '@fluentui/react-components';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../queries.ts';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '8px' },
  list: { margin: 0, paddingLeft: '20px' },
});

export function Preview({ publisherId }: { publisherId: string }) {
  const styles = useStyles();
  const { t, tOr, date } = useI18n();
  const scheduled = useApi('/api/v1/publishers/{publisherId}/preview', { params: { path: { publisherId } } })
    .data?.scheduled;
  if (!scheduled) return null;
  const { tier, gains, loses, keptByGrandfathering } = scheduled;
  const tierChanges = tier.now.id !== tier.then.id;
  if (!tierChanges && gains.length + loses.length + keptByGrandfathering.length === 0) return null;
  const tierName = (x: { id: string; name: string }) => tOr(`tier.${x.id}`, x.name);
  const names = (list: { id: string; name: string }[]) =>
    list.map((b) => <li key={b.id}>{tOr(`benefitName.${b.id}`, b.name)}</li>);
  return (
    <Card className={styles.card} aria-labelledby="preview-heading">
      <Title3 as="h2" id="preview-heading">
        {t('preview.title', { date: date(scheduled.effectiveFrom) })}
      </Title3>
      {tierChanges && <Text>{t('preview.tier', { from: tierName(tier.now), to: tierName(tier.then) })}</Text>}
      {gains.length > 0 && (
        <>
          <Text weight="semibold">{t('preview.gains')}</Text>
          <ul className={styles.list}>{names(gains)}</ul>
        </>
      )}
      {loses.length > 0 && (
        <>
          <Text weight="semibold">{t('preview.loses')}</Text>
          <ul className={styles.list}>{names(loses)}</ul>
        </>
      )}
      {keptByGrandfathering.length > 0 && (
        <>
          <Text weight="semibold">{t('preview.kept')}</Text>
          <ul className={styles.list}>{names(keptByGrandfathering)}</ul>
        </>
      )}
    </Card>
  );
}
