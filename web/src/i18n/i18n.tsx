// The portal's languages: every string comes from a catalog (en.ts, zh-TW.ts, ja.ts, ko.ts, de.ts, fr.ts, es.ts,
// pt-BR.ts); dates, numbers and money are formatted by Intl in the chosen locale. The choice is kept in the browser
// and set on <html lang>. English is bundled; another language's catalog is a chunk of its own, loaded when chosen
// (each is about 9 to 10 KB gzipped: all seven in the first download would grow it by about 65 KB, 40%).
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type Messages } from './en.ts';
import { ISO_4217_MINOR_DIGITS } from '../../../src/domain/iso4217.ts';

/** A language's messages and the program's own names (benefits, tiers) in it; the program's text is the fallback. */
interface Catalog {
  messages: Messages;
  program: Record<string, string>;
}

const ENGLISH: Catalog = { messages: en, program: {} };

/** A language's catalog and its program names, loaded side by side (two chunks of that language). */
const load = async (messages: Promise<Messages>, program: Promise<{ names: Record<string, string> }>) => ({
  messages: await messages,
  program: (await program).names,
});

/** Every language the picker offers, each with how to load its catalog. */
export const LOCALES = {
  en: () => Promise.resolve(ENGLISH),
  'zh-TW': () =>
    load(
      import('./zh-TW.ts').then((m) => m.zhTW),
      import('../../../src/domain/program-names/zh-TW.ts'),
    ),
  ja: () =>
    load(
      import('./ja.ts').then((m) => m.ja),
      import('../../../src/domain/program-names/ja.ts'),
    ),
  ko: () =>
    load(
      import('./ko.ts').then((m) => m.ko),
      import('../../../src/domain/program-names/ko.ts'),
    ),
  de: () =>
    load(
      import('./de.ts').then((m) => m.de),
      import('../../../src/domain/program-names/de.ts'),
    ),
  fr: () =>
    load(
      import('./fr.ts').then((m) => m.fr),
      import('../../../src/domain/program-names/fr.ts'),
    ),
  es: () =>
    load(
      import('./es.ts').then((m) => m.es),
      import('../../../src/domain/program-names/es.ts'),
    ),
  'pt-BR': () =>
    load(
      import('./pt-BR.ts').then((m) => m.ptBR),
      import('../../../src/domain/program-names/pt-BR.ts'),
    ),
} as const satisfies Record<string, () => Promise<Catalog>>;
export type Locale = keyof typeof LOCALES;
export type MessageKey = keyof Messages;

const STORAGE_KEY = 'rewards.locale';

const isLocale = (tag: string | null): tag is Locale => tag !== null && Object.hasOwn(LOCALES, tag);

/**
 * The offered language nearest a BCP 47 tag: any Chinese reads Traditional Chinese, Portuguese of any region
 * Brazilian Portuguese, the other languages theirs in any region; anything else English.
 */
export function nearestLocale(tag: string): Locale {
  const primary = tag.toLowerCase().split(/[-_]/)[0]!;
  const nearest = primary === 'zh' ? 'zh-TW' : primary === 'pt' ? 'pt-BR' : primary;
  return isLocale(nearest) ? nearest : 'en';
}

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : nearestLocale(navigator.language);
}

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The message for `key`, with {name} placeholders filled from `params`. */
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /**
   * A message looked up by a key the server chose (`reason.<code>`, `problem.<code>`, `benefit.<id>`), with the
   * server's own text as `fallback` when the catalog has none.
   */
  tOr: (key: string, fallback: string, params?: Record<string, string | number>) => string;
  usd: (cents: number) => string;
  money: (minor: number, currency: string) => string;
  number: (value: number) => string;
  /** A language's name for a BCP 47 tag, in the user's language. */
  language: (tag: string) => string;
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  month: (yyyyMm: string) => string;
  /** "in 3 days", "2 hours ago". */
  relative: (iso: string, now?: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

function fill(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [requested, setRequested] = useState(initialLocale);
  // Until the first catalog arrives nothing is shown (a few milliseconds): not a flash of English. A change of
  // language keeps the one shown until the next is loaded.
  const [current, setCurrent] = useState<{ locale: Locale; catalog: Catalog } | null>(
    requested === 'en' ? { locale: 'en', catalog: ENGLISH } : null,
  );
  useEffect(() => {
    let superseded = false; // a slower load of an earlier choice does not win
    LOCALES[requested]().then(
      (catalog) => {
        if (!superseded)
          setCurrent((shown) => (shown?.catalog === catalog ? shown : { locale: requested, catalog }));
      },
      // A catalog that cannot be loaded (offline, or a new deployment replaced the chunk) leaves the language
      // shown, English at first; the picker can be tried again.
      () => {
        if (!superseded) setCurrent((shown) => shown ?? { locale: 'en', catalog: ENGLISH });
      },
    );
    return () => {
      superseded = true;
    };
  }, [requested]);
  const value = useMemo<I18n | null>(() => {
    if (!current) return null;
    const { locale, catalog } = current;
    const messages = catalog.messages;
    const usd = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    });
    const usdExact = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' });
    const num = new Intl.NumberFormat(locale);
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const localDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
    const dayTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const monthFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    const rel = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return {
      locale,
      setLocale: (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        setRequested(next);
      },
      t: (key, params) => fill(messages[key], params),
      tOr: (key, fallback, params) =>
        fill(key in messages ? messages[key as MessageKey] : (catalog.program[key] ?? fallback), params),
      usd: (cents) => (cents % 100 === 0 ? usd : usdExact).format(cents / 100),
      money: (minor, currency) => {
        // The amount is in ISO 4217 minor units, shown with all of them, whatever digits Intl would show.
        const digits = ISO_4217_MINOR_DIGITS[currency] ?? 2;
        try {
          return new Intl.NumberFormat(locale, {
            style: 'currency',
            currency,
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(minor / 10 ** digits);
        } catch {
          return `${num.format(minor / 10 ** digits)} ${currency}`;
        }
      },
      number: (value) => num.format(value),
      // Traditional Chinese is named as a script, as people choose it, not as a region ("Chinese (Taiwan)").
      language: (tag) => languageNames.of(tag === 'zh-TW' ? 'zh-Hant' : tag) ?? tag,
      // A calendar day (2026-12-08) is the same day everywhere; a moment is shown in the user's own time zone.
      date: (iso) =>
        iso.length === 10 ? day.format(new Date(`${iso}T00:00:00Z`)) : localDay.format(new Date(iso)),
      dateTime: (iso) => dayTime.format(new Date(iso)),
      month: (yyyyMm) => monthFormat.format(new Date(`${yyyyMm}-01T00:00:00Z`)),
      relative: (iso, now = Date.now()) => {
        const seconds = (Date.parse(iso) - now) / 1000;
        const abs = Math.abs(seconds);
        if (abs < 3600) return rel.format(Math.round(seconds / 60), 'minute');
        if (abs < 86_400 * 2) return rel.format(Math.round(seconds / 3600), 'hour');
        return rel.format(Math.round(seconds / 86_400), 'day');
      },
    };
  }, [current]);
  useEffect(() => {
    if (current) document.documentElement.lang = current.locale;
  }, [current]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
