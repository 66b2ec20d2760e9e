import type { FastifyRequest } from 'fastify';
import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { decideOfferChange } from './offer-changes.service.ts';
import {
  ChangeRequestParams,
  CreateOfferBody,
  DecisionBody,
  OfferParams,
  OfferView,
  StatusBody,
  UpdateOfferBody,
} from './offers.schema.ts';
import {
  changeOfferStatus,
  createOffer,
  getOffer,
  listOffers,
  updateOffer,
  type OfferEditor,
} from './offers.service.ts';

/** A program admin sets an offer's marketplace facts; a publisher's people ask for them. */
function editorOf(request: FastifyRequest): OfferEditor {
  const p = principalOf(request);
  return p.role === 'program-admin'
    ? { kind: 'program-admin', userId: p.userId }
    : { kind: 'publisher', userId: p.userId };
}

export async function offersRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.get(
    '/publishers/:publisherId/offers',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'Offers, with the welcome clock of each live one (S3, S11)',
        tags: ['offers'],
        params: PublisherParams,
        response: { 200: ItemsOf(OfferView), ...problems(401, 404) },
      },
    },
    async (request) => {
      const { now } = request;
      return { items: await listOffers(pool, request.program, request.params.publisherId, now) };
    },
  );

  app.post(
    '/publishers/:publisherId/offers',
    {
      config: { permission: 'publisher:manage' },
      schema: {
        summary:
          "Add an offer (as a draft); a publisher's listing option, co-sell readiness and markets wait for confirmation",
        tags: ['offers'],
        params: PublisherParams,
        body: CreateOfferBody,
        response: { 201: OfferView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const offer = await auditedChange(pool, request, (tx) =>
        createOffer(tx, request.program, request.params.publisherId, request.body, editorOf(request), now),
      );
      return reply.code(201).send(offer);
    },
  );

  app.get(
    '/publishers/:publisherId/offers/:offerId',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'One offer',
        tags: ['offers'],
        params: OfferParams,
        response: { 200: OfferView, ...problems(401, 404) },
      },
    },
    async (request) => {
      const { now } = request;
      return getOffer(pool, request.program, request.params.publisherId, request.params.offerId, now);
    },
  );

  app.patch(
    '/publishers/:publisherId/offers/:offerId',
    {
      config: { permission: 'publisher:manage' },
      schema: {
        summary:
          "Change an offer's name, owner or privacy; ask for a change of its listing option, co-sell readiness or markets",
        tags: ['offers'],
        params: OfferParams,
        body: UpdateOfferBody,
        response: { 200: OfferView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { now } = request;
      const { publisherId, offerId } = request.params;
      return auditedChange(pool, request, (tx) =>
        updateOffer(tx, request.program, publisherId, offerId, request.body, editorOf(request), now),
      );
    },
  );

  app.post(
    '/publishers/:publisherId/offers/:offerId/change-requests/:requestId/decision',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary:
          "Confirm or decline a publisher's change to an offer's listing option, co-sell readiness or markets",
        tags: ['offers'],
        params: ChangeRequestParams,
        body: DecisionBody,
        response: { 200: OfferView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { now } = request;
      const { publisherId, offerId } = request.params;
      const by = principalOf(request).userId;
      return auditedChange(pool, request, async (tx) => {
        await decideOfferChange(tx, request.program, request.params, request.body, by, now);
        return getOffer(tx, request.program, publisherId, offerId, now);
      });
    },
  );

  app.post(
    '/publishers/:publisherId/offers/:offerId/status',
    {
      config: { permission: 'offers:publish' },
      schema: {
        summary: 'Report an offer live or delisted (the marketplace feed)',
        tags: ['offers'],
        params: OfferParams,
        body: StatusBody,
        response: { 200: OfferView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { now } = request;
      const { publisherId, offerId } = request.params;
      return auditedChange(pool, request, (tx) =>
        changeOfferStatus(tx, request.program, publisherId, offerId, request.body.status, now),
      );
    },
  );
}
