// How each way of listing an offer counts (L1): one choice of listing type per listing option.
import { useI18n } from '../../../i18n/i18n.tsx';
import { ChoiceField } from './fields.tsx';
import { LISTING_OPTIONS, LISTING_TYPES } from './model.ts';
import { FieldGrid, Section } from './Section.tsx';

export function ListingOptionsSection() {
  const { t } = useI18n();
  const types = LISTING_TYPES.map((type) => [type, t(`listingType.${type}`)] as const);
  return (
    <Section
      pointer="/listingOptions"
      title={t('drafts.section.listingOptions')}
      intro={t('drafts.intro.listingOptions')}
    >
      <FieldGrid>
        {LISTING_OPTIONS.map((o) => (
          <ChoiceField
            key={o}
            pointer={`/listingOptions/${o}`}
            label={t(`drafts.option.${o}`)}
            options={types}
          />
        ))}
      </FieldGrid>
    </Section>
  );
}
