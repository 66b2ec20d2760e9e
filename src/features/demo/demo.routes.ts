import Type from 'typebox';
import { PERSON_ROLES } from '../../platform/auth/access.ts';
import type { App } from '../../platform/http/app.ts';
import { AppError } from '../../platform/problems.ts';
import { ItemsOf, Nullable, problems } from '../../platform/http/schemas.ts';
import { listDemoUsers } from './demo.queries.ts';

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
      return { items: await listDemoUsers(app.deps.pool) };
    },
  );
}
