import { inTransaction } from '../../platform/db/pool.ts';
import type { App } from '../../platform/http/app.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { AddUserBody, UserParams, UserView } from './users.schema.ts';
import { addUser, deactivateUser, listUsers } from './users.service.ts';

export async function usersRoutes(app: App): Promise<void> {
  const { pool, clock } = app.deps;

  app.get(
    '/publishers/:publisherId/users',
    {
      config: { permission: 'read' },
      schema: {
        summary: "The publisher's users (Account settings)",
        tags: ['users'],
        params: PublisherParams,
        response: { 200: ItemsOf(UserView), ...problems(401, 404) },
      },
    },
    async (request) => {
      return { items: await listUsers(pool, request.params.publisherId) };
    },
  );

  app.post(
    '/publishers/:publisherId/users',
    {
      config: { permission: 'publisher:manage' },
      schema: {
        summary: 'Add a user to the publisher',
        tags: ['users'],
        params: PublisherParams,
        body: AddUserBody,
        response: { 201: UserView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const user = await inTransaction(pool, (tx) =>
        addUser(tx, request.params.publisherId, request.body, clock.now()),
      );
      return reply.code(201).send(user);
    },
  );

  app.post(
    '/publishers/:publisherId/users/:userId/deactivate',
    {
      config: { permission: 'publisher:manage' },
      schema: {
        summary: 'Deactivate a user',
        tags: ['users'],
        params: UserParams,
        response: { 200: UserView, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      return inTransaction(pool, (tx) =>
        deactivateUser(tx, request.params.publisherId, request.params.userId, clock.now()),
      );
    },
  );
}
