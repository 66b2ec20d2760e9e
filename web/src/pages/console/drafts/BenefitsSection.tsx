// The benefits (L3, L4): each a panel that opens to its form; a benefit with problems says so on its header.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import { BenefitForm } from './BenefitForm.tsx';
import { useDraft } from './fields.tsx';
import { isObject, list, text } from './model.ts';
import { Section } from './Section.tsx';

const NEW_BENEFIT = {
  id: '',
  name: '',
  description: '',
  category: 'sales-and-marketing',
  kind: 'marketing',
  listingTypes: ['transact'],
  minTier: '',
  prerequisites: [],
  exclusions: [],
  activation: 'activate',
};

export function BenefitsSection() {
  const { t } = useI18n();
  const { doc, problems, readOnly, change } = useDraft();
  const benefits = list(doc.benefits);
  const troubled = (i: number) => problems.filter((p) => p.path.startsWith(`/benefits/${i}/`)).length;
  // Benefits with problems stay open: their fields show what to fix, and the summary links to them.
  const [open, setOpen] = useState<number[]>([]);
  const shown = [...new Set([...open, ...benefits.map((_, i) => i).filter((i) => troubled(i) > 0)])];
  const firstTier = text(list(doc.tiers).map((x) => (isObject(x) ? x.id : ''))[0]);
  return (
    <Section pointer="/benefits" title={t('drafts.section.benefits')}>
      <Accordion multiple collapsible openItems={shown} onToggle={(_, d) => setOpen(d.openItems as number[])}>
        {benefits.map((benefit, i) => {
          const count = troubled(i);
          return (
            <AccordionItem key={i} value={i}>
              <AccordionHeader>
                {(isObject(benefit) && text(benefit.name)) || t('drafts.newBenefit')}
                {count > 0 && (
                  <>
                    {' '}
                    <Badge color="danger" appearance="tint">
                      {t('drafts.problemCount', { count })}
                    </Badge>
                  </>
                )}
              </AccordionHeader>
              <AccordionPanel>
                {open.includes(i) && (
                  <BenefitForm index={i} onRemove={() => change(`/benefits/${i}`, undefined)} />
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {!readOnly && (
        <div>
          <Button
            onClick={() => {
              change(`/benefits/${benefits.length}`, { ...NEW_BENEFIT, minTier: firstTier });
              setOpen((o) => [...o, benefits.length]);
            }}
          >
            {t('drafts.addBenefit')}
          </Button>
        </div>
      )}
    </Section>
  );
}
