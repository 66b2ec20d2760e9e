import Type from 'typebox';
import { csvText } from '../../platform/csv.ts';
import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems } from '../../platform/http/schemas.ts';
import {
  AssignBody,
  CancelBody,
  LogContactBody,
  TaskDetail,
  TaskParams,
  TasksQuery,
  TaskView,
} from './tasks.schema.ts';
import { assignTask, claimTask } from './tasks.assign.ts';
import { cancelTask, completeTask, getTask, listTasks, logContact } from './tasks.service.ts';

const TASK_CSV_HEADER = [
  'id',
  'publisherId',
  'companyName',
  'mpnId',
  'kind',
  'status',
  'subject',
  'clock',
  'dueAt',
  'contactedAt',
  'assigneeName',
  'createdAt',
  'warnedAt',
  'escalatedAt',
  'cancelReason',
] as const;

export async function tasksRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.get(
    '/tasks',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary:
          "The rewards team's queue with filters: work not yet contacted first (escalated, then by due time), then contacted, then closed",
        tags: ['tasks'],
        querystring: TasksQuery,
        response: { 200: ItemsOf(TaskView), ...problems(401, 403, 422) },
      },
    },
    async (request) => {
      const { now } = request;
      return {
        items: await listTasks(pool, request.program, request.query, now, principalOf(request).userId),
      };
    },
  );

  app.get(
    '/tasks/export',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'The queue as CSV (same filters; cells a spreadsheet would run as formulas are neutralised)',
        tags: ['tasks'],
        querystring: TasksQuery,
        response: { 200: Type.String(), ...problems(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const items = await listTasks(
        pool,
        request.program,
        { ...request.query, limit: request.query.limit ?? 500 },
        now,
        principalOf(request).userId,
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="queue.csv"')
        .send(csvText([TASK_CSV_HEADER, ...items.map((t) => TASK_CSV_HEADER.map((k) => t[k]))]));
    },
  );

  app.get(
    '/tasks/:taskId',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'One task: what was asked, whom to contact, and every contact logged on it',
        tags: ['tasks'],
        params: TaskParams,
        response: { 200: TaskDetail, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { now } = request;
      return getTask(pool, request.program, request.params.taskId, now);
    },
  );

  app.post(
    '/tasks/:taskId/contacts',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'Log a contact with the publisher; the first stops the clock and tells the publisher',
        tags: ['tasks'],
        params: TaskParams,
        body: LogContactBody,
        response: { 201: TaskView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const by = principalOf(request).userId;
      const { now } = request;
      const task = await auditedChange(pool, request, (tx) =>
        logContact(tx, request.program, request.params.taskId, request.body, by, now),
      );
      return reply.code(201).send(task);
    },
  );

  app.post(
    '/tasks/:taskId/complete',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'Complete a task: the benefit is fulfilled or the request closed',
        tags: ['tasks'],
        params: TaskParams,
        response: { 200: TaskView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { now } = request;
      return auditedChange(pool, request, (tx) =>
        completeTask(tx, request.program, request.params.taskId, now),
      );
    },
  );

  app.post(
    '/tasks/:taskId/cancel',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'Cancel a task with a reason (its activation, request or ticket is closed with it)',
        tags: ['tasks'],
        params: TaskParams,
        body: CancelBody,
        response: { 200: TaskView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { now } = request;
      return auditedChange(pool, request, (tx) =>
        cancelTask(tx, request.program, request.params.taskId, request.body.reason, now),
      );
    },
  );

  app.post(
    '/tasks/:taskId/claim',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'Claim a task: it is assigned to you (409 task-claimed when someone else has it)',
        tags: ['tasks'],
        params: TaskParams,
        response: { 200: TaskView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { now } = request;
      const me = principalOf(request).userId;
      return auditedChange(pool, request, (tx) =>
        claimTask(tx, request.program, request.params.taskId, me, now),
      );
    },
  );

  app.post(
    '/tasks/:taskId/assign',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'Assign a task to a rewards team member or program admin (null: back to the queue)',
        tags: ['tasks'],
        params: TaskParams,
        body: AssignBody,
        response: { 200: TaskView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { now } = request;
      return auditedChange(pool, request, (tx) =>
        assignTask(tx, request.program, request.params.taskId, request.body, now),
      );
    },
  );
}
