// The HTTP application: validation, errors as problem+json, the principal, OpenAPI, and every feature's routes.
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyError, type FastifyRequest } from 'fastify';
import { assertPermission, assertVisiblePublisher, canSeePublisher, type Principal } from '../auth/access.ts';
import { registerApiDocuments } from './api-documents.ts';
import { sendProblem, toAppError } from './errors.ts';
import { useJsonBodies } from './json-body.ts';
import { Problem } from './schemas.ts';
import { AppError } from '../problems.ts';
import { isAudited, writeAudit } from './audit.ts';
import { resolvePrincipal } from './principal.ts';
import type { Program } from '../../domain/program.ts';
import type { App, AppDeps, Feature } from './app.types.ts';

export type { App, AppDeps, AuthSettings, Feature } from './app.types.ts';
export { systemClock, type Clock } from '../clock.ts';

/** The principal of a route that declared a permission; the hook guarantees it is there. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('unauthenticated', 'This request carries no identity.');
  return request.principal;
}

/** `features` are served under /api/v1; `pages` at the root. */
export async function buildApp(deps: AppDeps, features: Feature[], pages: Feature[] = []): Promise<App> {
  const app = Fastify({
    logger: {
      level: deps.logLevel,
      // Query strings can carry one-time secrets (a sign-on code, a state): logs keep the path only.
      serializers: {
        req: (request: { method: string; url: string; ip?: string }) => ({
          method: request.method,
          url: request.url.split('?')[0],
          remoteAddress: request.ip,
        }),
      },
    },
    bodyLimit: 1024 * 1024,
    // A body sent a byte at a time must not hold a connection: the whole request arrives within the timeout,
    // checked every second (Node checks every 30 s by default). Node applies it only when given at the server's
    // creation, with a headers timeout no longer than it.
    requestTimeout: deps.requestTimeoutSeconds * 1000,
    http: {
      requestTimeout: deps.requestTimeoutSeconds * 1000,
      headersTimeout: Math.min(60_000, deps.requestTimeoutSeconds * 1000),
      connectionsCheckingInterval: 1000,
    },
    // The client's address (rate limits, audit) comes from X-Forwarded-For only behind a trusted proxy.
    trustProxy:
      deps.trustProxyHops > 0 ? (_address: string, hop: number) => hop < deps.trustProxyHops : false,
    ajv: { customOptions: {} },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('deps', deps);
  const apiRoutes: App['apiRoutes'] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.decorateRequest('principal', null);
  app.decorateRequest('session', null);
  app.decorateRequest('namedPublisherExists', null);
  app.decorateRequest('audit', {
    getter(this: { _audit?: object }) {
      return (this._audit ??= {});
    },
  });
  // One reading of the clock per request, taken as it arrives (the hook below, first of all; a request answered
  // before any hook, such as a bad URL, reads it on first use), and the program version in force then, looked up
  // on first use (a page or a health check needs none). Handlers and the audit trail use these, never the clock.
  app.decorateRequest('now', {
    getter(this: FastifyRequest & { _now?: Date }) {
      return (this._now ??= deps.clock.now());
    },
  });
  app.decorateRequest('program', {
    getter(this: FastifyRequest & { _program?: Program }) {
      return (this._program ??= deps.programs.at(this.now));
    },
  });
  app.addHook('onRequest', async (request) => {
    void request.now;
  });
  await app.register(cookie);
  // Every client address gets `requestsPerMinute`; sign-in, invitation and token routes set stricter limits.
  // (It also bounds how fast anyone can write to the audit trail with refused requests.)
  await app.register(rateLimit, {
    global: true,
    max: deps.requestsPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'rate-limited',
        `Too many requests: at most ${context.max} per ${context.after}. Try again later.`,
      ),
  });

  // Bodies are validated exactly (no coercion, no silent removal of unknown fields); path and query
  // strings are coerced to the declared types.
  const strict = addFormats.default(
    new Ajv({
      allErrors: true,
      coerceTypes: false,
      removeAdditional: false,
      useDefaults: true,
      strict: false,
    }),
  );
  const coercing = addFormats.default(
    new Ajv({
      allErrors: true,
      coerceTypes: 'array',
      removeAdditional: false,
      useDefaults: true,
      strict: false,
    }),
  );
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema),
  );

  useJsonBodies(app);

  // Who is asking, and may they: a route-level hook, added after the rate limiter's, so that refused requests
  // count against the client's limit too.
  const authenticate = async (request: FastifyRequest) => {
    const permission = request.routeOptions.config.permission;
    if (!permission || permission === 'public') return;
    request.principal = await resolvePrincipal(request, deps);
    assertPermission(request.principal, permission);
    if (request.session?.mfaEnrolmentRequired && !request.routeOptions.config.duringMfaEnrolment)
      throw new AppError(
        'mfa-enrolment-required',
        'Set up two-step sign-in on your account page (/account) first; until then nothing else is open to you.',
      );
  };
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    route.onRequest = [...[route.onRequest ?? []].flat(), authenticate];
    const permission = route.config?.permission;
    if (!permission)
      throw new Error(`Route ${String(route.method)} ${route.url} declares no config.permission`);
    // Answers every route can give, declared once: a bad path, query or body (422), no identity (401), a failure (500).
    if (route.schema?.response) {
      const response = route.schema.response as Record<number, unknown>;
      const hasInput = route.schema.params || route.schema.querystring || route.schema.body;
      if (hasInput) response[422] ??= Problem;
      if (permission !== 'public') response[401] ??= Problem;
      response[500] ??= Problem;
    }
    for (const method of [route.method].flat())
      if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, permission, schema: route.schema });
  });

  // The object-level tenant check, for every route under a publisher: another publisher's id, or one that does
  // not exist, answers 404 before any handler runs.
  app.addHook('preHandler', async (request) => {
    const { publisherId } = (request.params ?? {}) as { publisherId?: string };
    if (!publisherId || !request.principal) return;
    request.audit.denied = !canSeePublisher(request.principal, publisherId);
    assertVisiblePublisher(request.principal, publisherId);
    // A publisher's own people need no look-up: their user row references the publisher, and publishers are
    // never deleted. Staff and API tokens see every publisher, so the id they name is looked up: by the statement
    // that resolved the session, or else here.
    if (request.principal.publisherId === publisherId) return;
    const found =
      request.namedPublisherExists ??
      ((await deps.pool.query('SELECT 1 FROM publishers WHERE id = $1', [publisherId])).rowCount ?? 0) > 0;
    if (!found) throw new AppError('not-found', 'No publisher with that id is visible to you.');
  });

  // No answer is read as another type than it says; the API's answers are one person's data, some with the CSRF
  // token: no cache keeps them (a route that may be cached says so itself).
  app.addHook('onSend', async (request, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff');
    if (deps.hstsSeconds > 0) void reply.header('strict-transport-security', `max-age=${deps.hstsSeconds}`);
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      void reply.header('cache-control', 'no-store');
    return payload;
  });

  // Written before the answer leaves, so a client that saw an answer can find it in the trail.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!isAudited(request, reply)) return payload;
    try {
      await writeAudit(deps.pool, request, reply);
    } catch (error) {
      request.log.error({ err: error }, 'audit write failed');
    }
    return payload;
  });

  app.setErrorHandler((error: FastifyError, request, reply) =>
    sendProblem(request, reply, toAppError(error, request)),
  );
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      new AppError('not-found', `No route ${request.method} ${request.url.split('?')[0]}.`),
    ),
  );

  await registerApiDocuments(app);
  app.get('/health/live', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.pool.query('SELECT 1');
    } catch {
      return reply.code(503).send({ status: 'database unavailable' });
    }
    // Workers that lost their connection start again on their own (restarting); stopped ones need a restart.
    if (deps.workers?.state === 'stopped') return reply.code(503).send({ status: 'workers stopped' });
    return { status: 'ok', ...(deps.workers ? { workers: deps.workers.state } : {}) };
  });
  for (const feature of features) await app.register(feature, { prefix: '/api/v1' });
  for (const page of pages) await app.register(page);
  return app;
}
