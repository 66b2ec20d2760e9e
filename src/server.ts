// The composition root: storage, program, demo data and the HTTP app, started and stopped together.
import type pg from 'pg';
import { apiTokensRoutes } from './features/api-tokens/api-tokens.routes.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { invitationsRoutes } from './features/invitations/invitations.routes.ts';
import { sessionsRoutes } from './features/sessions/sessions.routes.ts';
import { ssoRoutes } from './features/sso/sso.routes.ts';
import { staffRoutes } from './features/staff/staff.routes.ts';
import { activationsRoutes } from './features/activations/activations.routes.ts';
import { benefitsRoutes } from './features/benefits/benefits.routes.ts';
import { billedSalesRoutes } from './features/billed-sales/billed-sales.routes.ts';
import { currencyRatesRoutes } from './features/currency-rates/currency-rates.routes.ts';
import { feedRoutes } from './features/feed/feed.routes.ts';
import { contactsRoutes } from './features/contacts/contacts.routes.ts';
import { accountRoutes } from './features/account/account.routes.ts';
import { demoRoutes } from './features/demo/demo.routes.ts';
import { seedDemo } from './features/demo/demo.seed.ts';
import { notificationsRoutes } from './features/notifications/notifications.routes.ts';
import { dashboardsRoutes } from './features/dashboards/dashboards.routes.ts';
import { engagementRoutes } from './features/engagement/engagement.routes.ts';
import { sponsorshipRoutes } from './features/sponsorships/sponsorships.routes.ts';
import { offersRoutes } from './features/offers/offers.routes.ts';
import {
  PROGRAM_REFRESH_MS,
  ProgramCatalog,
  readProgramDir,
  storeProgramVersions,
} from './features/program/program.service.ts';
import { programRoutes } from './features/program/program.routes.ts';
import { programDraftsRoutes } from './features/program-drafts/program-drafts.routes.ts';
import { simulationsRoutes } from './features/simulations/simulations.routes.ts';
import { publishersRoutes } from './features/publishers/publishers.routes.ts';
import { supportTicketsRoutes } from './features/support-tickets/support-tickets.routes.ts';
import { conversationsRoutes } from './features/conversations/conversations.routes.ts';
import { tasksRoutes } from './features/tasks/tasks.routes.ts';
import { technicalRequestsRoutes } from './features/technical-requests/technical-requests.routes.ts';
import { usersRoutes } from './features/users/users.routes.ts';
import { personalDataRoutes } from './features/personal-data/personal-data.routes.ts';
import { webhooksRoutes } from './features/webhooks/webhooks.routes.ts';
import type { Config } from './platform/config.ts';
import { startWorkers } from './worker.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from './platform/db/embedded.ts';
import { migrate, MIGRATIONS_DIR, type MigrationResult } from './platform/db/migrate.ts';
import { currentRole } from './platform/db/roles.ts';
import { createPool, inTransaction, useNamedStatements } from './platform/db/pool.ts';
import { portalPage } from './platform/http/portal.ts';
import {
  buildApp,
  systemClock,
  type App,
  type AppDeps,
  type Clock,
  type Feature,
} from './platform/http/app.ts';

export const FEATURES: Feature[] = [
  sessionsRoutes,
  accountRoutes,
  ssoRoutes,
  invitationsRoutes,
  apiTokensRoutes,
  staffRoutes,
  auditRoutes,
  programRoutes,
  programDraftsRoutes,
  simulationsRoutes,
  publishersRoutes,
  usersRoutes,
  offersRoutes,
  billedSalesRoutes,
  currencyRatesRoutes,
  feedRoutes,
  benefitsRoutes,
  contactsRoutes,
  activationsRoutes,
  technicalRequestsRoutes,
  supportTicketsRoutes,
  conversationsRoutes,
  notificationsRoutes,
  tasksRoutes,
  engagementRoutes,
  sponsorshipRoutes,
  dashboardsRoutes,
  webhooksRoutes,
  personalDataRoutes,
  demoRoutes,
];

/** Pages served at the root, outside the API. */
export const PAGES: Feature[] = [portalPage()];

export const DATABASE_NAME = 'rewards';

export interface Database {
  /** The service's pool: its role reads and writes rows, nothing more (`platform/db/roles.ts`). */
  pool: pg.Pool;
  /**
   * Where a session outlives a transaction (the workers' liveness locks, the job queue's LISTEN): a pool of
   * DATABASE_SESSION_URL when it is set (DATABASE_URL is then a pooler in transaction mode), else `pool` itself.
   */
  sessionPool: pg.Pool;
  url: string;
  /**
   * Applies the migrations as the schema's owner (the embedded superuser, or MIGRATION_DATABASE_URL), then grants
   * the service's role what it needs; without an owner's URL, the service's own role migrates.
   */
  migrate(): Promise<MigrationResult>;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL (and DATABASE_SESSION_URL), or starts the embedded PostgreSQL and makes sure its
 * database exists.
 */
export async function openDatabase(
  config: Config,
  log: (line: string) => void = () => {},
): Promise<Database> {
  useNamedStatements(config.databasePreparedStatements);
  if (config.databaseUrl) {
    const pool = createPool(config.databaseUrl);
    const sessionPool = config.databaseSessionUrl ? createPool(config.databaseSessionUrl) : pool;
    const ownerUrl = config.migrationDatabaseUrl;
    return {
      pool,
      sessionPool,
      url: config.databaseUrl,
      migrate: () => (ownerUrl ? migrateAsOwner(ownerUrl, pool) : migrate(pool)),
      close: async () => {
        await pool.end();
        if (sessionPool !== pool) await sessionPool.end();
      },
    };
  }
  const server: EmbeddedServer = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPgPort,
    log,
  });
  try {
    const admin = createPool(server.adminUrl, 1);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE_NAME}`);
    await admin.end();
  } catch (error) {
    await server.stop();
    throw error;
  }
  const url = server.serviceUrlFor(DATABASE_NAME);
  const pool = createPool(url);
  return {
    pool,
    sessionPool: pool,
    url,
    migrate: () => migrateAsOwner(server.urlFor(DATABASE_NAME), pool),
    close: async () => {
      await pool.end();
      await server.stop();
    },
  };
}

/** Migrates with the owner's URL and grants the role of `service` (when it is another role) what it needs. */
async function migrateAsOwner(ownerUrl: string, service: pg.Pool): Promise<MigrationResult> {
  const owner = createPool(ownerUrl, 2);
  try {
    const [serviceRole, ownerRole] = await Promise.all([currentRole(service), currentRole(owner)]);
    return await migrate(owner, MIGRATIONS_DIR, serviceRole === ownerRole ? null : serviceRole);
  } finally {
    await owner.end();
  }
}

/** Migrates, loads the program folder and (when asked) seeds the demo data; returns the program catalog. */
export async function prepareDatabase(
  db: Pick<Database, 'pool' | 'migrate'>,
  config: Pick<Config, 'programDir' | 'seedDemo'>,
  now: Date,
) {
  const { pool } = db;
  const migrations = await db.migrate();
  const versions = await readProgramDir(config.programDir);
  await inTransaction(pool, (tx) => storeProgramVersions(tx, versions));
  const programs = await ProgramCatalog.load(pool);
  const seeded = config.seedDemo
    ? await inTransaction(pool, (tx) => seedDemo(tx, programs.at(now), now))
    : false;
  return { programs, migrations, seeded };
}

/** The app's dependencies from the configuration. */
export function appDeps(config: Config, pool: pg.Pool, programs: ProgramCatalog, clock: Clock): AppDeps {
  return {
    pool,
    programs,
    clock,
    demoMode: config.demoMode,
    logLevel: config.logLevel,
    trustProxyHops: config.trustProxyHops,
    requestsPerMinute: config.requestsPerMinute,
    requestTimeoutSeconds: config.requestTimeoutSeconds,
    hstsSeconds: config.hstsSeconds,
    auth: {
      idleMinutes: config.sessionIdleMinutes,
      absoluteHours: config.sessionAbsoluteHours,
      publicUrl: config.publicUrl,
      oidc: config.oidc,
      requireStaffMfa: config.requireStaffMfa,
      signInNotices: config.signInNotices,
      mfaKey: config.mfaKey,
    },
    webhooks: { targets: config.webhookTargets, secretKey: config.webhookSecretKey },
  };
}

export interface RunningService {
  app: App;
  url: string;
  stop(): Promise<void>;
}

export async function startService(config: Config, clock: Clock = systemClock): Promise<RunningService> {
  const db = await openDatabase(config);
  try {
    const { programs, migrations, seeded } = await prepareDatabase(db, config, clock.now());
    const app = await buildApp(appDeps(config, db.pool, programs, clock), FEATURES, PAGES);
    app.log.info(
      { migrations: migrations.applied, seeded, program: programs.at(clock.now()).version },
      'database ready',
    );
    const url = await app.listen({ host: config.host, port: config.port });
    // The job workers (delivery, clocks, tier changes) run here unless separate worker processes run them.
    const workers = config.runWorkers
      ? await startWorkers(config, db, programs, clock, app.log).catch(async (error: unknown) => {
          await app.close();
          throw error;
        })
      : null;
    if (workers) app.deps.workers = workers;
    // A version another process published (POST /program/versions) is taken at the next refresh.
    const stopRefreshing = programs.startRefreshing(db.pool, PROGRAM_REFRESH_MS, (error) =>
      app.log.warn({ err: error }, 'could not read the program versions again; keeping those loaded'),
    );
    return {
      app,
      url,
      stop: async () => {
        stopRefreshing();
        await workers?.stop();
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
