// The tiers and their thresholds (L2): billed sales over the trailing months at which each tier starts.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../../i18n/i18n.tsx';
import { MoneyField, TextField, useDraft } from './fields.tsx';
import { isObject, list, text } from './model.ts';
import { Section } from './Section.tsx';

const useStyles = makeStyles({
  tier: {
    display: 'grid',
    gap: '8px 16px',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 180px), 1fr))',
    alignItems: 'start',
    paddingBottom: '12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Level with the inputs beside it (under their labels); on a phone, under the fields.
  remove: { paddingTop: '26px', '@media (max-width: 600px)': { paddingTop: 0 } },
});

export function TiersSection() {
  const styles = useStyles();
  const { t } = useI18n();
  const { doc, readOnly, change } = useDraft();
  const tiers = list(doc.tiers);
  return (
    <Section
      pointer="/tiers"
      title={t('drafts.section.tiers')}
      intro={`${t('drafts.intro.tiers')} ${t('drafts.hint.id')}`}
    >
      {tiers.map((tier, i) => {
        const name = isObject(tier) ? text(tier.name) : '';
        return (
          <div key={i} className={styles.tier} aria-label={t('drafts.subject.tier', { name })} role="group">
            <TextField pointer={`/tiers/${i}/name`} label={t('drafts.field.tierName')} />
            <TextField pointer={`/tiers/${i}/id`} label={t('drafts.field.id')} />
            <MoneyField pointer={`/tiers/${i}/thresholdUsdCents`} label={t('drafts.field.threshold')} />
            {!readOnly && (
              <div className={styles.remove}>
                <Button size="small" appearance="subtle" onClick={() => change(`/tiers/${i}`, undefined)}>
                  {t('drafts.removeTier', { name })}
                </Button>
              </div>
            )}
          </div>
        );
      })}
      {!readOnly && (
        <div>
          <Button
            onClick={() => change(`/tiers/${tiers.length}`, { id: '', name: '', thresholdUsdCents: 0 })}
          >
            {t('drafts.addTier')}
          </Button>
        </div>
      )}
    </Section>
  );
}
