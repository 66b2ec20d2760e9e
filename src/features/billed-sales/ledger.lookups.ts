// What billed-sales lines are checked against: the publishers, offers and rates the ledger knows, loaded once for
// a batch (the API) or a whole file import (on the import's worker thread).
import { parseRate, type Rate } from '../../domain/currency.ts';
import type { LineContext } from '../../domain/ledger.ts';
import type { Db } from '../../platform/db/pool.ts';

/** The publishers, offers and rates lines are checked against, held in memory for one batch or one import. */
export class LedgerLookups implements LineContext {
  /** Each publisher's id, one string per publisher: an offer's publisher is the same string, compared by identity. */
  readonly #publishers = new Map<string, string>();
  readonly #publisherOfMpn: string[] = [];
  readonly #mpns = new StringIndex();
  readonly #offers: { id: string; publisherId: string }[] = [];
  readonly #offerIds = new StringIndex();
  /** By currency, then billing month. */
  readonly #rates = new Map<string, Map<string, Rate>>();
  readonly today: string;
  constructor(today: string) {
    this.today = today;
  }

  addPublisher(id: string, mpnId: string): void {
    this.#publishers.set(id, id);
    this.#publisherOfMpn[this.#mpns.add(mpnId)] = id;
  }
  addOffer(externalId: string, id: string, publisherId: string): void {
    this.#offers[this.#offerIds.add(externalId)] = {
      id,
      publisherId: this.#publishers.get(publisherId) ?? publisherId,
    };
  }
  addRate(currency: string, month: string, rate: Rate): void {
    let months = this.#rates.get(currency);
    if (!months) this.#rates.set(currency, (months = new Map<string, Rate>()));
    months.set(month, rate);
  }

  publisherByMpn(mpnId: string) {
    const n = this.#mpns.find(mpnId);
    return n < 0 ? undefined : this.#publisherOfMpn[n];
  }
  publisherById(id: string) {
    return this.#publishers.get(id);
  }
  offer(externalId: string) {
    const n = this.#offerIds.find(externalId);
    return n < 0 ? undefined : this.#offers[n];
  }
  rate(currency: string, month: string) {
    return this.#rates.get(currency)?.get(month);
  }
}

/**
 * Strings numbered in the order they were added, found by an open-addressing hash table whose keys' characters lie
 * in one array. A file import looks up two keys per line among hundreds of thousands, and the time goes in waiting
 * for memory: a Map's entries and key strings lie all over the heap (about 300 ns a lookup, measured with 100,000
 * publishers and 200,000 offers). Here a lookup reads one slot and the key's characters: about a third of that.
 */
class StringIndex {
  /** Per slot: the key's hash, where its characters start plus 1 (0: an empty slot), its length, its number. */
  #slots = new Int32Array(4 * 16);
  #chars = new Uint16Array(1024);
  #used = 0;
  size = 0;

  /** The key's number, or -1. */
  find(key: string): number {
    const hash = hashOf(key);
    const slots = this.#slots;
    const chars = this.#chars;
    const mask = slots.length / 4 - 1;
    probe: for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 4;
      const start = slots[at + 1]! - 1;
      if (start < 0) return -1;
      if (slots[at] !== hash || slots[at + 2] !== key.length) continue;
      for (let i = 0; i < key.length; i++) if (chars[start + i] !== key.charCodeAt(i)) continue probe;
      return slots[at + 3]!;
    }
  }

  /** The key's number, adding it when it is new. */
  add(key: string): number {
    const found = this.find(key);
    if (found >= 0) return found;
    // At most half the slots in use keeps probes short.
    if ((this.size + 1) * 2 > this.#slots.length / 4) this.#rehash(this.#slots.length * 2);
    if (this.#used + key.length > this.#chars.length) {
      const chars = new Uint16Array(Math.max(this.#chars.length * 2, this.#used + key.length));
      chars.set(this.#chars);
      this.#chars = chars;
    }
    for (let i = 0; i < key.length; i++) this.#chars[this.#used + i] = key.charCodeAt(i);
    this.#put(this.#slots, hashOf(key), this.#used + 1, key.length, this.size);
    this.#used += key.length;
    return this.size++;
  }

  #put(slots: Int32Array, hash: number, start: number, length: number, number: number): void {
    const mask = slots.length / 4 - 1;
    let slot = hash & mask;
    while (slots[slot * 4 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 4] = hash;
    slots[slot * 4 + 1] = start;
    slots[slot * 4 + 2] = length;
    slots[slot * 4 + 3] = number;
  }

  #rehash(length: number): void {
    const old = this.#slots;
    this.#slots = new Int32Array(length);
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 1] !== 0) this.#put(this.#slots, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
    }
  }
}

/** FNV-1a over the UTF-16 code units, its high bits folded into the low ones that pick the slot. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 16);
}

/**
 * Loads what lines are checked against. `only` narrows publishers and offers to those a batch names (an API
 * batch); without it everything is loaded (a file import: a few hundred thousand rows at most).
 */
export async function loadLookups(
  db: Db,
  today: string,
  only?: { mpnIds: string[]; publisherIds: string[]; offerIds: string[] },
): Promise<LedgerLookups> {
  const lookups = new LedgerLookups(today);
  const uuids = only?.publisherIds.filter((id) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
  );
  const publishers = await db.query<{ id: string; mpn_id: string }>(
    only
      ? 'SELECT id, mpn_id FROM publishers WHERE mpn_id = ANY($1) OR id = ANY($2::uuid[])'
      : 'SELECT id, mpn_id FROM publishers',
    only ? [only.mpnIds, uuids] : [],
  );
  for (const p of publishers.rows) lookups.addPublisher(p.id, p.mpn_id);
  const offers = await db.query<{ id: string; external_id: string; publisher_id: string }>(
    only
      ? 'SELECT id, external_id, publisher_id FROM offers WHERE external_id = ANY($1)'
      : 'SELECT id, external_id, publisher_id FROM offers',
    only ? [only.offerIds] : [],
  );
  for (const o of offers.rows) lookups.addOffer(o.external_id, o.id, o.publisher_id);
  const rates = await db.query<{ currency: string; month: string; usd_per_unit: string }>(
    `SELECT currency, to_char(month, 'YYYY-MM') AS month, usd_per_unit::text FROM currency_rates`,
  );
  for (const r of rates.rows) lookups.addRate(r.currency, r.month, parseRate(r.usd_per_unit)!);
  return lookups;
}
