import { inTransaction } from '../../platform/db/pool.ts';
import type { App } from '../../platform/http/app.ts';
import { problems } from '../../platform/http/schemas.ts';
import { SessionView } from '../sessions/sessions.schema.ts';
import { SIGN_IN_RATE, sendSession } from '../../platform/http/session-cookie.ts';
import { AcceptBody, InvitationLookup, TokenBody } from './invitations.schema.ts';
import { acceptInvitation, lookupInvitation } from './invitations.service.ts';

// The page an invitation link opens (/accept-invitation) is the portal's (web/src/pages/AcceptInvitationPage.tsx).
export async function invitationsRoutes(app: App): Promise<void> {
  const { pool, auth } = app.deps;

  app.post(
    '/invitations/lookup',
    {
      config: { permission: 'public', rateLimit: SIGN_IN_RATE },
      schema: {
        summary:
          'What an invitation link is: who invited whom, to which publisher, and whether it still works',
        description: 'A POST, so that the token travels in the body and never in a URL that a log keeps.',
        tags: ['sessions'],
        security: [],
        body: TokenBody,
        response: { 200: InvitationLookup, ...problems(422, 429) },
      },
    },
    async (request) => lookupInvitation(pool, request.body.token, request.now),
  );

  app.post(
    '/invitations/accept',
    {
      config: { permission: 'public', rateLimit: SIGN_IN_RATE },
      schema: {
        summary: 'Set your password (and name) through an invitation link, and sign in',
        tags: ['sessions'],
        security: [],
        body: AcceptBody,
        response: { 201: SessionView, ...problems(410, 422, 429) },
      },
    },
    async (request, reply) => {
      request.audit.action = 'accept-invitation';
      const { now } = request;
      const meta = { ip: request.ip, userAgent: request.headers['user-agent'] };
      const { user, session } = await inTransaction(pool, (tx) =>
        acceptInvitation(tx, request.body, auth, now, meta),
      );
      request.audit.actorLabel = user.email;
      request.audit.objectId = user.id;
      request.audit.objectType = 'user';
      return sendSession(reply, user, session, now);
    },
  );
}
