import { endSession, SESSION_COOKIE } from '../../platform/auth/sessions.ts';
import { inTransaction } from '../../platform/db/pool.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { permissionsOf } from '../../platform/auth/access.ts';
import { AppError } from '../../platform/problems.ts';
import { problems } from '../../platform/http/schemas.ts';
import { sendSession, SIGN_IN_RATE } from '../../platform/http/session-cookie.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MfaChallengeView, SecondStepBody, SessionView, SignInBody } from './sessions.schema.ts';
import {
  DEVICE_COOKIE,
  DEVICE_DAYS,
  signInWithCode,
  signInWithPassword,
  type SignInOutcome,
  type SignInSettings,
} from './sessions.service.ts';

export async function sessionsRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.post(
    '/session',
    {
      config: { permission: 'public', rateLimit: SIGN_IN_RATE },
      schema: {
        summary:
          'Sign in with email and password; sets the session cookie, or (202) asks for the second factor',
        tags: ['sessions'],
        security: [],
        body: SignInBody,
        response: { 201: SessionView, 202: MfaChallengeView, ...problems(401, 422, 429) },
      },
    },
    async (request, reply) => {
      request.audit.action = 'sign-in';
      // Only what looks like an address is recorded: a password typed in the wrong field must not land here.
      const attempted = request.body.email.trim().toLowerCase();
      request.audit.actorLabel = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/.test(attempted)
        ? attempted
        : '(not an email address)';
      const meta = {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        device: request.cookies[DEVICE_COOKIE],
      };
      const { now } = request;
      const settings = signInSettings(app);
      const outcome = await inTransaction(pool, (tx) =>
        signInWithPassword(tx, request.body.email, request.body.password, settings, now, meta),
      );
      if (!outcome.ok && outcome.reason === 'backoff') {
        reply.header('retry-after', String(outcome.retryAfterSeconds));
        throw new AppError(
          'signin-backoff',
          `Too many failed sign-ins for this address; try again in ${outcome.retryAfterSeconds} s.`,
        );
      }
      if (!outcome.ok) throw new AppError('invalid-credentials', 'The email or the password is wrong.');
      if (outcome.ok === 'mfa') {
        request.audit.action = 'sign-in-password';
        return reply.code(202).send({
          mfaRequired: true,
          challenge: outcome.challenge,
          expiresAt: outcome.expiresAt.toISOString(),
        });
      }
      return signedIn(request, reply, outcome, now);
    },
  );

  app.post(
    '/session/mfa',
    {
      config: { permission: 'public', rateLimit: SIGN_IN_RATE },
      schema: {
        summary:
          'Sign in, second step: the challenge and a code from the authenticator app (or a recovery code)',
        tags: ['sessions'],
        security: [],
        body: SecondStepBody,
        response: { 201: SessionView, ...problems(401, 422, 429) },
      },
    },
    async (request, reply) => {
      request.audit.action = 'sign-in';
      const { now } = request;
      const meta = {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        device: request.cookies[DEVICE_COOKIE],
      };
      const settings = signInSettings(app);
      const outcome = await inTransaction(pool, (tx) =>
        signInWithCode(tx, request.body.challenge, request.body.code, settings, now, meta),
      );
      if (!outcome.ok && outcome.reason === 'backoff') {
        reply.header('retry-after', String(outcome.retryAfterSeconds));
        throw new AppError(
          'signin-backoff',
          `Too many wrong codes for this account; try again in ${outcome.retryAfterSeconds} s.`,
        );
      }
      if (!outcome.ok && outcome.reason === 'expired')
        throw new AppError(
          'mfa-challenge-expired',
          'This sign-in has expired; sign in with your password again.',
        );
      if (!outcome.ok) throw new AppError('invalid-mfa-code', 'The code is wrong or was used already.');
      return signedIn(request, reply, outcome, now);
    },
  );

  app.get(
    '/session',
    {
      config: { permission: 'read', duringMfaEnrolment: true },
      schema: {
        summary: 'Who you are signed in as, and the CSRF token',
        tags: ['sessions'],
        response: { 200: SessionView, ...problems(401) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (!request.session || principal.role === 'marketplace-feed')
        throw new AppError('unauthenticated', 'An API token has no session; sign in as a person.');
      return {
        user: {
          id: principal.userId,
          email: principal.email,
          displayName: principal.displayName,
          role: principal.role,
          publisherId: principal.publisherId,
        },
        permissions: permissionsOf(principal.role),
        csrfToken: request.session.csrfToken,
        expiresAt: request.session.expiresAt.toISOString(),
        mfaEnrolmentRequired: request.session.mfaEnrolmentRequired,
      };
    },
  );

  app.delete(
    '/session',
    {
      config: { permission: 'read', duringMfaEnrolment: true },
      schema: {
        summary: 'Sign out: ends the session at once',
        tags: ['sessions'],
        response: { 204: { type: 'null' }, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      await endSession(pool, request.cookies[SESSION_COOKIE] ?? '', request.now);
      request.audit.action = 'sign-out';
      return reply
        .clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' })
        .code(204)
        .send(null);
    },
  );
}

function signInSettings(app: App): SignInSettings {
  const { auth } = app.deps;
  return auth;
}

/** Answers a completed sign-in: the audit entry's subject, the device cookie when new, the session. */
function signedIn(
  request: FastifyRequest,
  reply: FastifyReply,
  outcome: Extract<SignInOutcome, { ok: true }>,
  now: Date,
): FastifyReply {
  request.audit.objectId = outcome.user.id;
  request.audit.objectType = 'user';
  request.audit.publisherId = outcome.user.publisherId ?? undefined;
  // This browser may sign in to the account while it is guessed at from elsewhere (sessions.service.ts).
  if (outcome.device)
    reply.setCookie(DEVICE_COOKIE, outcome.device, {
      path: '/',
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      maxAge: DEVICE_DAYS * 86_400,
    });
  return sendSession(reply, outcome.user, outcome.session, now, outcome.mfaEnrolmentRequired);
}
