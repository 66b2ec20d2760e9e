// One benefit's form: what it is, who may have it (listing types, minimum tier, prerequisites, exclusions,
// countries), its amount at each tier, and how it is activated.
import { Button, makeStyles } from '@fluentui/react-components';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ChecksField, ChoiceField, ListField, MoneyField, TextField, useDraft } from './fields.tsx';
import {
  ACTIVATIONS,
  CATEGORIES,
  EXCLUSIONS,
  isObject,
  KINDS,
  LISTING_TYPES,
  list,
  PREREQUISITES,
  text,
} from './model.ts';
import { FieldGrid } from './Section.tsx';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px', paddingBottom: '12px' },
});

export function BenefitForm({ index, onRemove }: { index: number; onRemove: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { doc, readOnly } = useDraft();
  const at = `/benefits/${index}`;
  const tiers = list(doc.tiers)
    .filter(isObject)
    .map((tier) => [text(tier.id), text(tier.name) || text(tier.id)] as const);
  return (
    <div className={styles.form}>
      <FieldGrid>
        <TextField pointer={`${at}/name`} label={t('drafts.field.benefitName')} />
        <TextField pointer={`${at}/id`} label={t('drafts.field.id')} hint={t('drafts.hint.id')} />
        <ChoiceField
          pointer={`${at}/category`}
          label={t('drafts.field.category')}
          options={CATEGORIES.map((c) => [c, t(`drafts.category.${c}`)] as const)}
        />
        <ChoiceField
          pointer={`${at}/kind`}
          label={t('drafts.field.kind')}
          options={KINDS.map((k) => [k, t(`drafts.kind.${k}`)] as const)}
        />
        <ChoiceField pointer={`${at}/minTier`} label={t('drafts.field.minTier')} options={tiers} />
        <ChoiceField
          pointer={`${at}/activation`}
          label={t('drafts.field.activation')}
          options={ACTIVATIONS.map((a) => [a, t(`drafts.activation.${a}`)] as const)}
        />
      </FieldGrid>
      <TextField pointer={`${at}/description`} label={t('drafts.field.description')} long />
      <FieldGrid>
        <ChecksField
          pointer={`${at}/listingTypes`}
          label={t('drafts.field.listingTypes')}
          options={LISTING_TYPES.map((l) => [l, t(`listingType.${l}`)] as const)}
        />
        <ChecksField
          pointer={`${at}/prerequisites`}
          label={t('drafts.field.prerequisites')}
          options={PREREQUISITES.map((p) => [p, t(`drafts.prerequisite.${p}`)] as const)}
        />
        <ChecksField
          pointer={`${at}/exclusions`}
          label={t('drafts.field.exclusions')}
          options={EXCLUSIONS.map((e) => [e, t(`drafts.exclusion.${e}`)] as const)}
        />
        <ListField
          pointer={`${at}/availableIn`}
          label={t('drafts.field.availableIn')}
          hint={t('drafts.hint.availableIn')}
          optional
        />
      </FieldGrid>
      <FieldGrid>
        {tiers.map(([id, name]) => (
          <MoneyField
            key={id}
            pointer={`${at}/amountsByTier/${id}`}
            label={t('drafts.field.amountAt', { tier: name })}
            optional
          />
        ))}
      </FieldGrid>
      {!readOnly && (
        <div>
          <Button size="small" appearance="subtle" onClick={onRemove}>
            {t('drafts.removeBenefit')}
          </Button>
        </div>
      )}
    </div>
  );
}
