import { auditedChange } from '../../platform/http/audit.ts';
import type { App } from '../../platform/http/app.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { CreateOfferBody, OfferParams, OfferView, StatusBody, UpdateOfferBody } from './offers.schema.ts';
import { changeOfferStatus, createOffer, getOffer, listOffers, updateOffer } from './offers.service.ts';

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
        summary: 'Add an offer (as a draft)',
        tags: ['offers'],
        params: PublisherParams,
        body: CreateOfferBody,
        response: { 201: OfferView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const offer = await auditedChange(pool, request, (tx) =>
        createOffer(tx, request.program, request.params.publisherId, request.body, now),
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
        summary: "Change an offer's name, owner, privacy, co-sell readiness or markets",
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
        updateOffer(tx, request.program, publisherId, offerId, request.body, now),
      );
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
