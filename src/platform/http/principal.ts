// Who is asking: a person with a session cookie, or a machine with a Bearer API token. A change made with a
// cookie must also carry the session's CSRF token in X-CSRF-Token (a cross-site page cannot read it).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions.ts';
import { resolveToken } from '../auth/tokens.ts';
import type { Principal, Role } from '../auth/access.ts';
import type { AppDeps } from './app.types.ts';
import { AppError } from '../problems.ts';
import { isUuid } from './schemas.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session behind a cookie-authenticated request. */
    session: {
      csrfToken: string;
      expiresAt: Date;
      id: string;
      mfaEnabled: boolean;
      /** Staff (when REQUIRE_STAFF_MFA) or a publisher that requires it, without a second factor yet. */
      mfaEnrolmentRequired: boolean;
    } | null;
    /** Whether the publisher the path names exists, when resolving the principal already looked (else null). */
    namedPublisherExists: boolean | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function resolvePrincipal(request: FastifyRequest, deps: AppDeps): Promise<Principal> {
  const now = request.now;
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const found = token ? await resolveToken(deps.pool, token, now) : null;
    if (!found) throw new AppError('unauthenticated', 'The API token is unknown or revoked.');
    return {
      kind: 'token',
      userId: found.creatorId,
      tokenId: found.id,
      scopes: found.scopes,
      email: found.creatorEmail,
      displayName: `API token ${found.name}`,
      role: 'marketplace-feed' satisfies Role,
      publisherId: null,
    };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie)
    throw new AppError('unauthenticated', 'Sign in first (POST /api/v1/session), or send an API token.');
  const { publisherId: named } = (request.params ?? {}) as { publisherId?: string };
  const session = await resolveSession(deps.pool, cookie, deps.auth, now, isUuid(named) ? named : null);
  if (!session) throw new AppError('unauthenticated', 'Your session has ended; sign in again.');
  request.namedPublisherExists = session.namedPublisherExists;
  const staff = session.role === 'rewards-team' || session.role === 'program-admin';
  request.session = {
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    id: session.sessionId,
    mfaEnabled: session.mfaEnabled,
    mfaEnrolmentRequired:
      !session.mfaEnabled && ((staff && deps.auth.requireStaffMfa) || session.publisherRequiresMfa),
  };
  if (!SAFE_METHODS.has(request.method) && !sameSecret(request.headers['x-csrf-token'], session.csrfToken)) {
    throw new AppError(
      'csrf-failed',
      'Send the X-CSRF-Token header you received at sign-in with every change.',
    );
  }
  return {
    kind: 'user',
    userId: session.userId,
    tokenId: null,
    scopes: null,
    email: session.email,
    displayName: session.displayName,
    role: session.role,
    publisherId: session.publisherId,
  };
}

/** Compares a presented secret in constant time. */
function sameSecret(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(presented), Buffer.from(expected));
}
