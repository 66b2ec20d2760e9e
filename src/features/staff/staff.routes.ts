// The rewards team and program admins: listed, invited (mailed a link), and deactivated at once (sessions ended,
// API tokens revoked).
import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems } from '../../platform/http/schemas.ts';
import { ResendBody } from '../invitations/invitations.schema.ts';
import { CreatedUserView, UserView } from '../users/users.schema.ts';
import { resendInvitation, revokeInvitation } from '../users/users.service.ts';
import { InviteStaffBody, StaffParams } from './staff.schema.ts';
import { deactivateStaff, inviteStaffMember, listStaff } from './staff.service.ts';

export async function staffRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.get(
    '/staff',
    {
      // The rewards team reads it too: it is whom queue work can be assigned to.
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'Rewards team members and program admins (whom work can be assigned to)',
        tags: ['staff'],
        response: { 200: ItemsOf(UserView), ...problems(401, 403) },
      },
    },
    async (request) => ({ items: await listStaff(pool, request.now) }),
  );

  app.post(
    '/staff',
    {
      config: { permission: 'program:admin', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Invite a rewards team member or program admin: pending until they accept the mailed link',
        tags: ['staff'],
        body: InviteStaffBody,
        response: { 201: CreatedUserView, ...problems(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const invite = { by: principalOf(request).userId, publicUrl: app.deps.auth.publicUrl };
      const user = await auditedChange(pool, request, (tx) =>
        inviteStaffMember(tx, request.body, invite, request.now),
      );
      request.audit.objectId = user.id;
      request.audit.objectType = 'user';
      return reply.code(201).send(user);
    },
  );

  app.post(
    '/staff/:userId/invitation',
    {
      config: { permission: 'program:admin', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Send a pending staff member a new invitation (the old link stops working)',
        tags: ['staff'],
        params: StaffParams,
        body: ResendBody,
        response: { 201: CreatedUserView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const invite = { by: principal.userId, publicUrl: app.deps.auth.publicUrl, ...request.body };
      const user = await auditedChange(pool, request, (tx) =>
        resendInvitation(tx, null, request.params.userId, principal, invite, request.now),
      );
      return reply.code(201).send(user);
    },
  );

  app.delete(
    '/staff/:userId/invitation',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary: "Withdraw a pending staff member's invitation: its link stops working",
        tags: ['staff'],
        params: StaffParams,
        response: { 200: UserView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) =>
      auditedChange(pool, request, (tx) =>
        revokeInvitation(tx, null, request.params.userId, principalOf(request), request.now),
      ),
  );

  app.post(
    '/staff/:userId/deactivate',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary: 'Deactivate a staff member: their sessions end and their API tokens are revoked at once',
        tags: ['staff'],
        params: StaffParams,
        response: { 200: UserView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { now } = request;
      return auditedChange(pool, request, (tx) =>
        deactivateStaff(tx, request.params.userId, principalOf(request), now),
      );
    },
  );
}
