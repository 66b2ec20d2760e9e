// The rewards team's queue: every promise to a publisher is a task with a clock that a logged contact closes.
import type { Program } from '../../domain/program.ts';
import type { Db } from '../../platform/db/pool.ts';
import { AppError, notFound } from '../../platform/http/problems.ts';
import { refreshUnlocks } from '../benefits/benefits.service.ts';
import { clockFields } from './tasks.clock.ts';
import { findTaskRow, listTaskRows, type TaskRow } from './tasks.queries.ts';
import type { LogContactBody, TasksQuery, TaskView } from './tasks.schema.ts';

export async function listTasks(db: Db, program: Program, query: TasksQuery, now: Date): Promise<TaskView[]> {
  const rows = await listTaskRows(db, {
    status: query.status ?? ['open', 'contacted'],
    kind: query.kind ?? null,
    publisherId: query.publisherId ?? null,
    limit: query.limit ?? 100,
  });
  return rows.map((r) => toTaskView(r, program, now));
}

/** Logs a contact with the publisher. The first one stops the clock; the related work moves in progress. */
export async function logContact(
  tx: Db,
  program: Program,
  taskId: string,
  body: LogContactBody,
  by: string,
  now: Date,
): Promise<TaskView> {
  const task = await openTask(tx, taskId);
  await tx.query(
    `INSERT INTO task_contacts (task_id, publisher_id, channel, note, contacted_by, contacted_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [task.id, task.publisher_id, body.channel, body.note, by, now],
  );
  if (!task.contacted_at) {
    await tx.query(`UPDATE tasks SET contacted_at = $2, status = 'contacted' WHERE id = $1`, [task.id, now]);
    await setRelatedStatus(tx, task, 'in-progress');
  }
  return toTaskView((await findTaskRow(tx, taskId))!, program, now);
}

/** Completes a task: the benefit is fulfilled, the request or ticket closed. Completing counts as contact. */
export async function completeTask(tx: Db, program: Program, taskId: string, now: Date): Promise<TaskView> {
  const task = await openTask(tx, taskId);
  await tx.query(
    `UPDATE tasks SET status = 'done', contacted_at = coalesce(contacted_at, $2) WHERE id = $1`,
    [task.id, now],
  );
  await setRelatedStatus(tx, task, 'done');
  // A fulfilled benefit can be the prerequisite of others (listing optimization, L4).
  if (task.kind === 'activation') await refreshUnlocks(tx, program, task.publisher_id, now);
  return toTaskView((await findTaskRow(tx, taskId))!, program, now);
}

async function openTask(tx: Db, taskId: string): Promise<TaskRow> {
  const task = await findTaskRow(tx, taskId, true);
  if (!task) throw notFound('task');
  if (task.status === 'done' || task.status === 'cancelled')
    throw new AppError('task-closed', `The task is ${task.status}.`);
  return task;
}

async function setRelatedStatus(tx: Db, task: TaskRow, stage: 'in-progress' | 'done'): Promise<void> {
  if (task.activation_id) {
    await tx.query('UPDATE activations SET status = $2 WHERE id = $1', [
      task.activation_id,
      stage === 'done' ? 'fulfilled' : 'in-progress',
    ]);
  }
  const requestStatus = stage === 'done' ? 'closed' : 'in-progress';
  if (task.technical_request_id)
    await tx.query('UPDATE technical_requests SET status = $2 WHERE id = $1', [
      task.technical_request_id,
      requestStatus,
    ]);
  if (task.support_ticket_id)
    await tx.query('UPDATE support_tickets SET status = $2 WHERE id = $1', [
      task.support_ticket_id,
      requestStatus,
    ]);
}

function toTaskView(r: TaskRow, program: Program, now: Date): TaskView {
  const clock = clockFields(r.due_at, r.contacted_at, program, now);
  const benefitName = program.benefits.find((b) => b.id === r.benefit_id)?.name ?? r.benefit_id;
  const subject = {
    activation: `Contact the marketing contact about ${benefitName}`,
    'technical-request': 'Answer a technical assistance request',
    welcome: `Welcome the publisher: ${r.offer_name ?? 'an offer'} went live`,
    'support-ticket': `Support ticket${r.offer_name ? ` about ${r.offer_name}` : ''}`,
  }[r.kind];
  return {
    id: r.id,
    publisherId: r.publisher_id,
    companyName: r.company_name,
    mpnId: r.mpn_id,
    kind: r.kind,
    status: r.status,
    subject,
    activationId: r.activation_id,
    technicalRequestId: r.technical_request_id,
    offerId: r.offer_id,
    supportTicketId: r.support_ticket_id,
    createdAt: r.created_at.toISOString(),
    ...clock,
    promiseKept:
      r.status === 'cancelled'
        ? null
        : clock.clock === 'kept'
          ? true
          : clock.clock === 'missed' || clock.clock === 'late'
            ? false
            : null,
  };
}
