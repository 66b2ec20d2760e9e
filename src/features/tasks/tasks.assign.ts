// Who works a task: claimed by a team member for themselves, or assigned by anyone on the team.
import type { Program } from '../../domain/program.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { change, sql } from '../../platform/db/tables.ts';
import { AppError, invalid, notFound } from '../../platform/problems.ts';
import { findTaskRow, lockTaskRow, type TaskRow } from './tasks.queries.ts';
import type { AssignBody, TaskView } from './tasks.schema.ts';
import { toTaskView } from './tasks.view.ts';

/** Claims a task for `me`; a task someone else holds is theirs until it is assigned over on purpose. */
export async function claimTask(
  tx: Tx,
  program: Program,
  taskId: string,
  me: string,
  now: Date,
): Promise<TaskView> {
  const task = await openTask(tx, taskId);
  if (task.assignee_id && task.assignee_id !== me)
    throw new AppError(
      'task-claimed',
      `${task.assignee_name ?? 'Another team member'} has this task; assign it to take it over.`,
    );
  return giveTask(tx, program, task, me, now);
}

/** Gives a task to a rewards team member or program admin, whoever has it; null puts it back in the queue. */
export async function assignTask(
  tx: Tx,
  program: Program,
  taskId: string,
  body: AssignBody,
  now: Date,
): Promise<TaskView> {
  return giveTask(tx, program, await openTask(tx, taskId), body.assigneeId, now);
}

async function giveTask(
  tx: Db,
  program: Program,
  task: TaskRow,
  assigneeId: string | null,
  now: Date,
): Promise<TaskView> {
  if (assigneeId) {
    const { rows } = await tx.query<{ ok: boolean }>(
      `SELECT active AND role IN ('rewards-team', 'program-admin') AS ok FROM users WHERE id = $1`,
      [assigneeId],
    );
    if (!rows[0]?.ok)
      throw invalid([
        {
          pointer: '/body/assigneeId',
          code: 'not-a-team-member',
          detail: 'must be an active rewards team member or program admin',
        },
      ]);
  }
  await change(
    tx,
    sql
      .updateTable('tasks')
      .set({ assignee_id: assigneeId, assigned_at: assigneeId === null ? null : now })
      .where('id', '=', task.id),
  );
  return toTaskView((await findTaskRow(tx, task.id))!, program, now);
}

/** The task, locked for a change; refused when it is done or cancelled. */
export async function openTask(tx: Tx, taskId: string): Promise<TaskRow> {
  const task = await lockTaskRow(tx, taskId);
  if (!task) throw notFound('task');
  if (task.status === 'done' || task.status === 'cancelled')
    throw new AppError('task-closed', `The task is ${task.status}.`);
  return task;
}
