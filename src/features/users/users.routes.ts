import { auditedChange } from '../../platform/http/audit.ts';
import { assertMayManageRole } from '../../platform/auth/access.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { InvitationView } from '../invitations/invitations.schema.ts';
import Type from 'typebox';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { AddUserBody, UserParams, UserView } from './users.schema.ts';
import { addUser, deactivateUser, listUsers } from './users.service.ts';

const CreatedUserView = Type.Object(
  { ...UserView.properties, invitation: InvitationView },
  { additionalProperties: false },
);

export async function usersRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

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
      config: { permission: 'publisher:manage', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Add a user to the publisher',
        tags: ['users'],
        params: PublisherParams,
        body: AddUserBody,
        response: { 201: CreatedUserView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      assertMayManageRole(principal, request.body.role);
      const invite = { by: principal.userId, publicUrl: app.deps.auth.publicUrl };
      const user = await auditedChange(pool, request, (tx) =>
        addUser(tx, request.params.publisherId, request.body, invite, request.now),
      );
      request.audit.objectId = user.id;
      request.audit.objectType = 'user';
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
      return auditedChange(pool, request, (tx) =>
        deactivateUser(
          tx,
          request.params.publisherId,
          request.params.userId,
          principalOf(request),
          request.now,
        ),
      );
    },
  );
}
