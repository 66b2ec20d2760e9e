// What the API says about itself: the OpenAPI 3.1 document, its interactive reference at /docs, and a page for
// every problem type at /problems/<code>.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { App } from './app.types.ts';
import { AppError, PROBLEMS, type ProblemCode } from '../problems.ts';

export async function registerApiDocuments(app: App): Promise<void> {
  // Filled by the features that send webhooks, before the document is first made (read by reference).
  const webhooks: Record<string, OpenAPIV3_1.PathItemObject> = {};
  app.decorate('apiWebhooks', webhooks);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Marketplace Rewards API',
        version: '1',
        description:
          'The partner rewards program of a marketplace: eligibility, marketing contacts, activations, technical ' +
          'requests, support tickets and the rewards team queue. Errors are RFC 9457 problem+json.',
      },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: '__Host-session',
            description:
              'Set by POST /api/v1/session. Changes also need the X-CSRF-Token header from sign-in.',
          },
          apiToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API token with scopes (the marketplace feed).',
          },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
      webhooks,
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // Its own scripts and styles only (hashed by the plugin), framed by nobody; the demo serves plain http, so
    // no upgrade of its requests to https.
    staticCSP: true,
    transformStaticCSP: (header: string) =>
      header
        .replace(/frame-ancestors [^;]*;/, "frame-ancestors 'none';")
        .replace(/\s*upgrade-insecure-requests;?/, ''),
  });

  app.get('/openapi.json', { schema: { hide: true }, config: { permission: 'public' } }, async () =>
    app.swagger(),
  );
  app.get<{ Params: { code: string } }>(
    '/problems/:code',
    { schema: { hide: true } },
    async (request, reply) => {
      const code = request.params.code;
      const entry = Object.hasOwn(PROBLEMS, code) ? PROBLEMS[code as ProblemCode] : undefined;
      if (!entry) throw new AppError('not-found', `No problem type ${request.params.code}.`);
      return reply.send({
        type: `/problems/${request.params.code}`,
        status: entry.status,
        title: entry.title,
        description: entry.doc,
      });
    },
  );
}
