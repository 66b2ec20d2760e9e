// A draft's document as the editor holds it: any JSON object (a draft may break the program's rules while it is
// edited), read and changed by JSON pointer, the same pointers the service names each problem by.
import type { Answer } from '../../../api/model.ts';
import type { I18n } from '../../../i18n/i18n.tsx';

export type Draft = Answer<'/api/v1/program/drafts/{draftId}', 'get'>;
export type DraftProblem = Draft['problems'][number];
export type DraftChange = Answer<'/api/v1/program/drafts/{draftId}/diff', 'get'>['changes'][number];
export type Doc = Record<string, unknown>;

export const LISTING_TYPES = ['list', 'trial', 'consulting', 'transact'] as const;
export const LISTING_OPTIONS = [
  'contact-me',
  'byol',
  'free',
  'get-it-now',
  'free-trial',
  'test-drive',
  'consulting',
  'transact',
] as const;
export const PREREQUISITES = ['listing-optimization-completed', 'co-sell-ready'] as const;
export const EXCLUSIONS = ['byol', 'private'] as const;
export const CATEGORIES = ['sales-and-marketing', 'technical'] as const;
export const KINDS = ['marketing', 'sales', 'sponsorship', 'technical'] as const;
export const ACTIVATIONS = ['activate', 'request'] as const;
export const WINDOWS = [
  'contactPromiseDays',
  'welcomeWindowDays',
  'oneTimeExpiryMonths',
  'trailingMonths',
  'dueSoonHours',
] as const;

const segments = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .filter((s) => s !== '')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

export const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at `pointer` in `doc`, or undefined when a step is missing. */
export function valueAt(doc: unknown, pointer: string): unknown {
  let at: unknown = doc;
  for (const key of segments(pointer)) {
    if (Array.isArray(at)) at = at[Number(key)];
    else if (isObject(at)) at = at[key];
    else return undefined;
  }
  return at;
}

/** A copy of `doc` with `value` at `pointer` (undefined removes the key), creating objects on the way. */
export function withValue(doc: unknown, pointer: string, value: unknown): Doc {
  const put = (node: unknown, keys: string[]): unknown => {
    const [key, ...rest] = keys;
    if (key === undefined) return value;
    if (Array.isArray(node)) {
      const copy: unknown[] = [...(node as unknown[])];
      const i = Number(key);
      if (rest.length === 0 && value === undefined) copy.splice(i, 1);
      else copy[i] = put(copy[i], rest);
      return copy;
    }
    const copy: Doc = isObject(node) ? { ...node } : {};
    const next = put(copy[key], rest);
    if (next === undefined) delete copy[key];
    else copy[key] = next;
    return copy;
  };
  return put(doc, segments(pointer)) as Doc;
}

export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
export const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');

/** The element id of a pointer's field, so the problem summary can link to it. */
export const fieldId = (pointer: string) => `draft${pointer.replace(/[^A-Za-z0-9-]/g, '_')}`;

/** Integer cents as a dollar amount to edit ("25000", "12.5"), with integer arithmetic only. */
export function centsToDollars(v: unknown): string {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) return text(v);
  const cents = Math.abs(v) % 100;
  const whole = `${v < 0 ? '-' : ''}${Math.floor(Math.abs(v) / 100)}`;
  return cents === 0 ? whole : `${whole}.${String(cents).padStart(2, '0')}`;
}

/** A typed dollar amount as integer cents; what is not one stays as typed, for the service to name the problem. */
export function dollarsToCents(typed: string): number | string {
  const m = /^\s*(\d{1,13})(?:\.(\d{1,2}))?\s*$/.exec(typed.replace(/,/g, ''));
  if (!m) return typed;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** A typed whole number; what is not one stays as typed. */
export function toInteger(typed: string): number | string {
  return /^\s*-?\d{1,9}\s*$/.test(typed) ? Number(typed) : typed;
}

/** A problem in the reader's words: by its code when the catalog has it, else the service's English. */
export function problemWords(i18n: I18n, doc: unknown, p: DraftProblem): string {
  const params: Record<string, string | number> = { ...p.params };
  if (typeof params.previous === 'number') params.previous = i18n.usd(params.previous);
  if (typeof params.tier === 'string') params.tier = tierName(doc, params.tier);
  return i18n.tOr(`draftProblem.${p.code}`, p.message, params);
}

export function tierName(doc: unknown, id: string): string {
  const tier = list(valueAt(doc, '/tiers')).find((x) => isObject(x) && x.id === id);
  return isObject(tier) && typeof tier.name === 'string' && tier.name ? tier.name : id;
}
