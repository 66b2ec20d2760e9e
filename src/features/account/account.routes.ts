import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { AppError } from '../../platform/problems.ts';
import type { FastifyRequest } from 'fastify';
import {
  AccountView,
  CodeBody,
  EndedView,
  EnrolmentView,
  MfaRequirement,
  PasswordBody,
  RecoveryCodesView,
  SessionItem,
  SessionParams,
} from './account.schema.ts';
import {
  accountOf,
  changePassword,
  confirmEnrolment,
  disableMfa,
  endSession,
  listSessions,
  setMfaRequirement,
  startEnrolment,
} from './account.service.ts';
import { publisherRequiresMfa } from './account.queries.ts';
import { endSessionsOf } from '../../platform/auth/sessions.ts';

/** The session a person's request came with (every route here is for people with a session, not tokens). */
function sessionOf(request: FastifyRequest) {
  if (!request.session)
    throw new AppError('forbidden', 'The account page is for people signed in, not tokens.');
  return request.session;
}

export async function accountRoutes(app: App): Promise<void> {
  const { pool, auth } = app.deps;
  const tags = ['account'];

  app.get(
    '/account',
    {
      config: { permission: 'read', duringMfaEnrolment: true },
      schema: {
        summary:
          'Your account: whether two-step sign-in is on, required, and how many recovery codes are left',
        tags,
        response: { 200: AccountView, ...problems(401, 403) },
      },
    },
    async (request) => {
      sessionOf(request);
      const p = principalOf(request);
      const staff = p.role === 'rewards-team' || p.role === 'program-admin';
      const required =
        (staff && auth.requireStaffMfa) ||
        (p.publisherId !== null && (await publisherRequiresMfa(pool, p.publisherId)));
      return accountOf(pool, p.userId, required);
    },
  );

  app.post(
    '/account/mfa/enrolment',
    {
      config: { permission: 'read', duringMfaEnrolment: true },
      schema: {
        summary: 'Start setting up two-step sign-in: a new secret, as a QR code and as text, shown only now',
        tags,
        response: { 201: EnrolmentView, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      sessionOf(request);
      const p = principalOf(request);
      request.audit.action = 'mfa-enrolment-started';
      const view = await auditedChange(pool, request, (tx) =>
        startEnrolment(tx, { id: p.userId, email: p.email }, auth.mfaKey, request.now),
      );
      return reply.code(201).send(view);
    },
  );

  app.post(
    '/account/mfa/confirmation',
    {
      config: {
        permission: 'read',
        duringMfaEnrolment: true,
        rateLimit: { max: 10, timeWindow: '1 minute' },
      },
      schema: {
        summary: 'Turn two-step sign-in on with a first code from the app; answers ten recovery codes, once',
        tags,
        body: CodeBody,
        response: { 201: RecoveryCodesView, ...problems(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      sessionOf(request);
      const p = principalOf(request);
      request.audit.action = 'mfa-enabled';
      const codes = await auditedChange(pool, request, (tx) =>
        confirmEnrolment(tx, p.userId, request.body.code, auth.mfaKey, request.now),
      );
      return reply.code(201).send(codes);
    },
  );

  app.post(
    '/account/mfa/removal',
    {
      config: { permission: 'read', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        summary: 'Turn two-step sign-in off, with a code from the app or a recovery code',
        tags,
        body: CodeBody,
        response: { 204: { type: 'null' }, ...problems(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      sessionOf(request);
      const p = principalOf(request);
      request.audit.action = 'mfa-disabled';
      await auditedChange(pool, request, (tx) =>
        disableMfa(tx, p.userId, request.body.code, auth.mfaKey, request.now),
      );
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/account/password',
    {
      config: { permission: 'read', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        summary: 'Change your password (the current one required); ends every other session of yours',
        tags,
        body: PasswordBody,
        response: { 200: EndedView, ...problems(401, 403, 422) },
      },
    },
    async (request) => {
      const session = sessionOf(request);
      const p = principalOf(request);
      request.audit.action = 'password-changed';
      const ended = await auditedChange(pool, request, (tx) =>
        changePassword(
          tx,
          { id: p.userId, email: p.email, displayName: p.displayName },
          request.body,
          session.id,
          request.now,
        ),
      );
      return { ended };
    },
  );

  app.get(
    '/account/sessions',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'Your open sessions: browser, address, when signed in and last seen',
        tags,
        response: { 200: ItemsOf(SessionItem), ...problems(401, 403) },
      },
    },
    async (request) => {
      const session = sessionOf(request);
      return { items: await listSessions(pool, principalOf(request).userId, session.id, request.now) };
    },
  );

  app.delete(
    '/account/sessions/:sessionId',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'End one of your sessions (that browser is signed out at its next request)',
        tags,
        params: SessionParams,
        response: { 204: { type: 'null' }, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      sessionOf(request);
      request.audit.action = 'session-ended';
      request.audit.objectType = 'session';
      request.audit.objectId = request.params.sessionId;
      await auditedChange(pool, request, (tx) =>
        endSession(tx, principalOf(request).userId, request.params.sessionId, request.now),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/account/sessions/others/end',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'End every session of yours but this one',
        tags,
        response: { 200: EndedView, ...problems(401, 403) },
      },
    },
    async (request) => {
      const session = sessionOf(request);
      request.audit.action = 'other-sessions-ended';
      const ended = await auditedChange(pool, request, (tx) =>
        endSessionsOf(tx, principalOf(request).userId, request.now, session.id),
      );
      return { ended };
    },
  );

  app.get(
    '/publishers/:publisherId/mfa-requirement',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'Whether the publisher requires two-step sign-in of its users',
        tags,
        params: PublisherParams,
        response: { 200: MfaRequirement, ...problems(401, 403, 404) },
      },
    },
    async (request) => ({ required: await publisherRequiresMfa(pool, request.params.publisherId) }),
  );

  app.put(
    '/publishers/:publisherId/mfa-requirement',
    {
      config: { permission: 'publisher:security' },
      schema: {
        summary: "Require two-step sign-in of the publisher's users (its owners and program admins decide)",
        tags,
        params: PublisherParams,
        body: MfaRequirement,
        response: { 200: MfaRequirement, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      // Else the owner would lock themselves out of the page they are on.
      if (request.body.required && p.role === 'publisher-owner' && !request.session?.mfaEnabled)
        throw new AppError(
          'mfa-state-conflict',
          'Set up two-step sign-in for yourself first, then require it of your users.',
        );
      request.audit.action = 'mfa-requirement-set';
      request.audit.detail = request.body.required ? 'required' : 'optional';
      await auditedChange(pool, request, (tx) =>
        setMfaRequirement(tx, request.params.publisherId, request.body.required),
      );
      return { required: request.body.required };
    },
  );
}
