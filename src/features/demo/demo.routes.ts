import Type from 'typebox';
import { PERSON_ROLES, type PersonRole } from '../../platform/auth/access.ts';
import type { App } from '../../platform/http/app.ts';
import { AppError } from '../../platform/problems.ts';
import { ItemsOf, Nullable, problems } from '../../platform/http/schemas.ts';

const DemoUser = Type.Object(
  {
    email: Type.String(),
    displayName: Type.String(),
    role: Type.Enum(PERSON_ROLES),
    companyName: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

export async function demoRoutes(app: App): Promise<void> {
  app.get(
    '/demo/users',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'Demo mode only: the demo accounts (their password is in the README)',
        tags: ['demo'],
        security: [],
        response: { 200: ItemsOf(DemoUser), ...problems(404) },
      },
    },
    async () => {
      if (!app.deps.demoMode) throw new AppError('not-found', 'Demo mode is off.');
      const { rows } = await app.deps.pool.query<{
        email: string;
        display_name: string;
        role: PersonRole;
        company_name: string | null;
      }>(
        `SELECT u.email, u.display_name, u.role, p.company_name FROM users u LEFT JOIN publishers p ON p.id = u.publisher_id
         WHERE u.active ORDER BY p.company_name NULLS FIRST, u.role, u.email LIMIT 200`,
      );
      return {
        items: rows.map((r) => ({
          email: r.email,
          displayName: r.display_name,
          role: r.role,
          companyName: r.company_name,
        })),
      };
    },
  );
}
