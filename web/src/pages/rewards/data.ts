// What the home page and the Rewards page show of one publisher, loaded together: benefits, contacts,
// activations, offers, technical requests, users and the program, with the billed-sales figure when it answers.
import { useProgram } from '../../program.ts';
import { combine, useApi } from '../../queries.ts';
import type { Offer } from '../../api/model.ts';

export function usePublisherData(id: string) {
  // A user added in Account settings (another tab) is in the contact dialog's list on coming back.
  const focus = { refetchOnWindowFocus: true };
  const path = { params: { path: { publisherId: id } } };
  const ledger = useApi('/api/v1/publishers/{publisherId}/billed-sales', path, focus);
  const all = combine(
    {
      benefits: useApi('/api/v1/publishers/{publisherId}/benefits', path, focus),
      contacts: useApi('/api/v1/publishers/{publisherId}/marketing-contacts', path, focus),
      activations: useApi('/api/v1/publishers/{publisherId}/activations', path, focus),
      offers: useApi('/api/v1/publishers/{publisherId}/offers', path, focus),
      requests: useApi('/api/v1/publishers/{publisherId}/technical-requests', path, focus),
      users: useApi('/api/v1/publishers/{publisherId}/users', path, focus),
      program: useProgram(),
    },
    // Shown when the user may see billed sales; the page does without it otherwise.
    { ledger },
  );
  return {
    ...all,
    data: all.data && {
      ...all.data,
      contacts: all.data.contacts.items,
      activations: all.data.activations.items,
      offers: all.data.offers.items,
      requests: all.data.requests.items,
      users: all.data.users.items,
      ledger: ledger.data,
    },
  };
}

export type PublisherData = NonNullable<ReturnType<typeof usePublisherData>['data']>;

/** Tiers count the billed sales of transact offers: without a live one, no amount brings the next tier. */
export const hasLiveTransact = (offers: Offer[]) =>
  offers.some((o) => o.status === 'live' && o.listingType === 'transact');
