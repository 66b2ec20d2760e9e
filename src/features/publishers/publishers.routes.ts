import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { problems, PublisherParams } from '../../platform/http/schemas.ts';
import Type from 'typebox';
import { InvitationView } from '../invitations/invitations.schema.ts';
import { CreatePublisherBody, PublishersPage, PublishersQuery, PublisherView } from './publishers.schema.ts';
import { createPublisher, getPublisher, listPublishers, moveToCompany } from './publishers.service.ts';

const CreatedPublisherView = Type.Object(
  { ...PublisherView.properties, ownerInvitation: InvitationView },
  { additionalProperties: false },
);

export async function publishersRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.post(
    '/publishers',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary: 'Register a publisher with its MPN ID and owner (S1)',
        tags: ['publishers'],
        body: CreatePublisherBody,
        response: { 201: CreatedPublisherView, ...problems(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const invite = { by: principalOf(request).userId, publicUrl: app.deps.auth.publicUrl };
      const publisher = await auditedChange(pool, request, (tx) =>
        createPublisher(tx, request.body, invite, request.now),
      );
      request.audit.objectId = publisher.id;
      request.audit.publisherId = publisher.id;
      return reply.code(201).header('location', `/api/v1/publishers/${publisher.id}`).send(publisher);
    },
  );

  app.get(
    '/publishers',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'Find publishers by a part of their name, MPN ID or an email address, a page by name',
        description:
          "Staff find among every publisher, a publisher's user its own. Pages of `limit` (50 by default), " +
          '`offset` publishers in; `hasMore` says whether another page follows.',
        tags: ['publishers'],
        querystring: PublishersQuery,
        response: { 200: PublishersPage, ...problems(401, 422) },
      },
    },
    async (request) => listPublishers(pool, principalOf(request), request.query),
  );

  app.get(
    '/publishers/:publisherId',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'One publisher',
        tags: ['publishers'],
        params: PublisherParams,
        response: { 200: PublisherView, ...problems(401, 404) },
      },
    },
    async (request) => {
      return getPublisher(pool, request.params.publisherId);
    },
  );

  app.put(
    '/publishers/:publisherId/company',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary: "Roll a publisher profile up into a company (L2): tiers count every profile's billed sales",
        description: 'Give the companyId of another publisher to join its company. Every tier is recomputed.',
        tags: ['publishers'],
        params: PublisherParams,
        body: Type.Object({ companyId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 200: PublisherView, ...problems(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const { now } = request;
      return auditedChange(pool, request, (tx) =>
        moveToCompany(tx, request.program, request.params.publisherId, request.body.companyId, now),
      );
    },
  );
}
