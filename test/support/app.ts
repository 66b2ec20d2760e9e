// The HTTP app on a fresh database, with a clock the test moves, and factories that go through the API.
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import type pg from 'pg';
import { ProgramCatalog } from '../../src/features/program/program.service.ts';
import { insertUser } from '../../src/features/users/users.queries.ts';
import { buildApp, type App, type Clock } from '../../src/platform/http/app.ts';
import { FEATURES } from '../../src/server.ts';
import { freshDatabase } from './db.ts';

export class TestClock implements Clock {
  private current: Date;
  constructor(start: Date) {
    this.current = start;
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

export interface TestContext {
  app: App;
  pool: pg.Pool;
  clock: TestClock;
  adminEmail: string;
  teamEmail: string;
  call<T = any>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    options?: { as?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: T; headers: Record<string, unknown> }>;
}

/** Call at a test file's top level: the cleanup it registers runs when the file's tests end. */
export async function testApp(start = '2026-03-02T10:00:00Z'): Promise<TestContext> {
  const { pool } = await freshDatabase();
  const clock = new TestClock(new Date(start));
  const programs = await ProgramCatalog.load(pool);
  const app = await buildApp({ pool, programs, clock, demoMode: true, logLevel: 'silent' }, FEATURES);
  after(() => app.close());
  const suffix = randomBytes(3).toString('hex');
  const adminEmail = `admin-${suffix}@rewards.example`;
  const teamEmail = `team-${suffix}@rewards.example`;
  await insertUser(pool, {
    publisherId: null,
    email: adminEmail,
    displayName: 'Admin',
    role: 'program-admin',
    now: clock.now(),
  });
  await insertUser(pool, {
    publisherId: null,
    email: teamEmail,
    displayName: 'Team',
    role: 'rewards-team',
    now: clock.now(),
  });
  return {
    app,
    pool,
    clock,
    adminEmail,
    teamEmail,
    async call(method, url, options = {}) {
      const response = await app.inject({
        method,
        url,
        headers: { ...(options.as ? { 'x-demo-user': options.as } : {}), ...options.headers },
        ...(options.body !== undefined ? { payload: options.body as object } : {}),
      });
      return {
        status: response.statusCode,
        body: response.body ? JSON.parse(response.body) : undefined,
        headers: response.headers,
      };
    },
  };
}

let counter = 0;

export interface MadePublisher {
  id: string;
  ownerEmail: string;
  accountEmail: string;
  ownerId: string;
  offerIds: string[];
}

/**
 * A publisher made through the API as the program admin: its owner, offers put live, and billed sales.
 * Every call must succeed; a factory that fails throws with the answer.
 */
export async function makePublisher(
  t: TestContext,
  options: {
    offers?: {
      listingOption: string;
      private?: boolean;
      coSellReady?: boolean;
      markets?: string[];
      live?: boolean;
    }[];
    salesUsd?: number;
    contact?: boolean;
  } = {},
): Promise<MadePublisher> {
  const n = `${Date.now() % 1e6}${++counter}${randomBytes(2).readUInt16BE()}`;
  const ownerEmail = `owner-${n}@pub${n}.example`;
  const accountEmail = `account@pub${n}.example`;
  const created = await must(
    t.call('POST', '/api/v1/publishers', {
      as: t.adminEmail,
      body: {
        mpnId: n.slice(0, 12),
        companyName: `Publisher ${n}`,
        accountEmail,
        owner: { email: ownerEmail, displayName: `Owner ${n}` },
      },
    }),
    201,
  );
  const id: string = created.id;
  const users = await must(t.call('GET', `/api/v1/publishers/${id}/users`, { as: ownerEmail }), 200);
  const ownerId: string = users.items[0].id;
  const offerIds: string[] = [];
  for (const offer of options.offers ?? [{ listingOption: 'transact', markets: ['US'] }]) {
    const { live = true, ...fields } = offer;
    const made = await must(
      t.call('POST', `/api/v1/publishers/${id}/offers`, {
        as: ownerEmail,
        body: {
          name: `Offer ${offerIds.length + 1}`,
          marketplace: 'azure-marketplace',
          ownerUserId: ownerId,
          ...fields,
        },
      }),
      201,
    );
    offerIds.push(made.id);
    if (live)
      await must(
        t.call('POST', `/api/v1/publishers/${id}/offers/${made.id}/status`, {
          as: t.adminEmail,
          body: { status: 'live' },
        }),
        200,
      );
  }
  if (options.salesUsd) {
    await must(
      t.call('POST', `/api/v1/publishers/${id}/billed-sales`, {
        as: t.adminEmail,
        body: { amountUsdCents: options.salesUsd * 100, billedOn: t.clock.now().toISOString().slice(0, 10) },
      }),
      201,
    );
  }
  if (options.contact) {
    await must(
      t.call('POST', `/api/v1/publishers/${id}/marketing-contacts`, {
        as: ownerEmail,
        body: {
          userId: ownerId,
          email: `marketing.person@pub${n}.example`,
          phone: '+14255550100',
          language: 'en',
        },
      }),
      201,
    );
  }
  return { id, ownerEmail, accountEmail, ownerId, offerIds };
}

async function must(answer: Promise<{ status: number; body: any }>, status: number): Promise<any> {
  const { status: got, body } = await answer;
  if (got !== status) throw new Error(`expected ${status}, got ${got}: ${JSON.stringify(body)}`);
  return body;
}
