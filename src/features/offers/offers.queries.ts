import type { OfferStatus } from '../../domain/eligibility.ts';
import type { ListingOption } from '../../domain/program.ts';
import type { Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';

/** An offer's row with its owner (null without one) and its welcome task (null without an open or done one). */
export type OfferRow = Omit<Row<'offers'>, 'listing_option' | 'status'> & {
  listing_option: ListingOption;
  status: OfferStatus;
  owner_name: Row<'users'>['display_name'] | null;
  owner_email: Row<'users'>['email'] | null;
  owner_active: Row<'users'>['active'] | null;
  welcome_contacted_at: Row<'tasks'>['contacted_at'];
  welcome_due_at: Row<'tasks'>['due_at'] | null;
  /** The open change request, else the last one settled (a withdrawn one is not shown); null without any. */
  change_request: ChangeRequestJson | null;
};

/** A change request as the offer's query reads it (json_build_object: times as text). */
export interface ChangeRequestJson {
  id: string;
  status: 'pending' | 'confirmed' | 'declined';
  listing_option: ListingOption | null;
  co_sell_ready: boolean | null;
  markets: string[] | null;
  requested_at: string;
  requested_by_name: string | null;
  decided_via: 'rewards-team' | 'feed' | null;
  decided_at: string | null;
  note: string | null;
}

const OFFER_SELECT = `
  SELECT o.*, u.display_name AS owner_name, u.email AS owner_email, u.active AS owner_active,
         w.contacted_at AS welcome_contacted_at, w.due_at AS welcome_due_at,
         (SELECT json_build_object('id', r.id, 'status', r.status, 'listing_option', r.listing_option,
                   'co_sell_ready', r.co_sell_ready, 'markets', r.markets, 'requested_at', r.requested_at,
                   'requested_by_name', ru.display_name, 'decided_via', r.decided_via, 'decided_at', r.decided_at,
                   'note', r.note)
          FROM offer_change_requests r LEFT JOIN users ru ON ru.id = r.requested_by
          WHERE r.offer_id = o.id AND r.status <> 'withdrawn'
          ORDER BY r.status = 'pending' DESC, r.decided_at DESC, r.requested_at DESC LIMIT 1) AS change_request
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
    /** When its listing was confirmed: now when the feed or a program admin adds it, null when a publisher does. */
    factsConfirmedAt: Date | null;
    now: Date;
  },
): Promise<string> {
  // SQL, not the builder: a null external_id is the trigger's to fill (the offer's id, migration 004), which the
  // generated schema cannot know (it reads the column as NOT NULL).
  const { rows } = await db.query<Pick<Row<'offers'>, 'id'>>(
    `INSERT INTO offers (publisher_id, name, marketplace, listing_option, private, co_sell_ready, markets, owner_user_id, created_at, external_id, facts_confirmed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
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
      o.factsConfirmedAt,
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
    listingOption?: ListingOption;
    coSellReady?: boolean;
    markets?: readonly string[];
    ownerUserId?: string | null;
  },
  /** Set when the change confirms the listing option (the feed's report, a program admin's change). */
  factsConfirmedAt: Date | null = null,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE offers SET
       name = coalesce($3, name),
       private = coalesce($4, private),
       co_sell_ready = coalesce($5, co_sell_ready),
       markets = coalesce($6, markets),
       owner_user_id = CASE WHEN $7 THEN $8::uuid ELSE owner_user_id END,
       listing_option = coalesce($9, listing_option),
       facts_confirmed_at = CASE WHEN $9::text IS NULL THEN facts_confirmed_at
                                 ELSE coalesce(facts_confirmed_at, $10) END
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
      changes.listingOption ?? null,
      factsConfirmedAt,
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
