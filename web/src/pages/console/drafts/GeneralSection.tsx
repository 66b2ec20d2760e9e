// The program's own fields, its windows, the contact rules, the languages and the sponsorship settings.
import { Button } from '@fluentui/react-components';
import { useI18n } from '../../../i18n/i18n.tsx';
import { DayField, ListField, NumberField, SwitchField, TextField, useDraft } from './fields.tsx';
import { isObject, WINDOWS } from './model.ts';
import { FieldGrid, Section } from './Section.tsx';

export function ProgramSection() {
  const { t } = useI18n();
  return (
    <Section pointer="/" title={t('drafts.section.program')}>
      <FieldGrid>
        <TextField pointer="/version" label={t('drafts.field.version')} hint={t('drafts.hint.version')} />
        <TextField pointer="/name" label={t('drafts.field.name')} />
        <DayField
          pointer="/completeBy"
          label={t('drafts.field.completeBy')}
          hint={t('drafts.hint.completeBy')}
        />
      </FieldGrid>
    </Section>
  );
}

export function WindowsSection() {
  const { t } = useI18n();
  return (
    <Section pointer="/windows" title={t('drafts.section.windows')}>
      <FieldGrid>
        {WINDOWS.map((w) => (
          <NumberField key={w} pointer={`/windows/${w}`} label={t(`drafts.window.${w}`)} />
        ))}
      </FieldGrid>
    </Section>
  );
}

export function ContactsSection() {
  const { t } = useI18n();
  return (
    <Section pointer="/marketingContacts" title={t('drafts.section.contacts')}>
      <FieldGrid>
        <NumberField pointer="/marketingContacts/max" label={t('drafts.field.maxContacts')} />
        <ListField
          pointer="/marketingContacts/catchAllLocalParts"
          label={t('drafts.field.catchAll')}
          hint={t('drafts.hint.catchAll')}
        />
        <ListField
          pointer="/languages"
          label={t('drafts.field.languages')}
          hint={t('drafts.hint.languages')}
        />
      </FieldGrid>
    </Section>
  );
}

const SPONSORSHIP_DEFAULTS = { grantMonths: 12, stacking: false, reminderDays: 30 };

export function SponsorshipsSection() {
  const { t } = useI18n();
  const { doc, readOnly, change } = useDraft();
  return (
    <Section pointer="/sponsorships" title={t('drafts.section.sponsorships')}>
      {isObject(doc.sponsorships) ? (
        <FieldGrid>
          <NumberField pointer="/sponsorships/grantMonths" label={t('drafts.field.grantMonths')} />
          <NumberField pointer="/sponsorships/reminderDays" label={t('drafts.field.reminderDays')} />
          <SwitchField pointer="/sponsorships/stacking" label={t('drafts.field.stacking')} />
        </FieldGrid>
      ) : (
        <div>
          {t('drafts.sponsorshipsDefault')}{' '}
          {!readOnly && (
            <Button size="small" onClick={() => change('/sponsorships', SPONSORSHIP_DEFAULTS)}>
              {t('drafts.setSponsorships')}
            </Button>
          )}
        </div>
      )}
    </Section>
  );
}
