import type { ConfirmedFacts, FactChange } from '../../domain/offer-facts.ts';
import type { ListingOption } from '../../domain/program.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';

/** An offer's confirmed facts, its row locked until the transaction ends (a change request and a decision wait). */
export async function lockConfirmedFacts(
  tx: Tx,
  publisherId: string,
  offerId: string,
): Promise<ConfirmedFacts | undefined> {
  const { rows } = await tx.query<
    Pick<Row<'offers'>, 'co_sell_ready' | 'markets' | 'facts_confirmed_at'> & {
      listing_option: ListingOption;
    }
  >(
    `SELECT listing_option, co_sell_ready, markets, facts_confirmed_at FROM offers
     WHERE publisher_id = $1 AND id = $2 FOR NO KEY UPDATE`,
    [publisherId, offerId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    listingOption: row.facts_confirmed_at ? row.listing_option : null,
    coSellReady: row.co_sell_ready,
    markets: row.markets,
  };
}

export type ChangeRequestRow = Omit<Row<'offer_change_requests'>, 'listing_option' | 'status'> & {
  listing_option: ListingOption | null;
  status: 'pending' | 'confirmed' | 'declined' | 'withdrawn';
};

/** The offer's open request, if any (the caller holds the offer's lock, which orders requests and decisions). */
export async function findPendingRequest(db: Db, offerId: string): Promise<ChangeRequestRow | undefined> {
  const { rows } = await db.query<ChangeRequestRow>(
    `SELECT * FROM offer_change_requests WHERE offer_id = $1 AND status = 'pending'`,
    [offerId],
  );
  return rows[0];
}

export async function findRequest(
  db: Db,
  publisherId: string,
  offerId: string,
  requestId: string,
): Promise<ChangeRequestRow | undefined> {
  const { rows } = await db.query<ChangeRequestRow>(
    `SELECT * FROM offer_change_requests WHERE publisher_id = $1 AND offer_id = $2 AND id = $3`,
    [publisherId, offerId, requestId],
  );
  return rows[0];
}

/** What a request's row asks for. */
export function requestedOf(
  row: Pick<ChangeRequestRow, 'listing_option' | 'co_sell_ready' | 'markets'>,
): FactChange {
  const asked: FactChange = {};
  if (row.listing_option !== null) asked.listingOption = row.listing_option;
  if (row.co_sell_ready !== null) asked.coSellReady = row.co_sell_ready;
  if (row.markets !== null) asked.markets = row.markets;
  return asked;
}

/** Writes what a request asks for: a new open request, or the open one `id` asking for `asked` now. */
export async function saveRequest(
  db: Db,
  r: { id: string | null; publisherId: string; offerId: string; asked: FactChange; by: string; now: Date },
): Promise<string> {
  const values = [
    r.asked.listingOption ?? null,
    r.asked.coSellReady ?? null,
    r.asked.markets ?? null,
    r.by,
    r.now,
  ];
  if (r.id) {
    await db.query(
      `UPDATE offer_change_requests SET listing_option = $2, co_sell_ready = $3, markets = $4, requested_by = $5,
         requested_at = $6 WHERE id = $1`,
      [r.id, ...values],
    );
    return r.id;
  }
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO offer_change_requests (publisher_id, offer_id, listing_option, co_sell_ready, markets, requested_by,
       requested_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [r.publisherId, r.offerId, ...values],
  );
  return rows[0]!.id;
}

/** Settles an open request and closes its task: done when decided, cancelled when the publisher withdrew it. */
export async function settleRequest(
  db: Db,
  s: {
    id: string;
    status: 'confirmed' | 'declined' | 'withdrawn';
    via: 'rewards-team' | 'feed' | 'publisher';
    by: string | null;
    note: string | null;
    now: Date;
  },
): Promise<void> {
  await db.query(
    `UPDATE offer_change_requests SET status = $2, decided_via = $3, decided_by = $4, note = $5, decided_at = $6
     WHERE id = $1 AND status = 'pending'`,
    [s.id, s.status, s.via, s.by, s.note, s.now],
  );
  const withdrawn = s.status === 'withdrawn';
  await db.query(
    `UPDATE tasks SET status = $2, closed_at = $3, cancel_reason = $4,
       contacted_at = CASE WHEN $2 = 'done' THEN coalesce(contacted_at, $3) ELSE contacted_at END
     WHERE offer_change_id = $1 AND status IN ('open', 'contacted')`,
    [s.id, withdrawn ? 'cancelled' : 'done', s.now, withdrawn ? 'withdrawn' : null],
  );
}
