import { auditedChange } from '../../platform/http/audit.ts';
import { assertMayManageRole } from '../../platform/auth/access.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ResendBody } from '../invitations/invitations.schema.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { AddUserBody, CreatedUserView, UserParams, UserView } from './users.schema.ts';
import { addUser, deactivateUser, listUsers, resendInvitation, revokeInvitation } from './users.service.ts';

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
      return { items: await listUsers(pool, request.params.publisherId, request.now) };
    },
  );

  app.post(
    '/publishers/:publisherId/users',
    {
      config: { permission: 'publisher:manage', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Add a user to the publisher: pending until they accept the invitation mailed to them',
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
    '/publishers/:publisherId/users/:userId/invitation',
    {
      config: { permission: 'publisher:manage', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary:
          'Send a pending user a new invitation (a new link, mailed again; the old link stops working)',
        tags: ['users'],
        params: UserParams,
        body: ResendBody,
        response: { 201: CreatedUserView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { publisherId, userId } = request.params;
      const principal = principalOf(request);
      const invite = { by: principal.userId, publicUrl: app.deps.auth.publicUrl, ...request.body };
      const user = await auditedChange(pool, request, (tx) =>
        resendInvitation(tx, publisherId, userId, principal, invite, request.now),
      );
      return reply.code(201).send(user);
    },
  );

  app.delete(
    '/publishers/:publisherId/users/:userId/invitation',
    {
      config: { permission: 'publisher:manage' },
      schema: {
        summary: "Withdraw a pending user's invitation: its link stops working",
        tags: ['users'],
        params: UserParams,
        response: { 200: UserView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { publisherId, userId } = request.params;
      return auditedChange(pool, request, (tx) =>
        revokeInvitation(tx, publisherId, userId, principalOf(request), request.now),
      );
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
