// Activating a benefit from its card: which one is being sent (its button waits), what the service answered to
// each (shown on that card), and, once activated, focus on the card in its new group.
import { useState } from 'react';

/** Where focus goes once the page shows an activation's outcome: the card (moved) or its error (on the card). */
export interface FocusRequest {
  benefitId: string;
  on: 'card' | 'error';
  /** A new number for each request, so the same card can be asked twice. */
  n: number;
}
import { asApiError, client, ok, type ApiError } from '../../api.ts';
import type { Benefit } from '../../api/model.ts';
import type { Say } from '../../hooks.ts';
import { invalidate } from '../../queries.ts';

export function useActivation(publisherId: string, setNotice: (say: Say | undefined) => void) {
  const [busy, setBusy] = useState<string>();
  const [errors, setErrors] = useState<Record<string, ApiError>>({});
  // Focus is moved by the card once it has rendered the outcome (BenefitCard), not on a timer that a slow render
  // can lose the race to.
  const [focus, setFocus] = useState<FocusRequest>();
  const forget = (benefitId: string) => setErrors(({ [benefitId]: _, ...rest }) => rest);
  const activate = async (benefit: Benefit, contactName: string) => {
    setBusy(benefit.id);
    forget(benefit.id);
    setNotice(undefined);
    try {
      const activation = await ok(
        client.POST('/api/v1/publishers/{publisherId}/activations', {
          params: { path: { publisherId } },
          body: { benefitId: benefit.id },
        }),
      );
      setNotice((i) => i.t('activate.done', { contact: contactName, date: i.date(activation.contactDueAt) }));
      await invalidate(
        [
          '/api/v1/publishers/{publisherId}/activations',
          '/api/v1/publishers/{publisherId}/benefits',
          '/api/v1/publishers/{publisherId}/sponsorships',
        ],
        publisherId,
      );
      // The card has moved to the activated group: focus follows it there.
      setFocus((f) => ({ benefitId: benefit.id, on: 'card', n: (f?.n ?? 0) + 1 }));
    } catch (e) {
      setErrors((all) => ({ ...all, [benefit.id]: asApiError(e) }));
      // The problem is on the card: focus goes to it, so it is read out and in view.
      setFocus((f) => ({ benefitId: benefit.id, on: 'error', n: (f?.n ?? 0) + 1 }));
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, errors, focus, activate, clearErrors: () => setErrors({}) };
}
