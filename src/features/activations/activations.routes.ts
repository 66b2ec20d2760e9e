import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { ActivateBody, ActivationParams, ActivationView } from './activations.schema.ts';
import {
  activateBenefit,
  findRepeatedActivation,
  getActivation,
  listActivations,
} from './activations.service.ts';

export async function activationsRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.post(
    '/publishers/:publisherId/activations',
    {
      config: { permission: 'publisher:manage' },
      schema: {
        summary: 'Activate a benefit (S8); activating it again returns the same activation with 200',
        tags: ['activations'],
        params: PublisherParams,
        body: ActivateBody,
        response: { 201: ActivationView, 200: ActivationView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { publisherId } = request.params;
      const { now, program } = request;
      const { benefitId } = request.body;
      // A repeat changes nothing: no transaction; its audit entry is written as the answer leaves (onSend).
      const repeated = await findRepeatedActivation(pool, program, publisherId, benefitId, now);
      const outcome = repeated
        ? { created: false, activation: repeated }
        : await auditedChange(pool, request, (tx) =>
            activateBenefit(tx, program, publisherId, benefitId, principal.userId, now),
          );
      return reply
        .code(outcome.created ? 201 : 200)
        .header('location', `/api/v1/publishers/${publisherId}/activations/${outcome.activation.id}`)
        .send(outcome.activation);
    },
  );

  app.get(
    '/publishers/:publisherId/activations',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'Activations with their one-week clocks',
        tags: ['activations'],
        params: PublisherParams,
        response: { 200: ItemsOf(ActivationView), ...problems(401, 404) },
      },
    },
    async (request) => {
      const { now } = request;
      return { items: await listActivations(pool, request.program, request.params.publisherId, now) };
    },
  );

  app.get(
    '/publishers/:publisherId/activations/:activationId',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'One activation',
        tags: ['activations'],
        params: ActivationParams,
        response: { 200: ActivationView, ...problems(401, 404) },
      },
    },
    async (request) => {
      const { now } = request;
      return getActivation(
        pool,
        request.program,
        request.params.publisherId,
        request.params.activationId,
        now,
      );
    },
  );
}
