// The HTTP app on a fresh database, with a clock the test moves, and factories that go through the API.
import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { after } from 'node:test';
import type pg from 'pg';
import { sweepClocks } from '../../src/features/clocks/clocks.service.ts';
import {
  ProgramCatalog,
  storeProgramVersions,
  type ProgramVersion,
} from '../../src/features/program/program.service.ts';
import { inTransaction } from '../../src/platform/db/pool.ts';
import { insertUser } from '../../src/features/users/users.queries.ts';
import { buildApp, type App, type AuthSettings, type Clock } from '../../src/platform/http/app.ts';
import { FEATURES, PAGES } from '../../src/server.ts';
import { freshDatabase } from './db.ts';

export class TestClock implements Clock {
  private current: Date;
  private perRead = 0;
  constructor(start: Date) {
    this.current = start;
  }
  now(): Date {
    const read = new Date(this.current);
    this.current = new Date(this.current.getTime() + this.perRead);
    return read;
  }
  /** Moves the clock on by `ms` after every read (0, the default: it stands still), so two reads differ. */
  tickOnRead(ms: number): void {
    this.perRead = ms;
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

/** Every test user's password: accepted invitations set it, staff users are created with it. */
export const TEST_PASSWORD = 'lantern orbit pickle meadow';

export interface TestContext {
  app: App;
  /** The app's pool: the service's database role, which reads and writes rows only (roles.ts). */
  pool: pg.Pool;
  /** The schema owner's pool, for what a test does that the service may not (DDL, the migrations' record). */
  ownerPool: pg.Pool;
  clock: TestClock;
  adminEmail: string;
  teamEmail: string;
  /**
   * Calls the API. `as` is a user's email (signed in once with TEST_PASSWORD, then the session cookie and its
   * CSRF token are sent) or an API token (`mrt_...`, sent as Bearer). Invitation links in an answer (a user or a
   * publisher created) are accepted with TEST_PASSWORD, as the invited person would, so they can act next.
   */
  call<T = any>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    options?: { as?: string; body?: unknown; headers?: Record<string, string>; ip?: string },
  ): Promise<{ status: number; body: T; headers: Record<string, unknown> }>;
  /** Signs in and returns the session cookie value and CSRF token. */
  signIn(
    email: string,
    password?: string,
  ): Promise<{ cookie: string; csrf: string; status: number; body: any }>;
  /** Forgets cached sessions, so the next call signs in again. */
  forget(email?: string): void;
}

let address = 0;
/** A client address per sign-in, so the per-address sign-in rate limit does not throttle the suite. */
const nextAddress = () => `10.0.${Math.floor(++address / 250) % 250}.${(address % 250) + 1}`;

/** Call at a test file's top level: the cleanup it registers runs when the file's tests end. */
export async function testApp(
  start = '2026-03-02T10:00:00Z',
  options: {
    oidc?: AuthSettings['oidc'];
    trustProxyHops?: number;
    requestsPerMinute?: number;
    requestTimeoutSeconds?: number;
    hstsSeconds?: number;
    /** Staff must enrol a second factor first (REQUIRE_STAFF_MFA); off by default. */
    requireStaffMfa?: boolean;
    /** Mail on a sign-in from a new browser (SIGN_IN_NOTICES); off by default. */
    signInNotices?: boolean;
    /** Program versions stored beside the template's before the app loads its catalog (a scheduled year). */
    programs?: ProgramVersion[];
  } = {},
): Promise<TestContext> {
  const { pool, ownerPool } = await freshDatabase();
  if (options.programs) await inTransaction(pool, (tx) => storeProgramVersions(tx, options.programs!));
  const clock = new TestClock(new Date(start));
  const programs = await ProgramCatalog.load(pool);
  const app = await buildApp(
    {
      pool,
      programs,
      clock,
      demoMode: true,
      logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
      trustProxyHops: options.trustProxyHops ?? 0,
      // The suite sends thousands of requests from one address; one test checks the limit itself.
      requestsPerMinute: options.requestsPerMinute ?? 1_000_000,
      requestTimeoutSeconds: options.requestTimeoutSeconds ?? 60,
      hstsSeconds: options.hstsSeconds ?? 0,
      auth: {
        idleMinutes: 30,
        absoluteHours: 12,
        publicUrl: 'http://rewards.test',
        oidc: options.oidc ?? null,
        // The suite's staff sign in with a password; the MFA tests turn the requirement on.
        requireStaffMfa: options.requireStaffMfa ?? false,
        signInNotices: options.signInNotices ?? false,
        mfaKey: Buffer.alloc(32, 7),
      },
      // The suite's receivers listen on loopback.
      webhooks: { targets: 'loopback', secretKey: Buffer.alloc(32, 9) },
    },
    FEATURES,
    PAGES,
  );
  after(() => app.close());
  const suffix = randomBytes(3).toString('hex');
  const adminEmail = `admin-${suffix}@rewards.example`;
  const teamEmail = `team-${suffix}@rewards.example`;
  const passwordHash = await hash(TEST_PASSWORD);
  for (const [email, role] of [
    [adminEmail, 'program-admin'],
    [teamEmail, 'rewards-team'],
  ] as const) {
    const user = await insertUser(pool, {
      publisherId: null,
      email,
      displayName: role,
      role,
      now: clock.now(),
    });
    await pool.query('UPDATE users SET password_hash = $2 WHERE id = $1', [user.id, passwordHash]);
  }
  const sessions = new Map<string, { cookie: string; csrf: string }>();

  const inject = async (
    method: string,
    url: string,
    headers: Record<string, string>,
    body: unknown,
    ip: string,
  ) => {
    const response = await app.inject({
      method: method as 'GET',
      url,
      headers,
      remoteAddress: ip,
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    const text = response.body;
    let parsed: any = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return {
      status: response.statusCode,
      body: parsed,
      headers: response.headers as Record<string, unknown>,
    };
  };
  const sessionFrom = (answer: { headers: Record<string, unknown>; body: any }) => {
    const setCookie = [answer.headers['set-cookie'] ?? []].flat().map(String).join(';');
    const cookie = /__Host-session=([^;]+)/.exec(setCookie)?.[1] ?? '';
    return { cookie, csrf: answer.body?.csrfToken as string };
  };

  const context: TestContext = {
    app,
    pool,
    ownerPool,
    clock,
    adminEmail,
    teamEmail,
    async signIn(email, password = TEST_PASSWORD) {
      const answer = await inject('POST', '/api/v1/session', {}, { email, password }, nextAddress());
      const session = sessionFrom(answer);
      if (answer.status === 201) sessions.set(email.toLowerCase(), session);
      return { ...session, status: answer.status, body: answer.body };
    },
    forget(email) {
      if (email) sessions.delete(email.toLowerCase());
      else sessions.clear();
    },
    async call(method, url, options = {}) {
      const headersFor = async (fresh: boolean) => {
        const headers: Record<string, string> = {};
        if (options.as?.startsWith('mrt_')) headers.authorization = `Bearer ${options.as}`;
        else if (options.as) {
          let session = fresh ? undefined : sessions.get(options.as.toLowerCase());
          if (!session) {
            const signed = await context.signIn(options.as);
            if (signed.status !== 201)
              throw new Error(`sign-in as ${options.as} failed: ${JSON.stringify(signed.body)}`);
            session = signed;
          }
          headers.cookie = `__Host-session=${session.cookie}`;
          if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
        }
        return { ...headers, ...options.headers };
      };
      let answer = await inject(
        method,
        url,
        await headersFor(false),
        options.body,
        options.ip ?? '127.0.0.1',
      );
      // A session that timed out (the test clock moved on): sign in again, as a person would, and retry once.
      if (answer.status === 401 && /session has ended/.test(answer.body?.detail ?? '') && options.as) {
        answer = await inject(method, url, await headersFor(true), options.body, options.ip ?? '127.0.0.1');
      }
      for (const invitation of [answer.body?.invitation, answer.body?.ownerInvitation]) {
        if (!invitation?.token) continue;
        const accepted = await inject(
          'POST',
          '/api/v1/invitations/accept',
          {},
          { token: invitation.token, password: TEST_PASSWORD },
          nextAddress(),
        );
        if (accepted.status !== 201)
          throw new Error(`accepting an invitation failed: ${JSON.stringify(accepted.body)}`);
        sessions.set(String(accepted.body.user.email).toLowerCase(), sessionFrom(accepted));
      }
      return answer;
    },
  };
  return context;
}

/** The clocks' sweep (SLA warnings, escalations, reroutes, lapsed windows) as of the test clock's now. */
export function sweepNow(t: TestContext) {
  const now = t.clock.now();
  return sweepClocks((work) => inTransaction(t.pool, work), t.app.deps.programs.at(now), now);
}

/**
 * A request with an explicit session cookie and CSRF header (none when not given), bypassing `call`'s cache of
 * sessions: for tests of the cookie and the CSRF token themselves. The body is parsed as JSON.
 */
export function rawRequest(t: TestContext) {
  return async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    cookie?: string,
    csrf?: string,
    body?: unknown,
  ): Promise<{ status: number; body: any; headers: Record<string, unknown> }> => {
    const response = await t.app.inject({
      method,
      url,
      headers: {
        ...(cookie ? { cookie: `__Host-session=${cookie}` } : {}),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
      },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    return {
      status: response.statusCode,
      body: response.body ? JSON.parse(response.body) : undefined,
      headers: response.headers,
    };
  };
}
