// Webhook subscriptions over HTTP, twice: under a publisher (its owners and admins, and program admins) and at
// /webhooks for program admins (every subscription; program-wide ones are made there). The same handlers serve
// both; `reach` keeps a publisher's people to their own subscriptions (another publisher's answer 404).
import type { FastifyRequest } from 'fastify';
import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { webhooksDocument } from './webhooks.openapi.ts';
import type { Reach } from './webhooks.queries.ts';
import {
  CreatedSubscription,
  CreateProgramSubscriptionBody,
  CreateSubscriptionBody,
  DeliveriesQuery,
  DeliveryParams,
  DeliveryView,
  ProgramListQuery,
  PublisherDeliveryParams,
  PublisherSubscriptionParams,
  RotateSecretBody,
  SubscriptionParams,
  SubscriptionView,
  UpdateSubscriptionBody,
  type CreateProgramSubscriptionBody as CreateProgramBody,
} from './webhooks.schema.ts';
import {
  changeSubscription,
  createSubscription,
  getSubscription,
  listDeliveries,
  listSubscriptions,
  redeliver,
  removeSubscription,
  rotateSubscriptionSecret,
  sendTestEvent,
} from './webhooks.service.ts';

type Params = { publisherId?: string; subscriptionId: string; webhookDeliveryId?: string };

export async function webhooksRoutes(app: App): Promise<void> {
  const { pool } = app.deps;
  const config = app.deps.webhooks;
  Object.assign(app.apiWebhooks, webhooksDocument());
  const tags = ['webhooks'];
  const reachOf = (request: FastifyRequest): Reach => {
    const { publisherId } = request.params as Params;
    return publisherId ? { publisherId } : 'program';
  };

  app.get(
    '/publishers/:publisherId/webhooks',
    {
      config: { permission: 'webhooks:manage' },
      schema: {
        summary: "The publisher's webhook subscriptions (never their secrets)",
        tags,
        params: PublisherParams,
        response: { 200: ItemsOf(SubscriptionView), ...problems(401, 403, 404) },
      },
    },
    async (request) => ({ items: await listSubscriptions(pool, request.params.publisherId) }),
  );
  app.get(
    '/webhooks',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary: 'Every webhook subscription (program-wide first), or one publisher’s',
        tags,
        querystring: ProgramListQuery,
        response: { 200: ItemsOf(SubscriptionView), ...problems(401, 403) },
      },
    },
    async (request) => ({ items: await listSubscriptions(pool, request.query.publisherId) }),
  );

  app.post(
    '/publishers/:publisherId/webhooks',
    {
      config: { permission: 'webhooks:manage', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Subscribe a URL to events of the publisher; the signing secret is in this answer only',
        tags,
        params: PublisherParams,
        body: CreateSubscriptionBody,
        response: { 201: CreatedSubscription, ...problems(401, 403, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const created = await auditedChange(pool, request, (tx) =>
        createSubscription(
          tx,
          { ...request.body, publisherId: request.params.publisherId },
          principalOf(request).userId,
          config,
          now,
        ),
      );
      return reply.code(201).send(created);
    },
  );
  app.post(
    '/webhooks',
    {
      config: { permission: 'program:admin', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Subscribe a URL to every publisher’s events and the program’s (or one publisher’s)',
        tags,
        body: CreateProgramSubscriptionBody,
        response: { 201: CreatedSubscription, ...problems(401, 403, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const body: CreateProgramBody = request.body;
      const created = await auditedChange(pool, request, (tx) =>
        createSubscription(
          tx,
          { ...body, publisherId: body.publisherId ?? null },
          principalOf(request).userId,
          config,
          now,
        ),
      );
      return reply.code(201).send(created);
    },
  );

  // The routes on one subscription, under both prefixes.
  for (const scope of ['publisher', 'program'] as const) {
    const prefix = scope === 'publisher' ? '/publishers/:publisherId/webhooks' : '/webhooks';
    const permission = scope === 'publisher' ? 'webhooks:manage' : 'program:admin';
    const params = scope === 'publisher' ? PublisherSubscriptionParams : SubscriptionParams;
    const deliveryParams = scope === 'publisher' ? PublisherDeliveryParams : DeliveryParams;
    const id = (request: FastifyRequest) => (request.params as Params).subscriptionId;

    app.get(
      `${prefix}/:subscriptionId`,
      {
        config: { permission },
        schema: {
          summary: 'A webhook subscription',
          tags,
          params,
          response: { 200: SubscriptionView, ...problems(401, 403, 404) },
        },
      },
      async (request) => getSubscription(pool, id(request), reachOf(request)),
    );
    app.patch(
      `${prefix}/:subscriptionId`,
      {
        config: { permission },
        schema: {
          summary: 'Change its URL, events or note; disable it, or enable it again',
          tags,
          params,
          body: UpdateSubscriptionBody,
          response: { 200: SubscriptionView, ...problems(401, 403, 404, 422) },
        },
      },
      async (request) =>
        auditedChange(pool, request, (tx) =>
          changeSubscription(tx, id(request), reachOf(request), request.body, config, request.now),
        ),
    );
    app.post(
      `${prefix}/:subscriptionId/secret`,
      {
        config: { permission, rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          summary:
            'Rotate the signing secret: the new one is in this answer only; the old one signs too for a while',
          tags,
          params,
          body: RotateSecretBody,
          response: { 200: CreatedSubscription, ...problems(401, 403, 404, 422, 429) },
        },
      },
      async (request) =>
        auditedChange(pool, request, (tx) =>
          rotateSubscriptionSecret(
            tx,
            id(request),
            reachOf(request),
            request.body.overlapHours ?? 24,
            config,
          ),
        ),
    );
    app.post(
      `${prefix}/:subscriptionId/test`,
      {
        config: { permission, rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          summary: 'Send a webhook.test event to this subscription only',
          tags,
          params,
          response: { 202: DeliveryView, ...problems(401, 403, 404, 409, 429) },
        },
      },
      async (request, reply) => {
        const made = await auditedChange(pool, request, (tx) =>
          sendTestEvent(tx, id(request), reachOf(request), request.now),
        );
        return reply.code(202).send(made);
      },
    );
    app.get(
      `${prefix}/:subscriptionId/deliveries`,
      {
        config: { permission },
        schema: {
          summary:
            'Its delivery log, newest first: each delivery with every attempt and the status code received',
          tags,
          params,
          querystring: DeliveriesQuery,
          response: { 200: ItemsOf(DeliveryView), ...problems(401, 403, 404) },
        },
      },
      async (request) => ({
        items: await listDeliveries(pool, id(request), reachOf(request), request.query),
      }),
    );
    app.post(
      `${prefix}/:subscriptionId/deliveries/:webhookDeliveryId/redeliver`,
      {
        config: { permission, rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: {
          summary: 'Send a delivered, failed or cancelled delivery again, with the same webhook-id',
          tags,
          params: deliveryParams,
          response: { 200: DeliveryView, ...problems(401, 403, 404, 409, 429) },
        },
      },
      async (request) =>
        auditedChange(pool, request, (tx) =>
          redeliver(tx, id(request), reachOf(request), (request.params as Params).webhookDeliveryId!),
        ),
    );
  }

  // Removal last: the authorization matrix runs the routes in this order, and a removed subscription answers 404.
  for (const scope of ['publisher', 'program'] as const) {
    const prefix = scope === 'publisher' ? '/publishers/:publisherId/webhooks' : '/webhooks';
    const permission = scope === 'publisher' ? 'webhooks:manage' : 'program:admin';
    const params = scope === 'publisher' ? PublisherSubscriptionParams : SubscriptionParams;
    const id = (request: FastifyRequest) => (request.params as Params).subscriptionId;
    app.delete(
      `${prefix}/:subscriptionId`,
      {
        config: { permission },
        schema: {
          summary: 'Remove the subscription and its delivery log',
          tags,
          params,
          response: { 204: { type: 'null' }, ...problems(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await auditedChange(pool, request, (tx) => removeSubscription(tx, id(request), reachOf(request)));
        return reply.code(204).send(null);
      },
    );
  }
}
