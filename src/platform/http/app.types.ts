// The application's types (its Fastify instance, what it is built from) and what the hooks add to Fastify's,
// apart from app.ts so that the modules app.ts wires in (principal, JSON bodies, API documents) can name them.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifySchema,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { OpenAPIV3_1 } from 'openapi-types';
import type pg from 'pg';
import type { Program, ProgramVersions } from '../../domain/program.ts';
import type { SessionPolicy } from '../auth/sessions.ts';
import type { Clock } from '../clock.ts';
import type { Permission, Principal } from '../auth/access.ts';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface AuthSettings extends SessionPolicy {
  publicUrl: string;
  oidc: { issuer: string; clientId: string; clientSecret: string } | null;
  /** Staff without a second factor may do nothing but enrol (REQUIRE_STAFF_MFA). */
  requireStaffMfa: boolean;
  /** Mail a person when they sign in from a browser they had not signed in from (SIGN_IN_NOTICES). */
  signInNotices: boolean;
  /** The key TOTP secrets are encrypted under (MFA_SECRET_KEY); null keeps them unencrypted. */
  mfaKey: Buffer | null;
}

export interface AppDeps {
  pool: pg.Pool;
  programs: ProgramVersions;
  clock: Clock;
  demoMode: boolean;
  logLevel: string;
  /** Requests per minute and client address, on every route. */
  requestsPerMinute: number;
  /** Proxies to trust in X-Forwarded-For (0: none). */
  trustProxyHops: number;
  /** Seconds a request has to arrive whole (headers and body); a slower one is answered 408 and closed. */
  requestTimeoutSeconds: number;
  /** Strict-Transport-Security max-age in seconds on every answer; 0 sends none (the service is not behind TLS). */
  hstsSeconds: number;
  auth: AuthSettings;
  /** Webhook subscriptions: which addresses a URL may reach (WEBHOOK_TARGETS), the secrets' key (WEBHOOK_SECRET_KEY). */
  webhooks: { targets: 'public' | 'loopback' | 'private'; secretKey: Buffer | null };
  /** The job workers of this process, when it runs them: /health/ready fails once they stopped. */
  workers?: { readonly state: 'running' | 'restarting' | 'stopped' };
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    /**
     * The request's one reading of the clock, taken as it arrives: the principal's session, the handler, its
     * services and the audit entry all use it, so a change and its entry carry the same time.
     */
    now: Date;
    /** The program version in force at `now`, looked up once (on first use). */
    program: Program;
  }
  interface FastifyContextConfig {
    /** What a route requires: `public` for no identity, otherwise a permission (access.ts). Required under /api. */
    permission?: Permission | 'public';
    /** Open to a person who must enrol a second factor first (their session, their account, enrolment). */
    duringMfaEnrolment?: boolean;
  }
  interface FastifyInstance {
    deps: AppDeps;
    /** Every API route with the permission it declared: the authorization matrix test is built from it. */
    /** The OpenAPI document's `webhooks` section: the events the service sends, added by the features that send them. */
    apiWebhooks: Record<string, OpenAPIV3_1.PathItemObject>;
    apiRoutes: {
      method: string;
      url: string;
      permission: Permission | 'public';
      schema: FastifySchema | undefined;
    }[];
  }
}

export type Feature = (app: App) => Promise<void>;
