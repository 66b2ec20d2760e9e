import Type from 'typebox';
import { inTransaction } from '../../platform/db/pool.ts';
import type { App } from '../../platform/http/app.ts';
import { problems } from '../../platform/http/schemas.ts';
import { SessionView } from '../sessions/sessions.schema.ts';
import { SIGN_IN_RATE, sendSession } from '../../platform/http/session-cookie.ts';
import { ACCEPT_PAGE } from './accept-page.ts';
import { acceptInvitation } from './invitations.service.ts';

/** The page invitation links open, served at the root (not under /api/v1). */
export async function invitationPage(app: App): Promise<void> {
  app.get('/accept-invitation', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('referrer-policy', 'no-referrer')
      .header('cache-control', 'no-store')
      .header(
        'content-security-policy',
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'",
      )
      .send(ACCEPT_PAGE),
  );
}

export async function invitationsRoutes(app: App): Promise<void> {
  const { pool, auth } = app.deps;

  app.post(
    '/invitations/accept',
    {
      config: { permission: 'public', rateLimit: SIGN_IN_RATE },
      schema: {
        summary: 'Set your password through an invitation link, and sign in',
        tags: ['sessions'],
        security: [],
        body: Type.Object(
          {
            token: Type.String({ minLength: 10, maxLength: 200 }),
            password: Type.String({ maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: SessionView, ...problems(410, 422, 429) },
      },
    },
    async (request, reply) => {
      request.audit.action = 'accept-invitation';
      const { now } = request;
      const meta = { ip: request.ip, userAgent: request.headers['user-agent'] };
      const { user, session } = await inTransaction(pool, (tx) =>
        acceptInvitation(tx, request.body.token, request.body.password, auth, now, meta),
      );
      request.audit.actorLabel = user.email;
      request.audit.objectId = user.id;
      request.audit.objectType = 'user';
      return sendSession(reply, user, session, now);
    },
  );
}
