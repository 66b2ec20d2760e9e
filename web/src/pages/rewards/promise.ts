// The one-week promise of an activation (S8), as a sentence in the user's language.
import type { I18n } from '../../i18n/i18n.tsx';
import type { Activation } from '../../api/model.ts';

export function promiseText(i18n: I18n, activation: Activation, contact: string, now: number): string {
  const { t, date, relative } = i18n;
  switch (activation.clock) {
    case 'kept':
      return t('promise.kept', { date: date(activation.contactedAt ?? activation.contactDueAt) });
    case 'missed':
      return t('promise.missed', { date: date(activation.contactedAt ?? activation.contactDueAt) });
    case 'late':
      return t('promise.late', { date: date(activation.contactDueAt) });
    case 'due-soon':
    case 'on-track':
      return t('promise.due', {
        contact,
        date: date(activation.contactDueAt),
        relative: relative(activation.contactDueAt, now),
      });
  }
}
