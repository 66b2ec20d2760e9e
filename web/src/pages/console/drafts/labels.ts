// People's words for the parts of a program: where a problem is, what a change changed, and its values.
import type { I18n, MessageKey } from '../../../i18n/i18n.tsx';
import { isObject, list, text, tierName, type DraftChange } from './model.ts';

const FIELDS: Record<string, MessageKey> = {
  version: 'drafts.field.version',
  completeBy: 'drafts.field.completeBy',
  id: 'drafts.field.id',
  thresholdUsdCents: 'drafts.field.threshold',
  description: 'drafts.field.description',
  category: 'drafts.field.category',
  kind: 'drafts.field.kind',
  listingTypes: 'drafts.field.listingTypes',
  minTier: 'drafts.field.minTier',
  prerequisites: 'drafts.field.prerequisites',
  exclusions: 'drafts.field.exclusions',
  availableIn: 'drafts.field.availableIn',
  activation: 'drafts.field.activation',
  listingType: 'drafts.field.countsAs',
  contactPromiseDays: 'drafts.window.contactPromiseDays',
  welcomeWindowDays: 'drafts.window.welcomeWindowDays',
  oneTimeExpiryMonths: 'drafts.window.oneTimeExpiryMonths',
  trailingMonths: 'drafts.window.trailingMonths',
  dueSoonHours: 'drafts.window.dueSoonHours',
  max: 'drafts.field.maxContacts',
  catchAllLocalParts: 'drafts.field.catchAll',
  tags: 'drafts.field.languages',
  grantMonths: 'drafts.field.grantMonths',
  stacking: 'drafts.field.stacking',
  reminderDays: 'drafts.field.reminderDays',
};

/** A field's label; `name` depends on whose name it is. */
export function fieldLabel(i18n: I18n, subject: string, field: string): string {
  if (field === 'name') {
    return i18n.t(
      subject === 'tier'
        ? 'drafts.field.tierName'
        : subject === 'benefit'
          ? 'drafts.field.benefitName'
          : 'drafts.field.name',
    );
  }
  const key = FIELDS[field];
  return key ? i18n.t(key) : field;
}

const SUBJECTS: Record<string, MessageKey> = {
  program: 'drafts.section.program',
  windows: 'drafts.section.windows',
  'marketing-contacts': 'drafts.section.contacts',
  languages: 'drafts.section.contacts',
  sponsorships: 'drafts.section.sponsorships',
};

/** The part of the program a change is about: "Tier $25K", "Benefit Seller webinar", "Windows". */
export function subjectLabel(i18n: I18n, change: Pick<DraftChange, 'subject' | 'id' | 'name'>): string {
  if (change.subject === 'tier') return i18n.t('drafts.subject.tier', { name: change.name });
  if (change.subject === 'benefit') return i18n.t('drafts.subject.benefit', { name: change.name });
  if (change.subject === 'listing-option') return i18n.tOr(`drafts.option.${change.id}`, change.id);
  return i18n.t(SUBJECTS[change.subject] ?? 'drafts.section.program');
}

/** Where a problem's pointer is, in words: "Tier $25K · Threshold (USD)". */
export function whereLabel(i18n: I18n, doc: unknown, pointer: string): string {
  const [part, index, field, key] = pointer.split('/').slice(1);
  const item = isObject(doc) ? list(doc[part ?? ''])[Number(index)] : undefined;
  const name = isObject(item) ? text(item.name) || text(item.id) : `#${Number(index) + 1}`;
  if (part === 'tiers' && index !== undefined) {
    const where = i18n.t('drafts.subject.tier', { name });
    return field ? `${where} · ${fieldLabel(i18n, 'tier', field)}` : where;
  }
  if (part === 'benefits' && index !== undefined) {
    const where = i18n.t('drafts.subject.benefit', { name });
    if (field === 'amountsByTier' && key)
      return `${where} · ${i18n.t('drafts.field.amountAt', { tier: tierName(doc, key) })}`;
    return field ? `${where} · ${fieldLabel(i18n, 'benefit', field)}` : where;
  }
  if (part === 'listingOptions')
    return `${i18n.t('drafts.section.listingOptions')}${index ? ` · ${i18n.tOr(`drafts.option.${index}`, index)}` : ''}`;
  if (part === 'languages') return i18n.t('drafts.field.languages');
  const section: Record<string, MessageKey> = {
    windows: 'drafts.section.windows',
    marketingContacts: 'drafts.section.contacts',
    sponsorships: 'drafts.section.sponsorships',
    tiers: 'drafts.section.tiers',
    benefits: 'drafts.section.benefits',
  };
  const title = section[part ?? ''];
  if (title) return index ? `${i18n.t(title)} · ${fieldLabel(i18n, part ?? '', index)}` : i18n.t(title);
  return part ? fieldLabel(i18n, 'program', part) : i18n.t('drafts.section.program');
}

const ENUMS: Record<string, string> = {
  listingTypes: 'listingType',
  listingType: 'listingType',
  prerequisites: 'drafts.prerequisite',
  exclusions: 'drafts.exclusion',
  category: 'drafts.category',
  kind: 'drafts.kind',
  activation: 'drafts.activation',
};

/** A changed value in words: money in the reader's currency format, choices by their labels, tiers by name. */
export function valueWords(i18n: I18n, doc: unknown, field: string, value: DraftChange['before']): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return i18n.t('drafts.empty');
  if ((field === 'thresholdUsdCents' || field === 'amountsByTier') && typeof value === 'number')
    return i18n.usd(value);
  if (typeof value === 'boolean') return i18n.t(value ? 'drafts.yes' : 'drafts.no');
  if (field === 'minTier' && typeof value === 'string') return tierName(doc, value);
  if (field === 'completeBy' && typeof value === 'string') return i18n.date(value);
  const words = (v: string) => (ENUMS[field] ? i18n.tOr(`${ENUMS[field]}.${v}`, v) : v);
  if (Array.isArray(value)) return value.map(words).join(', ');
  return typeof value === 'string' ? words(value) : i18n.number(value);
}
