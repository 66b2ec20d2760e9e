// The rewards team and program admins: listed, and deactivated at once (sessions ended, API tokens revoked).
import { rerouteFromUser } from '../../usecases/reroute.ts';
import Type from 'typebox';
import { endSessionsOf } from '../../platform/auth/sessions.ts';
import { auditedChange } from '../../platform/http/audit.ts';
import type { App } from '../../platform/http/app.ts';
import { AppError, notFound } from '../../platform/problems.ts';
import { ItemsOf, problems, Uuid } from '../../platform/http/schemas.ts';
import { toUserView, type UserRow } from '../users/users.queries.ts';
import { UserView } from '../users/users.schema.ts';

export async function staffRoutes(app: App): Promise<void> {
  const { pool, clock } = app.deps;

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
    async () => {
      const { rows } = await pool.query<UserRow>(
        'SELECT * FROM users WHERE publisher_id IS NULL ORDER BY active DESC, display_name, id',
      );
      return { items: rows.map(toUserView) };
    },
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
      const now = clock.now();
      return auditedChange(pool, request, clock.now(), async (tx) => {
        const { rows: admins } = await tx.query<{ id: string }>(
          "SELECT id FROM users WHERE role = 'program-admin' AND active FOR NO KEY UPDATE",
        );
        if (admins.length === 1 && admins[0]!.id === request.params.userId) {
          throw new AppError('user-inactive', 'This is the last active program admin; invite another first.');
        }
        const { rows } = await tx.query<UserRow>(
          `UPDATE users SET active = false, deactivated_at = coalesce(deactivated_at, $2)
           WHERE id = $1 AND publisher_id IS NULL RETURNING *`,
          [request.params.userId, now],
        );
        if (!rows[0]) throw notFound('staff member');
        await endSessionsOf(tx, request.params.userId, now);
        // Their tasks go back to the queue, unassigned.
        await rerouteFromUser(tx, request.params.userId, now);
        await tx.query('UPDATE api_tokens SET revoked_at = $2 WHERE created_by = $1 AND revoked_at IS NULL', [
          request.params.userId,
          now,
        ]);
        return toUserView(rows[0]);
      });
    },
  );
}
