// What a draft changes against the version in force, in words a person uses ("Tier $25K: threshold $25,000 →
// $30,000"), for the program admin to read before publishing. A draft may be work in progress that breaks the
// program's rules, so this reads the draft defensively: a part that is not what the program expects is compared
// as it stands. Tiers and benefits are matched by id, so reordering them is not a change.
import type { Program } from './program.ts';

export const CHANGE_SUBJECTS = [
  'program',
  'windows',
  'listing-option',
  'tier',
  'benefit',
  'marketing-contacts',
  'languages',
  'sponsorships',
] as const;
export type ChangeSubject = (typeof CHANGE_SUBJECTS)[number];

/** A value as the change shows it: money fields stay integer cents (the portal formats them in its locale). */
export type ChangeValue = string | number | boolean | string[] | null;

export interface ProgramChange {
  subject: ChangeSubject;
  /** The tier's or benefit's id, the listing option, or '' for a part of the program that has one instance. */
  id: string;
  /** The tier's or benefit's name (in the draft, or in force for one removed); otherwise the same as `id`. */
  name: string;
  /** The changed field ('thresholdUsdCents', 'minTier', 'amountsByTier', ...); '' when the whole is added or removed. */
  field: string;
  /** For `amountsByTier`: the tier whose amount changed. */
  tierId?: string;
  kind: 'added' | 'removed' | 'changed';
  before: ChangeValue;
  after: ChangeValue;
  /** The change in English words, for the API's readers and the audit trail. */
  text: string;
}

type Doc = Record<string, unknown>;

const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields whose value is integer USD cents. */
const MONEY_FIELDS = new Set(['thresholdUsdCents', 'amountsByTier']);

const FIELD_WORDS: Record<string, string> = {
  version: 'version',
  name: 'name',
  completeBy: 'complete-by date',
  effectiveFrom: 'effective date',
  thresholdUsdCents: 'threshold',
  description: 'description',
  category: 'category',
  kind: 'kind',
  listingTypes: 'listing types',
  minTier: 'minimum tier',
  prerequisites: 'prerequisites',
  exclusions: 'exclusions',
  availableIn: 'countries or regions',
  amountsByTier: 'amount',
  activation: 'activated by',
  listingType: 'counts as',
  contactPromiseDays: 'contact promise (days)',
  welcomeWindowDays: 'welcome window (days)',
  oneTimeExpiryMonths: 'one-time benefits expire after (months)',
  trailingMonths: 'billed sales measured over (months)',
  dueSoonHours: 'due soon (hours before)',
  max: 'most marketing contacts',
  catchAllLocalParts: 'catch-all addresses refused',
  grantMonths: 'grant lasts (months)',
  stacking: 'several grants at once',
  reminderDays: 'reminder (days before expiry)',
  tags: 'languages',
};

const SUBJECT_WORDS: Record<ChangeSubject, string> = {
  program: 'Program',
  windows: 'Windows',
  'listing-option': 'Listing option',
  tier: 'Tier',
  benefit: 'Benefit',
  'marketing-contacts': 'Marketing contacts',
  languages: 'Languages',
  sponsorships: 'Sponsorships',
};

function asValue(v: unknown): ChangeValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
  return JSON.stringify(v);
}

const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** A value in words: money as dollars ("$25,000", cents only when there are some), a tier id as its name. */
function say(field: string, v: ChangeValue, tierNames: Map<string, string>): string {
  if (v === null) return 'none';
  if (MONEY_FIELDS.has(field) && typeof v === 'number' && Number.isSafeInteger(v))
    return (v % 100 === 0 ? dollars : cents).format(v / 100);
  if (field === 'minTier' && typeof v === 'string') return tierNames.get(v) ?? v;
  if (Array.isArray(v)) return v.length === 0 ? 'none' : v.join(', ');
  return String(v);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

interface Subject {
  subject: ChangeSubject;
  id: string;
  name: string;
}

/** Tier names by id (the draft's over those in force), for sentences that name a tier. */
type TierNames = Map<string, string>;

function changed(
  names: TierNames,
  s: Subject,
  field: string,
  before: unknown,
  after: unknown,
  tier?: Subject,
): ProgramChange {
  const b = asValue(before);
  const a = asValue(after);
  const label = `${SUBJECT_WORDS[s.subject]}${s.name ? ` ${s.name}` : ''}`;
  const what = tier ? `amount at ${tier.name}` : (FIELD_WORDS[field] ?? field);
  return {
    ...s,
    field,
    ...(tier ? { tierId: tier.id } : {}),
    kind: 'changed',
    before: b,
    after: a,
    text: `${label}: ${what} ${say(field, b, names)} → ${say(field, a, names)}`,
  };
}

function wholly(s: Subject, kind: 'added' | 'removed'): ProgramChange {
  const label = `${SUBJECT_WORDS[s.subject]} ${s.name}`;
  return { ...s, field: '', kind, before: null, after: null, text: `${label}: ${kind}` };
}

/** Compares two objects key by key (the keys of either), each difference one change of `s`. */
function fields(
  names: TierNames,
  s: Subject,
  before: unknown,
  after: unknown,
  skip: string[] = [],
): ProgramChange[] {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !skip.includes(k));
  return keys.filter((k) => !same(b[k], a[k])).map((k) => changed(names, s, k, b[k], a[k]));
}

function byId(list: unknown): Map<string, Doc> {
  const map = new Map<string, Doc>();
  if (!Array.isArray(list)) return map;
  for (const item of list) {
    if (isObject(item) && typeof item.id === 'string' && !map.has(item.id)) map.set(item.id, item);
  }
  return map;
}

const nameOf = (item: Doc | undefined, id: string) =>
  typeof item?.name === 'string' && item.name.length > 0 ? item.name : id;

function tierChanges(names: TierNames, inForce: Program, draft: Doc): ProgramChange[] {
  const before = byId(inForce.tiers);
  const after = byId(draft.tiers);
  const changes: ProgramChange[] = [];
  for (const [id, old] of before) {
    const now = after.get(id);
    const s: Subject = { subject: 'tier', id, name: nameOf(now ?? old, id) };
    changes.push(...(now ? fields(names, s, old, now, ['id']) : [wholly(s, 'removed')]));
  }
  for (const [id, item] of after) {
    if (!before.has(id)) changes.push(wholly({ subject: 'tier', id, name: nameOf(item, id) }, 'added'));
  }
  return changes;
}

function benefitChanges(names: TierNames, inForce: Program, draft: Doc): ProgramChange[] {
  const before = byId(inForce.benefits);
  const after = byId(draft.benefits);
  const tiers = new Map([...byId(inForce.tiers), ...byId(draft.tiers)]);
  const changes: ProgramChange[] = [];
  for (const [id, old] of before) {
    const now = after.get(id);
    const s: Subject = { subject: 'benefit', id, name: nameOf(now ?? old, id) };
    if (!now) {
      changes.push(wholly(s, 'removed'));
      continue;
    }
    changes.push(...fields(names, s, old, now, ['id', 'amountsByTier']));
    const oldAmounts = isObject(old.amountsByTier) ? old.amountsByTier : {};
    const newAmounts = isObject(now.amountsByTier) ? now.amountsByTier : {};
    for (const tierId of new Set([...Object.keys(oldAmounts), ...Object.keys(newAmounts)])) {
      if (same(oldAmounts[tierId], newAmounts[tierId])) continue;
      const tier = { subject: 'tier' as const, id: tierId, name: nameOf(tiers.get(tierId), tierId) };
      changes.push(changed(names, s, 'amountsByTier', oldAmounts[tierId], newAmounts[tierId], tier));
    }
  }
  for (const [id, item] of after) {
    if (!before.has(id)) changes.push(wholly({ subject: 'benefit', id, name: nameOf(item, id) }, 'added'));
  }
  return changes;
}

/**
 * The changes `draft` makes to `inForce`, in the order of the program's parts: the program's own fields, windows,
 * the listing-option mapping, tiers, benefits, contact rules, languages, sponsorships. `effectiveFrom` is left
 * out: a draft takes its date when it is published.
 */
export function diffProgram(inForce: Program, draft: unknown): ProgramChange[] {
  const d = isObject(draft) ? draft : {};
  const program: Subject = { subject: 'program', id: '', name: '' };
  const names: TierNames = new Map(
    [...byId(inForce.tiers), ...byId(d.tiers)].map(([id, tier]) => [id, nameOf(tier, id)]),
  );
  const top = ['version', 'name', 'completeBy'].filter((k) => !same(inForce[k as keyof Program], d[k]));
  const options = isObject(d.listingOptions) ? d.listingOptions : {};
  return [
    ...top.map((k) => changed(names, program, k, inForce[k as keyof Program], d[k])),
    ...fields(names, { subject: 'windows', id: '', name: '' }, inForce.windows, d.windows),
    ...Object.entries(inForce.listingOptions)
      .filter(([option, type]) => !same(type, options[option]))
      .map(([option, type]) =>
        changed(
          names,
          { subject: 'listing-option', id: option, name: option },
          'listingType',
          type,
          options[option],
        ),
      ),
    ...tierChanges(names, inForce, d),
    ...benefitChanges(names, inForce, d),
    ...fields(
      names,
      { subject: 'marketing-contacts', id: '', name: '' },
      inForce.marketingContacts,
      d.marketingContacts,
    ),
    ...(same(inForce.languages, d.languages)
      ? []
      : [changed(names, { subject: 'languages', id: '', name: '' }, 'tags', inForce.languages, d.languages)]),
    ...fields(names, { subject: 'sponsorships', id: '', name: '' }, inForce.sponsorships, d.sponsorships),
  ];
}
