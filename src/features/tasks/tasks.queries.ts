import type { Db } from '../../platform/db/pool.ts';

export type TaskKind = 'activation' | 'technical-request' | 'welcome' | 'support-ticket';
export type TaskStatus = 'open' | 'contacted' | 'done' | 'cancelled';

export interface NewTask {
  publisherId: string;
  kind: TaskKind;
  dueAt: Date;
  now: Date;
  activationId?: string;
  technicalRequestId?: string;
  offerId?: string;
  supportTicketId?: string;
}

/** Queues work for the rewards team; a second task for the same activation or welcome is not created. */
export async function insertTask(db: Db, t: NewTask): Promise<void> {
  await db.query(
    `INSERT INTO tasks (publisher_id, kind, due_at, created_at, activation_id, technical_request_id, offer_id, support_ticket_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
    [
      t.publisherId,
      t.kind,
      t.dueAt,
      t.now,
      t.activationId ?? null,
      t.technicalRequestId ?? null,
      t.offerId ?? null,
      t.supportTicketId ?? null,
    ],
  );
}

export interface TaskRow {
  id: string;
  publisher_id: string;
  company_name: string;
  mpn_id: string;
  kind: TaskKind;
  status: TaskStatus;
  due_at: Date;
  contacted_at: Date | null;
  created_at: Date;
  activation_id: string | null;
  benefit_id: string | null;
  technical_request_id: string | null;
  offer_id: string | null;
  offer_name: string | null;
  support_ticket_id: string | null;
}

const TASK_SELECT = `
  SELECT t.id, t.publisher_id, p.company_name, p.mpn_id, t.kind, t.status, t.due_at, t.contacted_at, t.created_at,
         t.activation_id, a.benefit_id, t.technical_request_id, t.offer_id, o.name AS offer_name, t.support_ticket_id
  FROM tasks t
  JOIN publishers p ON p.id = t.publisher_id
  LEFT JOIN activations a ON a.id = t.activation_id
  LEFT JOIN offers o ON o.id = t.offer_id`;

export async function listTaskRows(
  db: Db,
  filter: { status: TaskStatus[] | null; kind: TaskKind | null; publisherId: string | null; limit: number },
): Promise<TaskRow[]> {
  const { rows } = await db.query<TaskRow>(
    `${TASK_SELECT}
     WHERE ($1::text[] IS NULL OR t.status = ANY($1)) AND ($2::text IS NULL OR t.kind = $2)
       AND ($3::uuid IS NULL OR t.publisher_id = $3)
     ORDER BY t.due_at, t.id LIMIT $4`,
    [filter.status, filter.kind, filter.publisherId, filter.limit],
  );
  return rows;
}

export async function findTaskRow(db: Db, taskId: string, forUpdate = false): Promise<TaskRow | undefined> {
  const { rows } = await db.query<TaskRow>(
    `${TASK_SELECT} WHERE t.id = $1 ${forUpdate ? 'FOR NO KEY UPDATE OF t' : ''}`,
    [taskId],
  );
  return rows[0];
}
