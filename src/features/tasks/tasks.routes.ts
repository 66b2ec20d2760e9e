import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems } from '../../platform/http/schemas.ts';
import { LogContactBody, TaskParams, TasksQuery, TaskView } from './tasks.schema.ts';
import { completeTask, listTasks, logContact } from './tasks.service.ts';

export async function tasksRoutes(app: App): Promise<void> {
  const { pool, clock, programs } = app.deps;

  app.get(
    '/tasks',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: "The rewards team's queue, soonest due first",
        tags: ['tasks'],
        querystring: TasksQuery,
        response: { 200: ItemsOf(TaskView), ...problems(401, 403, 422) },
      },
    },
    async (request) => {
      const now = clock.now();
      return { items: await listTasks(pool, programs.at(now), request.query, now) };
    },
  );

  app.post(
    '/tasks/:taskId/contacts',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'Log a contact with the publisher; the first stops the clock',
        tags: ['tasks'],
        params: TaskParams,
        body: LogContactBody,
        response: { 201: TaskView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const by = principalOf(request).userId;
      const now = clock.now();
      const task = await auditedChange(pool, request, clock.now(), (tx) =>
        logContact(tx, programs.at(now), request.params.taskId, request.body, by, now),
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
      const now = clock.now();
      return auditedChange(pool, request, clock.now(), (tx) =>
        completeTask(tx, programs.at(now), request.params.taskId, now),
      );
    },
  );
}
