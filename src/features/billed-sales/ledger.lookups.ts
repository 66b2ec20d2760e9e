// What billed-sales lines are checked against: the publishers, offers and rates the ledger knows, loaded once for
// a batch (the API) or a whole file import (on the import's worker thread).
import { parseRate, type Rate } from '../../domain/currency.ts';
import type { LineContext } from '../../domain/ledger.ts';
import { grow, UUID_TEXT, type UuidSource } from './copy.binary.ts';
import type { Db } from '../../platform/db/pool.ts';
import { isUuid } from '../../platform/http/schemas.ts';
import type { Row } from '../../platform/db/tables.ts';

/**
 * The publishers, offers and rates lines are checked against, held in memory for one batch or one import. A
 * publisher or an offer is referred to by its place in one table of uuids, 16 bytes each: a line read against these
 * lookups carries places, and its COPY row takes the ids' bytes from here (`write`). A file import reads millions
 * of lines: this spares it turning two uuids a line from text into bytes, and a string and an object per offer.
 */
export class LedgerLookups implements LineContext<number>, UuidSource<number> {
  #uuids = new Uint8Array(16 * 1024);
  /** By place: an offer's publisher (-1 when that publisher is not loaded); unused for a publisher's place. */
  #publisherOf = new Int32Array(1024);
  /** By offer place: the next offer with the same marketplace id (of another publisher), or -1. */
  #sameId = new Int32Array(1024);
  #places = 0;
  readonly #byId = new StringIndex();
  readonly #byMpn = new StringIndex();
  readonly #offers = new StringIndex();
  /** By currency, then billing month. */
  readonly #rates = new Map<string, Map<string, Rate>>();
  readonly today: string;
  constructor(today: string) {
    this.today = today;
  }

  /** Adds a publisher: its id (a uuid) and MPN ID. */
  addPublisher(id: string, mpnId: string): void {
    const place = this.#place(id);
    this.#byId.put(id, place);
    this.#byMpn.put(mpnId, place);
  }
  /** Adds an offer: its id in the feed, its own id (a uuid) and its publisher's. */
  addOffer(externalId: string, id: string, publisherId: string): void {
    const place = this.#place(id);
    this.#publisherOf[place] = this.#byId.find(publisherId);
    const first = this.#offers.find(externalId);
    if (first < 0) {
      this.#sameId[place] = -1;
      this.#offers.put(externalId, place);
    } else {
      this.#sameId[place] = this.#sameId[first]!;
      this.#sameId[first] = place;
    }
  }
  addRate(currency: string, month: string, rate: Rate): void {
    let months = this.#rates.get(currency);
    if (!months) this.#rates.set(currency, (months = new Map<string, Rate>()));
    months.set(month, rate);
  }

  publisherByMpn(mpnId: string) {
    return found(this.#byMpn.find(mpnId));
  }
  publisherById(id: string) {
    return found(this.#byId.find(id));
  }
  offer(publisher: number, externalId: string) {
    // Almost always one offer per id: the chain is one long.
    for (let place = this.#offers.find(externalId); place >= 0; place = this.#sameId[place]!) {
      if (this.#publisherOf[place] === publisher) return place;
    }
    return undefined;
  }
  offerExists(externalId: string) {
    return this.#offers.find(externalId) >= 0;
  }
  rate(currency: string, month: string) {
    return this.#rates.get(currency)?.get(month);
  }

  /** Writes the uuid at `place` (UuidSource). */
  write(place: number, to: Uint8Array, at: number): void {
    const uuids = this.#uuids;
    for (let i = 0, from = place * 16; i < 16; i++) to[at + i] = uuids[from + i]!;
  }

  /** A new place holding the uuid `id`. */
  #place(id: string): number {
    const place = this.#places++;
    if (place * 16 === this.#uuids.length) {
      this.#uuids = grow(this.#uuids, new Uint8Array(this.#uuids.length * 2));
      this.#publisherOf = grow(this.#publisherOf, new Int32Array(this.#publisherOf.length * 2));
      this.#sameId = grow(this.#sameId, new Int32Array(this.#sameId.length * 2));
    }
    UUID_TEXT.write(id, this.#uuids, place * 16);
    return place;
  }
}

const found = (place: number) => (place < 0 ? undefined : place);

/**
 * Strings with a number each, found by an open-addressing hash table whose keys' characters lie in one array. A
 * file import looks up two keys per line among hundreds of thousands, and the time goes in waiting for memory: a
 * Map's entries and key strings lie all over the heap (about 300 ns a lookup, measured with 100,000 publishers and
 * 200,000 offers). Here a lookup reads one slot and the key's characters: about a third of that.
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

  /** Gives a new key its number (not negative); a key already there keeps the number it has. */
  put(key: string, number: number): void {
    if (this.find(key) >= 0) return;
    // At most half the slots in use keeps probes short.
    if ((this.size + 1) * 2 > this.#slots.length / 4) this.#rehash(this.#slots.length * 2);
    if (this.#used + key.length > this.#chars.length) {
      this.#chars = grow(
        this.#chars,
        new Uint16Array(Math.max(this.#chars.length * 2, this.#used + key.length)),
      );
    }
    for (let i = 0; i < key.length; i++) this.#chars[this.#used + i] = key.charCodeAt(i);
    this.#put(this.#slots, hashOf(key), this.#used + 1, key.length, number);
    this.#used += key.length;
    this.size++;
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

type PublisherKey = Pick<Row<'publishers'>, 'id' | 'mpn_id'>;
type OfferKey = Pick<Row<'offers'>, 'id' | 'external_id' | 'publisher_id'>;

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
  const uuids = only?.publisherIds.filter(isUuid);
  const addPublisher = (p: PublisherKey) => lookups.addPublisher(p.id, p.mpn_id);
  const addOffer = (o: OfferKey) => lookups.addOffer(o.external_id, o.id, o.publisher_id);
  if (only) {
    const publishers = await db.query<PublisherKey>(
      'SELECT id, mpn_id FROM publishers WHERE mpn_id = ANY($1) OR id = ANY($2::uuid[])',
      [only.mpnIds, uuids],
    );
    publishers.rows.forEach(addPublisher);
    const offers = await db.query<OfferKey>(
      'SELECT id, external_id, publisher_id FROM offers WHERE external_id = ANY($1)',
      [only.offerIds],
    );
    offers.rows.forEach(addOffer);
  } else {
    await forEachRow(db, 'SELECT id, mpn_id FROM publishers', addPublisher);
    await forEachRow(db, 'SELECT id, external_id, publisher_id FROM offers', addOffer);
  }
  const rates = await db.query<Pick<Row<'currency_rates'>, 'currency' | 'usd_per_unit'> & { month: string }>(
    `SELECT currency, to_char(month, 'YYYY-MM') AS month, usd_per_unit::text FROM currency_rates`,
  );
  for (const r of rates.rows) lookups.addRate(r.currency, r.month, parseRate(r.usd_per_unit)!);
  return lookups;
}

/** Rows read by a page at a time. */
const PAGE_ROWS = 20_000;

/**
 * Every row of `select` (a table's rows, which have a uuid `id`), a page at a time in the order of their ids: the
 * rows of one page are let go before the next is read (all at once, the rows of 300,000 publishers and offers made
 * the peak of a file import's memory, 390 MB against 330 MB for the rest of it).
 */
async function forEachRow<T extends { id: string }>(
  db: Db,
  select: string,
  each: (row: T) => void,
): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const page: { rows: T[] } = await db.query<T>(
      `${select} ${after === null ? '' : 'WHERE id > $1'} ORDER BY id LIMIT ${PAGE_ROWS}`,
      after === null ? [] : [after],
    );
    page.rows.forEach(each);
    if (page.rows.length < PAGE_ROWS) return;
    after = page.rows.at(-1)!.id;
  }
}
