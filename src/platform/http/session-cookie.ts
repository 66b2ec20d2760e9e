// The session cookie on an answer: set by password sign-in, invitation acceptance and single sign-on alike.
import type { FastifyReply } from 'fastify';
import { permissionsOf, type Role } from '../auth/access.ts';
import { SESSION_COOKIE, type NewSession } from '../auth/sessions.ts';

/** Sign-in attempts per client address and minute, before the per-address backoff even starts. */
export const SIGN_IN_RATE = { max: 20, timeWindow: '1 minute' };

/** Sets the session cookie: __Host- (Secure, Path=/, no Domain), HttpOnly, SameSite=Lax, until the absolute end. */
export function setSessionCookie(reply: FastifyReply, session: NewSession, now: Date): FastifyReply {
  return reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    maxAge: Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000),
  });
}

/** Answers a sign-in: the cookie, and 201 with the user, what their role may do, and the CSRF token. */
export function sendSession<User extends { role: Role }>(
  reply: FastifyReply,
  user: User,
  session: NewSession,
  now: Date,
  mfaEnrolmentRequired?: boolean,
): FastifyReply {
  return setSessionCookie(reply, session, now)
    .code(201)
    .send({
      user,
      permissions: permissionsOf(user.role),
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
      ...(mfaEnrolmentRequired === undefined ? {} : { mfaEnrolmentRequired }),
    });
}
