// The rewards team and program admins: listed, and deactivated at once (sessions ended, API tokens revoked).
import Type from 'typebox';
import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems, Uuid } from '../../platform/http/schemas.ts';
import { UserView } from '../users/users.schema.ts';
import { deactivateStaff, listStaff } from './staff.service.ts';

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
    async () => ({ items: await listStaff(pool) }),
  );

  app.post(
    '/staff/:userId/deactivate',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary: 'Deactivate a staff member: their sessions end and their API tokens are revoked at once',
        tags: ['staff'],
        params: Type.Object({ userId: Uuid }, { additionalProperties: false }),
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
