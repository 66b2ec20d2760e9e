// The three kinds of conversation read as one: a support ticket, a technical request or a dispute, with its task.
import type { Db, Tx } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';
import type { TaskStatus } from '../../usecases/tasks.ts';
import type { ThreadKind, ThreadStatus } from './conversations.schema.ts';

/** The column of a message, and of a task, that names each kind's row. */
export const THREAD_COLUMN = {
  'support-ticket': 'support_ticket_id',
  'technical-request': 'technical_request_id',
  dispute: 'dispute_id',
} as const satisfies Record<ThreadKind, string>;

export const THREAD_TABLE = {
  'support-ticket': 'support_tickets',
  'technical-request': 'technical_requests',
  dispute: 'disputes',
} as const satisfies Record<ThreadKind, string>;

export interface ThreadRow {
  kind: ThreadKind;
  id: string;
  publisher_id: string;
  company_name: string;
  title: string | null;
  text: string;
  /** When the retention job removed the title and text (RETAIN_CLOSED_TICKET_TEXT_MONTHS); null: kept. */
  text_removed_at: Date | null;
  offer_id: string | null;
  offer_name: string | null;
  stage: string | null;
  solution: string | null;
  row_status: 'open' | 'in-progress' | 'closed';
  opened_by: string;
  opened_by_name: string;
  created_at: Date;
  last_at: Date;
  task_id: string;
  task_status: TaskStatus;
  due_at: Date;
  contacted_at: Date | null;
  assignee_id: string | null;
}

// One SELECT per kind, the same columns in the order of THREAD_COLUMNS; the caller's WHERE applies to each.
const SELECTS: Record<ThreadKind, string> = {
  'support-ticket': `
    SELECT 'support-ticket' AS kind, x.id, x.publisher_id, x.subject AS title, x.description AS text, x.offer_id,
           NULL::text AS stage, NULL::text AS solution, x.status AS row_status, x.opened_by, x.created_at,
           x.text_removed_at
    FROM support_tickets x`,
  'technical-request': `
    SELECT 'technical-request', x.id, x.publisher_id, NULL, x.description, x.offer_id, x.stage, x.solution, x.status,
           x.requested_by, x.created_at, x.text_removed_at
    FROM technical_requests x`,
  dispute: `
    SELECT 'dispute', x.id, x.publisher_id, NULL, x.note, NULL::uuid, NULL, NULL, x.status, x.opened_by, x.created_at,
           NULL::timestamptz
    FROM disputes x`,
};

// The union's columns are named here, not by whichever SELECT comes first: a list of one kind is one SELECT.
const THREAD_COLUMNS =
  'kind, id, publisher_id, title, text, offer_id, stage, solution, row_status, opened_by, created_at, text_removed_at';

function threadSql(where: string, kinds: readonly ThreadKind[]): string {
  const union = kinds.map((k) => `${SELECTS[k]} WHERE ${where}`).join(' UNION ALL ');
  return `
    SELECT th.*, p.company_name, o.name AS offer_name, u.display_name AS opened_by_name,
           t.id AS task_id, t.status AS task_status, t.due_at, t.contacted_at, t.assignee_id,
           greatest(th.created_at, (SELECT max(m.created_at) FROM conversation_messages m
             WHERE m.publisher_id = th.publisher_id AND (m.support_ticket_id = th.id OR m.technical_request_id = th.id
               OR m.dispute_id = th.id))) AS last_at
    FROM (${union}) th(${THREAD_COLUMNS})
    JOIN publishers p ON p.id = th.publisher_id
    JOIN users u ON u.id = th.opened_by
    LEFT JOIN offers o ON o.id = th.offer_id
    JOIN tasks t ON t.publisher_id = th.publisher_id AND (t.support_ticket_id = th.id OR t.technical_request_id = th.id
      OR t.dispute_id = th.id)`;
}

const ALL_KINDS = ['support-ticket', 'technical-request', 'dispute'] as const;

export async function findThreadRow(db: Db, publisherId: string, id: string): Promise<ThreadRow | undefined> {
  const { rows } = await db.query<ThreadRow>(threadSql('x.publisher_id = $1 AND x.id = $2', ALL_KINDS), [
    publisherId,
    id,
  ]);
  return rows[0];
}

/** The thread's task, locked until the transaction ends: replies to one thread run one after the other. */
export async function lockThreadTask(tx: Tx, taskId: string): Promise<void> {
  await tx.query(`SELECT 1 FROM tasks WHERE id = $1 FOR NO KEY UPDATE`, [taskId]);
}

/** The task statuses of each conversation status (`toItem` reads them back the same way). */
const TASK_STATUSES: Record<ThreadStatus, readonly TaskStatus[]> = {
  'waiting-on-team': ['open'],
  'waiting-on-publisher': ['contacted'],
  resolved: ['done', 'cancelled'],
};

/** A publisher's threads of `kinds` whose status is one of `statuses` (all: undefined), latest active first. */
export async function listThreadRows(
  db: Db,
  publisherId: string,
  kinds: readonly ThreadKind[],
  statuses: readonly ThreadStatus[] | undefined,
  limit: number,
): Promise<ThreadRow[]> {
  const taskStatuses = statuses?.flatMap((s) => TASK_STATUSES[s]) ?? null;
  const { rows } = await db.query<ThreadRow>(
    `${threadSql('x.publisher_id = $1', kinds)}
     WHERE $3::text[] IS NULL OR t.status = ANY($3)
     ORDER BY last_at DESC, th.id LIMIT $2`,
    [publisherId, limit, taskStatuses],
  );
  return rows;
}

export type MessageRow = Pick<
  Row<'conversation_messages'>,
  'id' | 'side' | 'event' | 'body' | 'created_at' | 'author_id' | 'text_removed_at'
> & { author_name: string };

export async function listMessageRows(
  db: Db,
  publisherId: string,
  kind: ThreadKind,
  id: string,
): Promise<MessageRow[]> {
  const { rows } = await db.query<MessageRow>(
    `SELECT m.id, m.side, m.event, m.body, m.created_at, m.author_id, m.text_removed_at, u.display_name AS author_name
     FROM conversation_messages m JOIN users u ON u.id = m.author_id
     WHERE m.publisher_id = $1 AND m.${THREAD_COLUMN[kind]} = $2
     ORDER BY m.created_at, m.seq`,
    [publisherId, id],
  );
  return rows;
}

/** The people of one side who wrote in the thread (and its opener, for the publisher's side), active ones. */
export async function threadPeople(
  db: Db,
  thread: ThreadRow,
  side: 'publisher' | 'team',
): Promise<{ id: string; email: string; language: string }[]> {
  const { rows } = await db.query<{ id: string; email: string; language: string }>(
    `SELECT u.id, u.email, coalesce(u.language,
       (SELECT c.language FROM marketing_contacts c WHERE c.user_id = u.id ORDER BY c.updated_at DESC LIMIT 1), 'en')
       AS language
     FROM users u
     WHERE u.active AND (($3 = 'publisher') = (u.publisher_id IS NOT NULL))
       AND (u.id = $4 OR u.id IN (SELECT m.author_id FROM conversation_messages m
             WHERE m.publisher_id = $1 AND m.${THREAD_COLUMN[thread.kind]} = $2 AND m.side = $3))
     ORDER BY u.email`,
    [thread.publisher_id, thread.id, side, side === 'publisher' ? thread.opened_by : thread.assignee_id],
  );
  return rows;
}

/** The rewards team (active), when nobody of the team is on a thread yet. */
export async function rewardsTeam(db: Db): Promise<{ id: string; email: string; language: string }[]> {
  const { rows } = await db.query<{ id: string; email: string; language: string }>(
    `SELECT id, email, coalesce(language, 'en') AS language FROM users
     WHERE active AND role = 'rewards-team' ORDER BY email`,
  );
  return rows;
}
