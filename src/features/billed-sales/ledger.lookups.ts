// What billed-sales lines are checked against: the publishers, offers and rates the ledger knows, loaded once for
// a batch (the API) or a whole file import (on the import's worker thread).
import { parseRate, type Rate } from '../../domain/currency.ts';
import type { LineContext } from '../../domain/ledger.ts';
import type { Db } from '../../platform/db/pool.ts';

/** The publishers, offers and rates lines are checked against, held in memory for one batch or one import. */
export class LedgerLookups implements LineContext {
  readonly publishersByMpn = new Map<string, string>();
  readonly publishers = new Set<string>();
  readonly offers = new Map<string, { id: string; publisherId: string }>();
  readonly rates = new Map<string, Rate>();
  readonly today: string;
  constructor(today: string) {
    this.today = today;
  }

  publisherByMpn(mpnId: string) {
    return this.publishersByMpn.get(mpnId);
  }
  publisherById(id: string) {
    return this.publishers.has(id) ? id : undefined;
  }
  offer(externalId: string) {
    return this.offers.get(externalId);
  }
  rate(currency: string, month: string) {
    return this.rates.get(`${currency}:${month}`);
  }
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
  for (const p of publishers.rows) {
    lookups.publishersByMpn.set(p.mpn_id, p.id);
    lookups.publishers.add(p.id);
  }
  const offers = await db.query<{ id: string; external_id: string; publisher_id: string }>(
    only
      ? 'SELECT id, external_id, publisher_id FROM offers WHERE external_id = ANY($1)'
      : 'SELECT id, external_id, publisher_id FROM offers',
    only ? [only.offerIds] : [],
  );
  for (const o of offers.rows) lookups.offers.set(o.external_id, { id: o.id, publisherId: o.publisher_id });
  const rates = await db.query<{ currency: string; month: string; usd_per_unit: string }>(
    `SELECT currency, to_char(month, 'YYYY-MM') AS month, usd_per_unit::text FROM currency_rates`,
  );
  for (const r of rates.rows) lookups.rates.set(`${r.currency}:${r.month}`, parseRate(r.usd_per_unit)!);
  return lookups;
}
