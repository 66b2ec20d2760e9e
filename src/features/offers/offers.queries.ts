import type { ListingOption } from '../../domain/program.ts';
import type { Db } from '../../platform/db/pool.ts';

export interface OfferRow {
  id: string;
  publisher_id: string;
  external_id: string;
  name: string;
  marketplace: string;
  listing_option: ListingOption;
  private: boolean;
  co_sell_ready: boolean;
  markets: string[];
  status: 'draft' | 'live' | 'delisted';
  live_at: Date | null;
  delisted_at: Date | null;
  created_at: Date;
  owner_user_id: string | null;
  owner_name: string | null;
  owner_email: string | null;
  owner_active: boolean | null;
  welcome_contacted_at: Date | null;
  welcome_due_at: Date | null;
}

const OFFER_SELECT = `
  SELECT o.*, u.display_name AS owner_name, u.email AS owner_email, u.active AS owner_active,
         w.contacted_at AS welcome_contacted_at, w.due_at AS welcome_due_at
  FROM offers o
  LEFT JOIN users u ON u.id = o.owner_user_id
  LEFT JOIN tasks w ON w.offer_id = o.id AND w.kind = 'welcome' AND w.status <> 'cancelled'`;

export async function listOfferRows(db: Db, publisherId: string): Promise<OfferRow[]> {
  const { rows } = await db.query<OfferRow>(
    `${OFFER_SELECT} WHERE o.publisher_id = $1 ORDER BY o.created_at, o.id`,
    [publisherId],
  );
  return rows;
}

export async function findOfferRow(
  db: Db,
  publisherId: string,
  offerId: string,
): Promise<OfferRow | undefined> {
  const { rows } = await db.query<OfferRow>(`${OFFER_SELECT} WHERE o.publisher_id = $1 AND o.id = $2`, [
    publisherId,
    offerId,
  ]);
  return rows[0];
}

export async function insertOffer(
  db: Db,
  o: {
    publisherId: string;
    name: string;
    marketplace: string;
    listingOption: ListingOption;
    private: boolean;
    coSellReady: boolean;
    markets: string[];
    ownerUserId: string | null;
    externalId?: string | null;
    now: Date;
  },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO offers (publisher_id, name, marketplace, listing_option, private, co_sell_ready, markets, owner_user_id, created_at, external_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      o.publisherId,
      o.name,
      o.marketplace,
      o.listingOption,
      o.private,
      o.coSellReady,
      o.markets,
      o.ownerUserId,
      o.now,
      o.externalId ?? null,
    ],
  );
  return rows[0]!.id;
}

export async function updateOfferRow(
  db: Db,
  publisherId: string,
  offerId: string,
  changes: {
    name?: string;
    private?: boolean;
    coSellReady?: boolean;
    markets?: string[];
    ownerUserId?: string | null;
  },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE offers SET
       name = coalesce($3, name),
       private = coalesce($4, private),
       co_sell_ready = coalesce($5, co_sell_ready),
       markets = coalesce($6, markets),
       owner_user_id = CASE WHEN $7 THEN $8::uuid ELSE owner_user_id END
     WHERE publisher_id = $1 AND id = $2`,
    [
      publisherId,
      offerId,
      changes.name ?? null,
      changes.private ?? null,
      changes.coSellReady ?? null,
      changes.markets ?? null,
      changes.ownerUserId !== undefined,
      changes.ownerUserId ?? null,
    ],
  );
  return rowCount === 1;
}

export async function setOfferStatus(
  db: Db,
  publisherId: string,
  offerId: string,
  status: 'live' | 'delisted',
  now: Date,
): Promise<void> {
  await db.query(
    `UPDATE offers SET status = $3,
       live_at = CASE WHEN $3 = 'live' THEN coalesce(live_at, $4) ELSE live_at END,
       delisted_at = CASE WHEN $3 = 'delisted' THEN $4 ELSE NULL END
     WHERE publisher_id = $1 AND id = $2`,
    [publisherId, offerId, status, now],
  );
}
