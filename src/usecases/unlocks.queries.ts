// The facts eligibility is computed from, read per publisher.
import type { ActivationFacts, OfferFacts, UnlockChange, UnlockFacts } from '../domain/eligibility.ts';
import type { GrantFacts } from '../domain/sponsorships.ts';
import { statement, type Db } from '../platform/db/pool.ts';
import { change, type Dated, sql } from '../platform/db/tables.ts';
import { companyCountedSales } from './ledger.sql.ts';

/** Everything eligibility is computed from, for one publisher (`evaluateEligibility`'s input but the program). */
export interface PublisherFacts {
  ttmUsdCents: number;
  offers: OfferFacts[];
  unlocks: UnlockFacts[];
  activations: ActivationFacts[];
  grants: GrantFacts[];
  marketingContactCount: number;
}

/**
 * Whether the trailing total the tier engine keeps for each company (`tier_standings`) is the company's billed
 * sales in the window ending on $2 (L2, L6): the engine's day is $2 under the program version $3, and every batch
 * is folded (a feed batch is folded in the transaction that writes it, a file import at its end). Read in the same
 * statement, and so the same snapshot, as the kept total.
 */
const STANDING_CURRENT = `(EXISTS (SELECT 1 FROM tier_engine WHERE as_of = $2::date AND program_version = $3)
  AND NOT EXISTS (SELECT 1 FROM ledger_batches WHERE folded_at IS NULL))`;

/** One fact table of the publisher ($1) as a JSON array of objects named as `select` names its columns. */
const factTable = (select: string) => `(SELECT coalesce(json_agg(t), '[]') FROM (${select}) t)`;

/**
 * The facts' SELECT ($1 the publisher, $2 the window's last day, $3 the program version), with `extra` output
 * columns after its own (SQL `expression AS name`, their parameters from $4 on).
 */
const factsSelect = (extra: readonly string[]) =>
  `SELECT ${STANDING_CURRENT} AS current,
       coalesce((SELECT s.ttm_usd_cents FROM tier_standings s
                 WHERE s.company_id = (SELECT company_id FROM publishers WHERE id = $1)), 0) AS kept,
       ${factTable(
         // An offer counts once its listing is confirmed (the feed's or the rewards team's word, not the publisher's).
         `SELECT id, listing_option AS "listingOption", status, private, co_sell_ready AS "coSellReady", markets
          FROM offers WHERE publisher_id = $1 AND facts_confirmed_at IS NOT NULL`,
       )} AS offers,
       ${factTable(
         `SELECT benefit_id AS "benefitId", unlocked_at AS "unlockedAt", tier_id AS "tierId",
                 listing_type AS "listingType", expires_at AS "expiresAt", revoked_at AS "revokedAt",
                 revoked_reason AS "revokedReason", revoked_note AS "revokedNote"
          FROM benefit_unlocks WHERE publisher_id = $1`,
       )} AS unlocks,
       ${factTable(
         `SELECT id, benefit_id AS "benefitId", period_start AS "periodStart", status
          FROM activations WHERE publisher_id = $1`,
       )} AS activations,
       ${factTable(
         `SELECT id, benefit_id AS "benefitId", amount_usd_cents AS "amountUsdCents",
                 spent_usd_cents AS "spentUsdCents", issued_at AS "issuedAt", starts_at AS "startsAt",
                 expires_at AS "expiresAt", spent_at AS "spentAt"
          FROM sponsorship_grants WHERE publisher_id = $1`,
       )} AS grants,
       (SELECT count(*)::int FROM marketing_contacts c
        WHERE c.publisher_id = $1 AND (SELECT u.active FROM users u WHERE u.id = c.user_id)) AS contacts
       ${extra.map((column) => `, ${column}`).join('')}`;

const facts = statement('publisher-facts', factsSelect([]));

/** A statement (named `name`) that reads the facts and `extra` columns in one round trip: see `factsSelect`. */
export const factsWith = (name: string, extra: readonly string[]) => statement(name, factsSelect(extra));
export type FactsStatement = typeof facts;

/** The company's billed sales with billed_on in ($2, $3], summed from its lines ($1 a profile of the company). */
const countedSales = statement('company-counted-sales', `SELECT (${companyCountedSales('$2', '$3')}) AS ttm`);

/**
 * The publisher's facts in one statement, one round trip: its company's trailing billed sales with billed_on in
 * (from, to] (as the tier engine keeps them under `programVersion` when it is current, else summed from the lines
 * by a second statement), its offers, unlocks, activations and sponsorship grants, and its marketing contacts whose
 * user is active (a deactivated one reaches nobody: it does not count, S6). Read one at a time they were six
 * statements, the most of the Rewards page's cost (bench:api).
 */
export async function publisherFacts(
  db: Db,
  publisherId: string,
  from: string,
  to: string,
  programVersion: string,
  extra: { statement: FactsStatement; values: readonly unknown[] } = { statement: facts, values: [] },
): Promise<PublisherFacts & { extra: Record<string, unknown> }> {
  const { rows } = await db.query<{
    current: boolean;
    kept: number;
    offers: OfferFacts[];
    unlocks: Dated<UnlockFacts>[];
    activations: Dated<ActivationFacts>[];
    grants: Dated<GrantFacts>[];
    contacts: number;
    [extra: string]: unknown;
  }>(extra.statement([publisherId, to, programVersion, ...extra.values]));
  const { current, kept, offers, unlocks, activations, grants, contacts, ...more } = rows[0]!;
  // Summing the lines is the rare case (a batch not folded yet, or a day the engine has not reached): a second
  // statement, so that the hot one carries no plan for it (a third of its cost, measured, even never run).
  const ttmUsdCents = current
    ? kept
    : (await db.query<{ ttm: number }>(countedSales([publisherId, from, to]))).rows[0]!.ttm;
  return {
    ttmUsdCents,
    offers,
    unlocks: unlocks.map((u) => ({
      ...u,
      unlockedAt: new Date(u.unlockedAt),
      expiresAt: dateOrNull(u.expiresAt),
      revokedAt: dateOrNull(u.revokedAt),
    })),
    activations: activations.map((a) => ({ ...a, periodStart: new Date(a.periodStart) })),
    grants: grants.map((g) => ({
      ...g,
      issuedAt: new Date(g.issuedAt),
      startsAt: new Date(g.startsAt),
      expiresAt: new Date(g.expiresAt),
      spentAt: dateOrNull(g.spentAt),
    })),
    marketingContactCount: contacts,
    extra: more,
  };
}

const dateOrNull = (text: string | null) => (text === null ? null : new Date(text));

export async function recordUnlocks(
  db: Db,
  publisherId: string,
  changes: readonly UnlockChange[],
  programVersion: string,
): Promise<void> {
  for (const c of changes) {
    await change(
      db,
      sql
        .insertInto('benefit_unlocks')
        .values({
          publisher_id: publisherId,
          benefit_id: c.benefitId,
          unlocked_at: c.unlockedAt,
          tier_id: c.tierId,
          listing_type: c.listingType,
          expires_at: c.expiresAt,
          program_version: programVersion,
        })
        // program_version stays the one the benefit was first unlocked under.
        .onConflict((oc) =>
          oc.columns(['publisher_id', 'benefit_id']).doUpdateSet((eb) => ({
            tier_id: eb.ref('excluded.tier_id'),
            listing_type: eb.ref('excluded.listing_type'),
            expires_at: eb.ref('excluded.expires_at'),
          })),
        ),
    );
  }
}
