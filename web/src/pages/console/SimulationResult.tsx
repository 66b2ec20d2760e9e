// A simulation's answer as a person reads it (the What if panel's, and a draft's): headline figures, the tier
// moves, the benefits, the publishers affected, and a CSV of them all.
import { Badge, Button, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { client } from '../../api.ts';
import type { Answer } from '../../api/model.ts';
import type { paths } from '../../api/schema.d.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export type Simulation = Answer<'/api/v1/program/simulations', 'post'>;
export type SimulationBody = NonNullable<
  paths['/api/v1/program/simulations']['post']['requestBody']
>['content']['application/json'];

const useStyles = makeStyles({
  headline: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(150px, 100%), 1fr))',
    gap: '12px',
  },
  stat: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: '12px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  figure: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: 600 },
  section: { display: 'flex', flexDirection: 'column', gap: '6px', minWidth: 0 },
  head: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: '12px',
    flexWrap: 'wrap',
  },
  muted: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
});

/**
 * A simulation's answer as a person reads it. `body` is the request that produced it: the CSV link asks the same
 * simulation again for every affected publisher.
 */
export function SimulationResult({ simulation, body }: { simulation: Simulation; body: SimulationBody }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, tOr, number, usd, date } = i18n;
  const [downloading, setDownloading] = useState(false);
  const tier = (x: { id: string; name: string }) => tOr(`tier.${x.id}`, x.name);
  const benefit = (x: { id: string; name: string }) => tOr(`benefitName.${x.id}`, x.name);
  const names = (list: { id: string; name: string }[]) => list.map(benefit).join(', ');
  const changed = simulation.benefits.filter((b) => b.newlyUnlocked + b.keptByGrandfathering + b.lost > 0);
  const { affected } = simulation;

  const download = async () => {
    setDownloading(true);
    try {
      const { data } = await client.POST('/api/v1/program/simulations/export', { body, parseAs: 'blob' });
      if (!data) return;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(data);
      link.download = `what-if-${simulation.effectiveFrom}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } finally {
      setDownloading(false);
    }
  };

  const stat = (label: string, value: string) => (
    <div className={styles.stat}>
      <span className={styles.figure}>{value}</span>
      <Text className={styles.muted}>{label}</Text>
    </div>
  );
  return (
    <section className={styles.section} aria-labelledby="what-if-result">
      <Title3 as="h4" id="what-if-result" className={styles.heading}>
        {t('whatIf.resultTitle', { date: date(simulation.effectiveFrom), version: simulation.basedOn })}
      </Title3>
      <div className={styles.headline}>
        {stat(t('whatIf.companiesUp'), number(simulation.companies.up))}
        {stat(t('whatIf.companiesDown'), number(simulation.companies.down))}
        {stat(t('whatIf.publishersAffected'), number(simulation.publishers.affected))}
        {stat(t('whatIf.committed'), usd(simulation.committedUsdCents))}
      </div>
      <Text weight="semibold">{t('whatIf.moves')}</Text>
      {simulation.moves.length === 0 ? (
        <Text className={styles.muted}>{t('whatIf.noMoves')}</Text>
      ) : (
        <DataTable
          label={t('whatIf.moves')}
          size="small"
          columns={[
            'whatIf.col.from',
            'whatIf.col.to',
            'whatIf.col.direction',
            { label: 'whatIf.col.companies', numeric: true },
          ]}
          items={simulation.moves}
          rowKey={(m) => `${m.from.id}-${m.to.id}`}
          cells={(m) => [
            tier(m.from),
            tier(m.to),
            <Badge key="d" appearance="tint" color={m.direction === 'up' ? 'success' : 'warning'}>
              {t(m.direction === 'up' ? 'whatIf.up' : 'whatIf.down')}
            </Badge>,
            number(m.companies),
          ]}
        />
      )}
      <Text weight="semibold">{t('whatIf.benefits')}</Text>
      {changed.length === 0 ? (
        <Text className={styles.muted}>{t('whatIf.noBenefits')}</Text>
      ) : (
        <>
          <DataTable
            label={t('whatIf.benefits')}
            size="small"
            columns={[
              'whatIf.col.benefit',
              { label: 'whatIf.col.unlocked', numeric: true },
              { label: 'whatIf.col.kept', numeric: true },
              { label: 'whatIf.col.lost', numeric: true },
              { label: 'whatIf.col.committed', numeric: true },
            ]}
            items={changed}
            rowKey={(b) => b.id}
            cells={(b) => [
              benefit(b),
              number(b.newlyUnlocked),
              number(b.keptByGrandfathering),
              number(b.lost),
              b.kind === 'sponsorship' ? usd(b.committedUsdCents) : '',
            ]}
          />
          <Text size={200} className={styles.muted}>
            {t('whatIf.keptHint')}
          </Text>
        </>
      )}
      <div className={styles.head}>
        <Text weight="semibold">{t('whatIf.affected')}</Text>
        {affected.total > 0 && (
          <Button appearance="secondary" size="small" onClick={() => void download()} disabled={downloading}>
            {t('whatIf.downloadCsv')}
          </Button>
        )}
      </div>
      {affected.total === 0 ? (
        <Text className={styles.muted}>{t('whatIf.noneAffected')}</Text>
      ) : (
        <>
          <DataTable
            label={t('whatIf.affected')}
            size="small"
            columns={[
              'whatIf.col.publisher',
              'whatIf.col.mpnId',
              'whatIf.col.tier',
              'whatIf.col.gains',
              'whatIf.col.loses',
              'whatIf.col.kept',
            ]}
            items={affected.items}
            rowKey={(p) => p.id}
            cells={(p) => [
              p.name,
              p.mpnId,
              p.tierNow.id === p.tierThen.id
                ? tier(p.tierNow)
                : t('whatIf.tierMove', { from: tier(p.tierNow), to: tier(p.tierThen) }),
              names(p.gains),
              names(p.loses),
              names(p.keptByGrandfathering),
            ]}
          />
          {affected.total > affected.items.length && (
            <Text size={200} className={styles.muted}>
              {t('whatIf.showing', { shown: number(affected.items.length), total: number(affected.total) })}
            </Text>
          )}
        </>
      )}
    </section>
  );
}
