// What a program lead asks of the queue and the program, computed in SQL over the whole database.
import { type Program, benefitName } from '../../domain/program.ts';
import type { Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';
import type {
  ActivationsByBenefitItem,
  ByTierItem,
  ContactRateItem,
  OpenWorkItem,
} from './dashboards.schema.ts';

/**
 * Activations by the ISO week they were made (Monday, UTC), and the share contacted by the promise (S8): kept over
 * those whose outcome is known (contacted, or past due without a contact), so this week's activations, still within
 * their week, do not lower it.
 */
export async function contactRateByWeek(db: Db, now: Date, weeks: number): Promise<ContactRateItem[]> {
  const { rows } = await db.query<{
    week: string;
    total: number;
    kept: number;
    late: number;
    open: number;
    past_due: number;
  }>(
    `SELECT to_char(date_trunc('week', t.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
            count(*)::int AS total,
            count(*) FILTER (WHERE t.contacted_at <= t.due_at)::int AS kept,
            count(*) FILTER (WHERE t.contacted_at > t.due_at)::int AS late,
            count(*) FILTER (WHERE t.contacted_at IS NULL)::int AS open,
            count(*) FILTER (WHERE t.contacted_at IS NULL AND t.due_at < $1)::int AS past_due
     FROM tasks t
     WHERE t.kind = 'activation' AND t.status <> 'cancelled'
       AND t.created_at >= date_trunc('week', $1::timestamptz AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - make_interval(weeks => $2 - 1)
       AND t.created_at <= $1
     GROUP BY 1 ORDER BY 1`,
    [now, weeks],
  );
  return rows.map((r) => ({
    weekStart: r.week,
    activations: r.total,
    contactedWithinWeek: r.kept,
    contactedLate: r.late,
    notYetContacted: r.open,
    notYetContactedPastDue: r.past_due,
    share: shareKept(r.kept, r.kept + r.late + r.past_due),
  }));
}

/** kept / known to four decimals; null when no outcome is known yet. */
function shareKept(kept: number, known: number): number | null {
  return known > 0 ? Math.round((kept / known) * 10000) / 10000 : null;
}

export const AGE_BUCKETS = [
  'under 1 day',
  '1-3 days',
  '3-7 days',
  '7-14 days',
  '14-28 days',
  '28 days or more',
];

/** Open work (not yet done or cancelled) by how long ago it came in, and kind. */
export async function openWorkByAge(db: Db, now: Date): Promise<OpenWorkItem[]> {
  // Everything the dashboard shows but the age, which is named from its bucket (width_bucket: 0 to 5).
  const { rows } = await db.query<Omit<OpenWorkItem, 'age'> & { bucket: number }>(
    `SELECT width_bucket(extract(epoch FROM $1::timestamptz - t.created_at) / 86400, ARRAY[1, 3, 7, 14, 28]::float8[]) AS bucket,
            t.kind, count(*)::int AS open,
            count(*) FILTER (WHERE t.contacted_at IS NULL AND t.due_at < $1)::int AS late,
            count(*) FILTER (WHERE t.assignee_id IS NULL)::int AS unassigned
     FROM tasks t WHERE t.status IN ('open', 'contacted') AND t.created_at <= $1
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [now],
  );
  return rows.map((r) => ({
    age: AGE_BUCKETS[r.bucket]!,
    kind: r.kind,
    open: r.open,
    late: r.late,
    unassigned: r.unassigned,
  }));
}

export async function activationsByBenefit(db: Db, program: Program): Promise<ActivationsByBenefitItem[]> {
  const { rows } = await db.query<
    Pick<Row<'activations'>, 'benefit_id'> & {
      total: number;
      fulfilled: number;
      progress: number;
      requested: number;
    }
  >(
    `SELECT benefit_id, count(*)::int AS total,
            count(*) FILTER (WHERE status = 'fulfilled')::int AS fulfilled,
            count(*) FILTER (WHERE status = 'in-progress')::int AS progress,
            count(*) FILTER (WHERE status = 'requested')::int AS requested
     FROM activations WHERE status <> 'cancelled' GROUP BY benefit_id ORDER BY total DESC, benefit_id`,
  );
  return rows.map((r) => ({
    benefitId: r.benefit_id,
    benefitName: benefitName(program, r.benefit_id),
    activations: r.total,
    fulfilled: r.fulfilled,
    inProgress: r.progress,
    requested: r.requested,
  }));
}

/** How many activations or publishers a tier has. */
type TierCount = Pick<Row<'tier_standings'>, 'tier_id'> & { n: number };

/** A publisher's tier is its company's standing (tier engine); no standing yet is the first tier. */
const TIER_OF = `coalesce((SELECT s.tier_id FROM tier_standings s WHERE s.company_id = p.company_id), $1)`;

function byTier(program: Program, rows: TierCount[]): ByTierItem[] {
  const order = (id: string) => {
    const i = program.tiers.findIndex((t) => t.id === id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return rows
    .sort((a, b) => order(a.tier_id) - order(b.tier_id))
    .map((r) => ({
      tierId: r.tier_id,
      tierName: program.tiers.find((t) => t.id === r.tier_id)?.name ?? r.tier_id,
      count: r.n,
    }));
}

export async function activationsByTier(db: Db, program: Program): Promise<ByTierItem[]> {
  const { rows } = await db.query<TierCount>(
    `SELECT ${TIER_OF} AS tier_id, count(*)::int AS n
     FROM activations a JOIN publishers p ON p.id = a.publisher_id WHERE a.status <> 'cancelled' GROUP BY 1`,
    [program.tiers[0]!.id],
  );
  return byTier(program, rows);
}

export async function publishersByTier(db: Db, program: Program): Promise<ByTierItem[]> {
  const { rows } = await db.query<TierCount>(
    `SELECT ${TIER_OF} AS tier_id, count(*)::int AS n FROM publishers p GROUP BY 1`,
    [program.tiers[0]!.id],
  );
  return byTier(program, rows);
}
