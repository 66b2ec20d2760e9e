import type { ClockState } from '../../domain/clocks.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';
import type { TaskKind, TaskStatus } from '../../usecases/tasks.ts';
import type { ContactView } from './tasks.schema.ts';
import { ANSWER_AFTER_DECISION } from './tasks.subject.ts';

/** A task's row with its publisher, its activation's benefit, its offer's name and its assignee's name. */
export type TaskRow = Omit<Row<'tasks'>, 'kind' | 'status'> & {
  kind: TaskKind;
  status: TaskStatus;
  benefit_id: Row<'activations'>['benefit_id'] | null;
  offer_name: Row<'offers'>['name'] | null;
  assignee_name: Row<'users'>['display_name'] | null;
  /** For a dispute's task: whether the publisher wrote after its decision (`ANSWER_AFTER_DECISION`). */
  answer_after_decision: boolean | null;
} & Pick<Row<'publishers'>, 'company_name' | 'mpn_id'>;

const TASK_SELECT = `
  SELECT t.id, t.publisher_id, p.company_name, p.mpn_id, t.kind, t.status, t.due_at, t.contacted_at, t.created_at,
         t.activation_id, a.benefit_id, t.technical_request_id, t.offer_id, o.name AS offer_name, t.support_ticket_id, t.dispute_id,
         t.offer_change_id,
         t.assignee_id, u.display_name AS assignee_name, t.assigned_at, t.warned_at, t.escalated_at, t.closed_at,
         t.cancel_reason, ${ANSWER_AFTER_DECISION} AS answer_after_decision
  FROM tasks t
  JOIN publishers p ON p.id = t.publisher_id
  LEFT JOIN activations a ON a.id = t.activation_id
  LEFT JOIN offers o ON o.id = t.offer_id
  LEFT JOIN users u ON u.id = t.assignee_id`;

export interface TaskFilter {
  status: TaskStatus[] | null;
  kind: TaskKind[] | null;
  publisherId: string | null;
  clock: ClockState[] | null;
  /** A user id, or 'unassigned'. */
  assignee: string | null;
  limit: number;
  now: Date;
  dueSoonHours: number;
}

export async function listTaskRows(db: Db, f: TaskFilter): Promise<TaskRow[]> {
  const { rows } = await db.query<TaskRow>(
    `${TASK_SELECT}
     WHERE ($1::text[] IS NULL OR t.status = ANY($1)) AND ($2::text[] IS NULL OR t.kind = ANY($2))
       AND ($3::uuid IS NULL OR t.publisher_id = $3)
       AND ($4::text IS NULL OR ($4 = 'unassigned' AND t.assignee_id IS NULL) OR t.assignee_id::text = $4)
       AND ($5::text[] IS NULL OR (CASE
             WHEN t.contacted_at IS NOT NULL THEN (CASE WHEN t.contacted_at <= t.due_at THEN 'kept' ELSE 'missed' END)
             WHEN t.due_at < $6 THEN 'late'
             WHEN t.due_at <= $6 + make_interval(hours => $7) THEN 'due-soon'
             ELSE 'on-track' END) = ANY($5))
     -- Work not yet contacted first: escalated, then by due time, so the latest is on top and the late, due-soon
     -- and on-track ones follow in turn; then contacted work by due time; closed work last, newest first.
     ORDER BY t.closed_at IS NOT NULL, t.closed_at DESC, t.contacted_at IS NOT NULL,
              t.contacted_at IS NULL AND t.escalated_at IS NOT NULL DESC, t.due_at, t.id
     LIMIT $8`,
    [f.status, f.kind, f.publisherId, f.assignee, f.clock, f.now, f.dueSoonHours, f.limit],
  );
  return rows;
}

export async function findTaskRow(db: Db, taskId: string): Promise<TaskRow | undefined> {
  const { rows } = await db.query<TaskRow>(`${TASK_SELECT} WHERE t.id = $1`, [taskId]);
  return rows[0];
}

/** `findTaskRow`, the task's row locked until the transaction ends. */
export async function lockTaskRow(tx: Tx, taskId: string): Promise<TaskRow | undefined> {
  const { rows } = await tx.query<TaskRow>(`${TASK_SELECT} WHERE t.id = $1 FOR NO KEY UPDATE OF t`, [taskId]);
  return rows[0];
}

/** A logged contact with the name of who made it. */
export type ContactRow = Pick<
  Row<'task_contacts'>,
  'id' | 'task_id' | 'note' | 'contacted_by' | 'contacted_at'
> & {
  channel: ContactView['channel'];
  contacted_by_name: Row<'users'>['display_name'];
};

export async function listContactRows(
  db: Db,
  where: { taskId?: string; publisherId?: string },
): Promise<ContactRow[]> {
  const { rows } = await db.query<ContactRow>(
    `SELECT c.id, c.task_id, c.channel, c.note, c.contacted_by, u.display_name AS contacted_by_name, c.contacted_at
     FROM task_contacts c JOIN users u ON u.id = c.contacted_by
     WHERE ($1::uuid IS NULL OR c.task_id = $1) AND ($2::uuid IS NULL OR c.publisher_id = $2)
     ORDER BY c.contacted_at DESC, c.id LIMIT 500`,
    [where.taskId ?? null, where.publisherId ?? null],
  );
  return rows;
}

/** What a task's publisher asked for, and whom to contact, read in one query. */
export interface AskedRow {
  offer_id: Row<'offers'>['id'] | null;
  offer_name: Row<'offers'>['name'] | null;
  request_description: Row<'technical_requests'>['description'] | null;
  stage: Row<'technical_requests'>['stage'] | null;
  solution: Row<'technical_requests'>['solution'] | null;
  ticket_subject: Row<'support_tickets'>['subject'] | null;
  ticket_description: Row<'support_tickets'>['description'] | null;
  grant_usd_cents: Row<'sponsorship_grants'>['amount_usd_cents'] | null;
  /** An offer-change task's request and the offer's confirmed facts. */
  offer_change: {
    id: string;
    status: 'pending' | 'confirmed' | 'declined' | 'withdrawn';
    listing_option: string | null;
    co_sell_ready: boolean | null;
    markets: string[] | null;
    note: string | null;
    confirmed_listing_option: string | null;
    confirmed_co_sell_ready: boolean;
    confirmed_markets: string[];
  } | null;
  opener_id: Row<'users'>['id'] | null;
  opener_name: Row<'users'>['display_name'] | null;
  opener_email: Row<'users'>['email'] | null;
  opener_active: Row<'users'>['active'] | null;
  /** The publisher's marketing contacts (S7), oldest first. */
  marketing_contacts: {
    user_id: string;
    name: string;
    email: string;
    phone: string;
    language: string;
    active: boolean;
  }[];
}

export async function findAskedRow(db: Db, taskId: string): Promise<AskedRow | undefined> {
  const { rows } = await db.query<AskedRow>(
    `SELECT o.id AS offer_id, o.name AS offer_name,
            r.description AS request_description, r.stage, r.solution,
            s.subject AS ticket_subject, s.description AS ticket_description,
            g.amount_usd_cents AS grant_usd_cents,
            CASE WHEN oc.id IS NOT NULL THEN json_build_object('id', oc.id, 'status', oc.status,
              'listing_option', oc.listing_option, 'co_sell_ready', oc.co_sell_ready, 'markets', oc.markets,
              'note', oc.note,
              'confirmed_listing_option', CASE WHEN o.facts_confirmed_at IS NOT NULL THEN o.listing_option END,
              'confirmed_co_sell_ready', o.co_sell_ready, 'confirmed_markets', o.markets) END AS offer_change,
            u.id AS opener_id, u.display_name AS opener_name, u.email AS opener_email, u.active AS opener_active,
            (SELECT coalesce(json_agg(json_build_object('user_id', c.user_id, 'name', cu.display_name,
                      'email', c.email, 'phone', c.phone_e164, 'language', c.language, 'active', cu.active)
                      ORDER BY c.created_at, c.id), '[]')
             FROM marketing_contacts c JOIN users cu ON cu.id = c.user_id
             WHERE c.publisher_id = t.publisher_id) AS marketing_contacts
     FROM tasks t
     LEFT JOIN technical_requests r ON r.id = t.technical_request_id
     LEFT JOIN support_tickets s ON s.id = t.support_ticket_id
     LEFT JOIN offers o ON o.id = coalesce(t.offer_id, r.offer_id, s.offer_id)
     LEFT JOIN users u ON u.id = coalesce(r.requested_by, s.opened_by)
     LEFT JOIN sponsorship_grants g ON g.activation_id = t.activation_id
     LEFT JOIN offer_change_requests oc ON oc.id = t.offer_change_id
     WHERE t.id = $1`,
    [taskId],
  );
  return rows[0];
}
