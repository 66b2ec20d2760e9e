import { isStaff } from '../../platform/auth/access.ts';
import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import type { FastifyRequest } from 'fastify';
import {
  ConversationItem,
  ConversationParams,
  ConversationsQuery,
  ConversationView,
  ReplyBody,
  ResolveBody,
} from './conversations.schema.ts';
import { getConversation, listConversations, reply, resolve, type Writer } from './conversations.service.ts';
import { DecideDisputeBody, OpenDisputeBody } from './disputes.schema.ts';
import { decideDispute, openDispute } from './disputes.service.ts';

/** Who writes, and for which side: the rewards team and program admins write for the team. */
function writerOf(request: FastifyRequest): Writer {
  const principal = principalOf(request);
  return { userId: principal.userId, side: isStaff(principal) ? 'team' : 'publisher' };
}

export async function conversationsRoutes(app: App): Promise<void> {
  const { pool } = app.deps;
  const links = { publicUrl: app.deps.auth.publicUrl };
  const tags = ['conversations'];

  app.get(
    '/publishers/:publisherId/conversations',
    {
      config: { permission: 'read' },
      schema: {
        summary: "The publisher's support tickets, technical requests and disputes, the latest active first",
        tags,
        params: PublisherParams,
        querystring: ConversationsQuery,
        response: { 200: ItemsOf(ConversationItem), ...problems(401, 404, 422) },
      },
    },
    async (request) => ({
      items: await listConversations(
        pool,
        request.program,
        request.params.publisherId,
        request.query,
        request.now,
      ),
    }),
  );

  app.get(
    '/publishers/:publisherId/conversations/:conversationId',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'One conversation: the opening text, every reply and status change, and its clock',
        tags,
        params: ConversationParams,
        response: { 200: ConversationView, ...problems(401, 404) },
      },
    },
    async (request) => {
      const { publisherId, conversationId } = request.params;
      return getConversation(pool, request.program, publisherId, conversationId, request.now);
    },
  );

  app.post(
    '/publishers/:publisherId/conversations/:conversationId/replies',
    {
      config: { permission: 'conversations:reply' },
      schema: {
        summary: 'Reply: mailed to the other side; a publisher reply starts the clock again (and reopens)',
        tags,
        params: ConversationParams,
        body: ReplyBody,
        response: { 201: ConversationView, ...problems(401, 403, 404, 422) },
      },
    },
    async (request, reply_) => {
      const { publisherId, conversationId } = request.params;
      const writer = writerOf(request);
      const view = await auditedChange(pool, request, (tx) =>
        reply(tx, request.program, publisherId, conversationId, request.body, writer, request.now, links),
      );
      return reply_.code(201).send(view);
    },
  );

  app.post(
    '/publishers/:publisherId/conversations/:conversationId/resolve',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'Resolve a ticket, a technical request or a decided dispute (an undecided one is decided)',
        tags,
        params: ConversationParams,
        body: ResolveBody,
        response: { 200: ConversationView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { publisherId, conversationId } = request.params;
      const writer = writerOf(request);
      return auditedChange(pool, request, (tx) =>
        resolve(tx, request.program, publisherId, conversationId, request.body, writer, request.now, links),
      );
    },
  );

  app.post(
    '/publishers/:publisherId/disputes',
    {
      config: { permission: 'publisher:request' },
      schema: {
        summary:
          'Dispute a billed-sales line or the tier figure; the rewards team decides within the promise',
        tags,
        params: PublisherParams,
        body: OpenDisputeBody,
        response: { 201: ConversationView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply_) => {
      const { publisherId } = request.params;
      const by = principalOf(request).userId;
      const view = await auditedChange(pool, request, (tx) =>
        openDispute(tx, request.program, publisherId, request.body, by, request.now),
      );
      return reply_.code(201).send(view);
    },
  );

  app.post(
    '/publishers/:publisherId/disputes/:conversationId/decision',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'Decide a dispute: upheld (with an optional correction line) or rejected, with a note',
        tags,
        params: ConversationParams,
        body: DecideDisputeBody,
        response: { 200: ConversationView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { publisherId, conversationId } = request.params;
      const writer = writerOf(request);
      return auditedChange(pool, request, (tx) =>
        decideDispute(
          tx,
          request.program,
          publisherId,
          conversationId,
          request.body,
          writer,
          request.now,
          links,
        ),
      );
    },
  );
}
