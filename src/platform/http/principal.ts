// Who is asking. Until real sign-in exists, demo mode lets a client act as a demo user by email
// (the X-Demo-User header); outside demo mode every protected route answers 401.
import type { FastifyRequest } from 'fastify';
import type { Principal, Role } from './access.ts';
import { AppError } from './problems.ts';
import type { AppDeps } from './app.ts';

export const DEMO_USER_HEADER = 'x-demo-user';

export async function resolvePrincipal(request: FastifyRequest, deps: AppDeps): Promise<Principal> {
  if (!deps.demoMode) {
    throw new AppError(
      'unauthenticated',
      'Sign-in is not available yet; start the service in demo mode (DEMO_MODE=true) to act as a demo user.',
    );
  }
  const header = request.headers[DEMO_USER_HEADER];
  const email = typeof header === 'string' ? header.trim() : '';
  if (!email) {
    throw new AppError(
      'unauthenticated',
      'Send the X-Demo-User header with the email of a demo user (GET /api/v1/demo/users lists them).',
    );
  }
  const { rows } = await deps.pool.query<{
    id: string;
    email: string;
    display_name: string;
    role: Role;
    publisher_id: string | null;
  }>(
    'SELECT id, email, display_name, role, publisher_id FROM users WHERE lower(email) = lower($1) AND active',
    [email],
  );
  const user = rows[0];
  if (!user) throw new AppError('unauthenticated', `No active user with the email ${email}.`);
  return {
    userId: user.id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    publisherId: user.publisher_id,
  };
}
