// Every message the program sends, in the recipient's language (one catalog per language in messages/: en, zh-TW,
// ja, ko, de, fr, es, pt-BR; English for any other tag), as a subject, plain text and HTML. Pure: the same kind,
// payload and language give the same text.
import type {
  ContactChannel,
  Format,
  MessageCatalog,
  MessageKind,
  Payload,
  Template,
} from './messages/catalog.ts';
import { S12_RESOURCES } from './messages/catalog.ts';
import { de } from './messages/de.ts';
import { en } from './messages/en.ts';
import { es } from './messages/es.ts';
import { fr } from './messages/fr.ts';
import { ja } from './messages/ja.ts';
import { ko } from './messages/ko.ts';
import { ptBR } from './messages/pt-BR.ts';
import { zhTW } from './messages/zh-TW.ts';
import { names as deNames } from '../domain/program-names/de.ts';
import { names as esNames } from '../domain/program-names/es.ts';
import { names as frNames } from '../domain/program-names/fr.ts';
import { names as jaNames } from '../domain/program-names/ja.ts';
import { names as koNames } from '../domain/program-names/ko.ts';
import { names as ptBRNames } from '../domain/program-names/pt-BR.ts';
import { names as zhTWNames } from '../domain/program-names/zh-TW.ts';

export { MESSAGE_KINDS, type MessageKind } from './messages/catalog.ts';

export const LANGUAGES = ['en', 'zh-TW', 'ja', 'ko', 'de', 'fr', 'es', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGS: Record<Language, MessageCatalog> = { en, 'zh-TW': zhTW, ja, ko, de, fr, es, 'pt-BR': ptBR };

/** The program's benefit and tier names in each language, shared with the portal; English is the program's text. */
const PROGRAM_NAMES: Record<Language, Record<string, string>> = {
  en: {},
  'zh-TW': zhTWNames,
  ja: jaNames,
  ko: koNames,
  de: deNames,
  fr: frNames,
  es: esNames,
  'pt-BR': ptBRNames,
};

/** The catalog languages that stand for every region of their language (pt-PT reads Brazilian Portuguese). */
const BY_PRIMARY: Record<string, Language> = {
  ja: 'ja',
  ko: 'ko',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt-BR',
};

/**
 * The language nearest a BCP 47 tag: zh-TW, zh-Hant (any region), zh-HK and zh-MO read Traditional Chinese;
 * ja, ko, de, fr, es and pt in any region their own catalog; every other tag (zh-CN and zh-Hans among them) English.
 */
export function messageLanguage(tag: string): Language {
  const t = tag.toLowerCase();
  if (/^zh-(tw|hk|mo|hant)\b/.test(t)) return 'zh-TW';
  return BY_PRIMARY[t.split(/[-_]/)[0]!] ?? 'en';
}

export interface Rendered {
  subject: string;
  text: string;
  html: string;
  language: Language;
}

function formatFor(language: Language, catalog: MessageCatalog, links: Set<string>): Format {
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const money = new Intl.NumberFormat(language, { style: 'currency', currency: 'USD' });
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  const s = (value: unknown, fallback = '') =>
    typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : fallback;
  const strings = (value: unknown): string[] | undefined =>
    Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  const names = PROGRAM_NAMES[language];
  const f: Format = {
    date: (value) => {
      const d = new Date(typeof value === 'string' || typeof value === 'number' ? value : NaN);
      return Number.isNaN(d.getTime()) ? '' : dates.format(d);
    },
    usd: (cents) => (typeof cents === 'number' ? money.format(cents / 100) : ''),
    s,
    cause: (value) =>
      Object.hasOwn(catalog.causes, s(value))
        ? catalog.causes[s(value) as keyof typeof catalog.causes]
        : catalog.causes.other,
    channel: (value) =>
      Object.hasOwn(catalog.channels, s(value)) ? catalog.channels[s(value) as ContactChannel] : s(value),
    link: (value) => {
      const url = s(value);
      if (/^https?:\/\/\S+$/.test(url)) links.add(url);
      return url;
    },
    benefit: (p) => {
      const ids = strings(p.benefitIds) ?? (typeof p.benefitId === 'string' ? [p.benefitId] : []);
      const english = strings(p.benefitNames);
      const named = ids.map((id, i) =>
        Object.hasOwn(names, `benefitName.${id}`) ? names[`benefitName.${id}`] : english?.[i],
      );
      if (ids.length > 0 && named.every((n) => n !== undefined)) return list.format(named);
      return s(p.benefitName);
    },
    about: (p) => catalog.about(p, f),
  };
  return f;
}

/** Escaped for HTML; only the links in `links` (the service's own) become clickable. */
const toHtml = (text: string, links: ReadonlySet<string>) =>
  text
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/https?:\/\/[^\s<]+/g, (found) => {
      const url = found.replace(/&#38;/g, '&');
      return links.has(url) ? `<a href="${found}">${found}</a>` : found;
    });

/** The message of `kind` for `payload` in the language nearest `languageTag`; unknown kinds throw. */
export function renderMessage(kind: string, payload: Payload, languageTag: string): Rendered {
  const language = messageLanguage(languageTag);
  const catalog = CATALOGS[language];
  const template: Template | undefined = Object.hasOwn(catalog.templates, kind)
    ? catalog.templates[kind as MessageKind]
    : undefined;
  if (!template) throw new Error(`No message template for kind "${kind}"`);
  // The links the mail may make clickable: the self-serve resources and those the template passes through f.link.
  const links = new Set<string>(S12_RESOURCES);
  const f = formatFor(language, catalog, links);
  const lines = template.body(payload, f);
  const { greeting, signature } = catalog;
  const text = [greeting, '', ...lines, '', signature, ''].join('\n');
  const html = `<!doctype html><html lang="${language}"><body><p>${toHtml(greeting, links)}</p>${lines
    .map((l) => `<p>${toHtml(l, links)}</p>`)
    .join('')}<p>${toHtml(signature, links)}</p></body></html>`;
  return { subject: template.subject(payload, f), text, html, language };
}
