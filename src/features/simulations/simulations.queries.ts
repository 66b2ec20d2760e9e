// What the what-if simulation reads, in bulk: every company's trailing totals in one pass over the ledger, and
// every publisher's offers, unlocks and activations in one query each (no query per publisher).
import type { ActivationFacts, OfferFacts, UnlockFacts } from '../../domain/facts.ts';
import type { CompanyTotals, SimulatedPublisher } from '../../domain/simulation.ts';
import type { Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';

type Window = { from: string; to: string };

/**
 * Every company's billed sales over two windows (billing days after `from`, up to `to`): the recompute's reading
 * of the rule (counted lines of folded batches less what voids took away), both windows summed in the same pass
 * over the lines of their union. Only companies with lines in either window are answered.
 */
export async function companyTotals(db: Db, now: Window, then: Window): Promise<Map<string, CompanyTotals>> {
  const from = now.from < then.from ? now.from : then.from;
  const to = now.to > then.to ? now.to : then.to;
  const { rows } = await db.query<{ company_id: string; now_cents: number; then_cents: number }>(
    `SELECT p.company_id, sum(pp.a)::bigint AS now_cents, sum(pp.b)::bigint AS then_cents
     FROM (SELECT x.publisher_id,
                  coalesce(sum(x.usd_cents) FILTER (WHERE x.billed_on > $3 AND x.billed_on <= $4), 0) AS a,
                  coalesce(sum(x.usd_cents) FILTER (WHERE x.billed_on > $5 AND x.billed_on <= $6), 0) AS b
           FROM (SELECT l.publisher_id, l.usd_cents, l.billed_on FROM ledger_lines l
                 WHERE l.kind IN ('charge', 'refund') AND l.billed_on > $1 AND l.billed_on <= $2
                   AND l.batch_id <> ALL (ARRAY(SELECT id FROM ledger_batches WHERE folded_at IS NULL))
                 UNION ALL
                 SELECT v.publisher_id, -v.usd_cents, v.billed_on FROM ledger_voids v
                 WHERE v.usd_cents IS NOT NULL AND v.billed_on > $1 AND v.billed_on <= $2) x
           GROUP BY x.publisher_id) pp
     JOIN publishers p ON p.id = pp.publisher_id
     GROUP BY p.company_id`,
    [from, to, now.from, now.to, then.from, then.to],
  );
  return new Map(
    rows.map((r) => [r.company_id, { nowUsdCents: Number(r.now_cents), thenUsdCents: Number(r.then_cents) }]),
  );
}

/** Every publisher profile with its offers, unlocks and activations (cancelled ones left out: they count for nothing). */
export async function publisherFacts(db: Db): Promise<SimulatedPublisher[]> {
  const { rows: publishers } = await db.query<
    Pick<Row<'publishers'>, 'id' | 'company_name' | 'mpn_id' | 'company_id'>
  >('SELECT id, company_name, mpn_id, company_id FROM publishers');
  const byId = new Map<string, SimulatedPublisher>(
    publishers.map((p) => [
      p.id,
      {
        id: p.id,
        name: p.company_name,
        mpnId: p.mpn_id,
        companyId: p.company_id,
        offers: [],
        unlocks: [],
        activations: [],
      },
    ]),
  );
  const push = <K extends 'offers' | 'unlocks' | 'activations'>(
    publisherId: string,
    key: K,
    item: SimulatedPublisher[K][number],
  ) => (byId.get(publisherId)?.[key] as unknown[] | undefined)?.push(item);
  const { rows: offers } = await db.query<OfferFacts & { publisherId: string }>(
    `SELECT publisher_id AS "publisherId", id, listing_option AS "listingOption", status, private,
            co_sell_ready AS "coSellReady", markets
     FROM offers WHERE status <> 'draft'`,
  );
  for (const { publisherId, ...offer } of offers) push(publisherId, 'offers', offer);
  const { rows: unlocks } = await db.query<UnlockFacts & { publisherId: string }>(
    `SELECT publisher_id AS "publisherId", benefit_id AS "benefitId", unlocked_at AS "unlockedAt",
            tier_id AS "tierId", listing_type AS "listingType", expires_at AS "expiresAt",
            revoked_at AS "revokedAt", revoked_reason AS "revokedReason", revoked_note AS "revokedNote"
     FROM benefit_unlocks`,
  );
  for (const { publisherId, ...unlock } of unlocks) push(publisherId, 'unlocks', unlock);
  const { rows: activations } = await db.query<ActivationFacts & { publisherId: string }>(
    `SELECT publisher_id AS "publisherId", id, benefit_id AS "benefitId", period_start AS "periodStart", status
     FROM activations WHERE status <> 'cancelled'`,
  );
  for (const { publisherId, ...activation } of activations) push(publisherId, 'activations', activation);
  return [...byId.values()];
}
