// What an erased person or marketing contact is called from then on: a stable pseudonym made from their id, so the
// ledger, the tasks, the conversations and the audit trail stay readable ("Erased user 7f3a9c12") and an address
// that reaches no one (the .invalid domain is reserved for that, RFC 2606).

export type Erased = 'user' | 'contact';

/** "Erased user 7f3a9c12": the id's first eight characters, enough to tell people apart in a list. */
export function erasedLabel(kind: Erased, id: string): string {
  return `Erased ${kind} ${id.slice(0, 8)}`;
}

/** An address unique to the id (users' addresses are unique) that no mail can reach. */
export function erasedAddress(kind: Erased, id: string): string {
  return `erased-${kind}-${id}@erased.invalid`;
}
