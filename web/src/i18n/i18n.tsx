// The portal's languages: every string comes from a catalog (en.ts, zh-TW.ts); dates, numbers and money are
// formatted by Intl in the chosen locale. The choice is kept in the browser and set on <html lang>.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type Messages } from './en.ts';
import { zhTW, zhTWProgram } from './zh-TW.ts';
import { ISO_4217_MINOR_DIGITS } from '../../../src/domain/iso4217.ts';

export const LOCALES = { en, 'zh-TW': zhTW } as const satisfies Record<string, Messages>;
export type Locale = keyof typeof LOCALES;
/** The program's own names (benefits, tiers) per locale; the program's English text is the fallback. */
const PROGRAM_TEXT: Record<Locale, Record<string, string>> = { en: {}, 'zh-TW': zhTWProgram };
export type MessageKey = keyof Messages;

const STORAGE_KEY = 'rewards.locale';

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'zh-TW') return stored;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-TW' : 'en';
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
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const value = useMemo<I18n>(() => {
    const messages: Messages = LOCALES[locale];
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
        setLocaleState(next);
      },
      t: (key, params) => fill(messages[key], params),
      tOr: (key, fallback, params) =>
        fill(key in messages ? messages[key as MessageKey] : (PROGRAM_TEXT[locale][key] ?? fallback), params),
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
  }, [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
