// Marketing contact rules (S6, S7, L7): a company contact, reachable, in a language the program supports.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Program } from './program.ts';

export interface ContactDraft {
  email: string;
  phone: string;
  language: string;
}

export interface ContactFieldError {
  /** The request field the error is about. */
  field: 'email' | 'phone' | 'language';
  code: string;
  message: string;
}

export type ContactCheck =
  | { ok: true; value: { email: string; phoneE164: string; language: string } }
  | { ok: false; errors: ContactFieldError[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Compares addresses as people mean them: trimmed and case-insensitive. */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Checks a marketing contact against the program's rules and normalises it: the email trimmed, the
 * phone in E.164, the language as the program spells it. Every failing field is reported at once.
 */
export function checkMarketingContact(
  draft: ContactDraft,
  accountEmail: string,
  program: Program,
): ContactCheck {
  const errors: ContactFieldError[] = [];
  const email = draft.email.trim();
  const localPart = email.split('@')[0]?.toLowerCase().split('+')[0] ?? '';
  if (!EMAIL.test(email)) {
    errors.push({
      field: 'email',
      code: 'invalid-email',
      message: 'Enter an email address like name@company.com.',
    });
  } else if (sameEmail(email, accountEmail)) {
    errors.push({
      field: 'email',
      code: 'same-as-account-email',
      message: "The contact's email must differ from the company account's email address.",
    });
  } else if (program.marketingContacts.catchAllLocalParts.includes(localPart)) {
    errors.push({
      field: 'email',
      code: 'catch-all-alias',
      message: `"${localPart}@" is a shared alias; give the address of a person.`,
    });
  }

  const phone = draft.phone.trim();
  const parsed = phone.startsWith('+') ? parsePhoneNumberFromString(phone) : undefined;
  if (!phone.startsWith('+')) {
    errors.push({
      field: 'phone',
      code: 'phone-not-international',
      message: 'Write the phone number in international format: + and the country code, then the number.',
    });
  } else if (!parsed?.isValid()) {
    errors.push({ field: 'phone', code: 'invalid-phone', message: 'This is not a valid phone number.' });
  }

  const language = supportedLanguage(draft.language, program);
  if (!language) {
    errors.push({
      field: 'language',
      code: 'unsupported-language',
      message: `Choose one of the supported languages: ${program.languages.join(', ')}.`,
    });
  }

  if (errors.length > 0 || !parsed || !language) return { ok: false, errors };
  return { ok: true, value: { email, phoneE164: parsed.number, language } };
}

/** The program's spelling of a BCP 47 tag, compared canonically (zh-tw is zh-TW), or null. */
export function supportedLanguage(tag: string, program: Program): string | null {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0] ?? '';
  } catch {
    return null;
  }
  return program.languages.find((l) => l.toLowerCase() === canonical.toLowerCase()) ?? null;
}
