// The one-week promise of an activation (S8), as what to say: the service words it in English (`promise`), the
// portal in the reader's language, both from this one rule.
import type { ClockState } from './clocks.ts';

/** due: the contact is yet to come and not late; late: past due; kept or missed: the contact was logged. */
export type PromiseCode = 'due' | 'late' | 'kept' | 'missed';

export interface PromiseTerms {
  code: PromiseCode;
  /** The day it is about: the contact's once logged, the due day otherwise (an ISO timestamp). */
  at: string;
}

export function promiseTerms(activation: {
  clock: ClockState;
  contactDueAt: string;
  contactedAt: string | null;
}): PromiseTerms {
  const { clock, contactDueAt, contactedAt } = activation;
  switch (clock) {
    case 'kept':
    case 'missed':
      return { code: clock, at: contactedAt ?? contactDueAt };
    case 'late':
      return { code: 'late', at: contactDueAt };
    case 'due-soon':
    case 'on-track':
      return { code: 'due', at: contactDueAt };
  }
}
