// The one-week promise of an activation (S8), as a sentence in the user's language. Which promise and which day
// come from the rule the service words its own `promise` with (src/domain/promise.ts); only the words are here.
import { promiseTerms } from '../../../../src/domain/promise.ts';
import type { Activation } from '../../api/model.ts';
import type { I18n } from '../../i18n/i18n.tsx';

export function promiseText(i18n: I18n, activation: Activation, contact: string, now: number): string {
  const { t, date, relative } = i18n;
  const terms = promiseTerms(activation);
  switch (terms.code) {
    case 'kept':
      return t('promise.kept', { date: date(terms.at) });
    case 'missed':
      return t('promise.missed', { date: date(terms.at) });
    case 'late':
      return t('promise.late', { date: date(terms.at) });
    case 'due':
      return t('promise.due', { contact, date: date(terms.at), relative: relative(terms.at, now) });
  }
}
