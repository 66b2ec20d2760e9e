// Every part of a program as forms: editable for a draft, read-only for a published version.
import { Divider, makeStyles } from '@fluentui/react-components';
import { BenefitsSection } from './BenefitsSection.tsx';
import { DraftContext } from './fields.tsx';
import { ContactsSection, ProgramSection, SponsorshipsSection, WindowsSection } from './GeneralSection.tsx';
import { ListingOptionsSection } from './ListingOptionsSection.tsx';
import type { Doc, DraftProblem } from './model.ts';
import { TiersSection } from './TiersSection.tsx';

const useStyles = makeStyles({
  forms: { display: 'flex', flexDirection: 'column', gap: '20px', minWidth: 0 },
});

export function DraftForms({
  doc,
  problems,
  readOnly,
  change,
}: {
  doc: Doc;
  problems: DraftProblem[];
  readOnly: boolean;
  change: (pointer: string, value: unknown) => void;
}) {
  const styles = useStyles();
  return (
    <DraftContext.Provider value={{ doc, problems, readOnly, change }}>
      <div className={styles.forms}>
        <ProgramSection />
        <Divider />
        <TiersSection />
        <Divider />
        <BenefitsSection />
        <Divider />
        <WindowsSection />
        <Divider />
        <ListingOptionsSection />
        <Divider />
        <ContactsSection />
        <Divider />
        <SponsorshipsSection />
      </div>
    </DraftContext.Provider>
  );
}
