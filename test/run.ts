// `npm test`: starts one PostgreSQL for the whole run (embedded, or TEST_DATABASE_URL's server), prepares a
// migrated template database, then runs every test file with Node's runner; each file copies the template.
// TEST_DATABASE_ADMIN_URL, when TEST_DATABASE_URL is a pooler (PgBouncer: `npm run test:pgbouncer`), is the same
// server directly: databases are created, copied and dropped there (a template cannot be copied while a pooler
// keeps connections to it), and the tests' databases are reached through the pooler.
// The app under test connects as the service's role (rows only, platform/db/roles.ts), as it does in production:
// the embedded server's own, TEST_DATABASE_SERVICE_URL's (a role the pooler knows), or one made here.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { readProgramDir, storeProgramVersions } from '../src/features/program/program.service.ts';
import { startEmbeddedPostgres } from '../src/platform/db/embedded.ts';
import { migrate, MIGRATIONS_DIR } from '../src/platform/db/migrate.ts';
import { createPool, inTransaction } from '../src/platform/db/pool.ts';
import { ensureLoginRole } from '../src/platform/db/roles.ts';
import { TEMPLATE_DB } from './support/db.ts';

const root = path.resolve(import.meta.dirname, '..');
const patterns =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['src/**/*.test.ts', 'test/**/*.test.ts'];

const testUrl = process.env.TEST_DATABASE_URL;
let adminUrl = process.env.TEST_DATABASE_ADMIN_URL || testUrl;
let serviceUrl = process.env.TEST_DATABASE_SERVICE_URL;
let stop = async () => {};
if (process.env.TEST_DATABASE_ADMIN_URL && !testUrl) {
  console.error(
    'TEST_DATABASE_ADMIN_URL goes with TEST_DATABASE_URL (the pooler it is the direct path behind)',
  );
  process.exit(2);
}
if (adminUrl) {
  console.log(
    `# tests run on TEST_DATABASE_URL (${new URL(testUrl!).host}${adminUrl === testUrl ? '' : `; databases made on ${new URL(adminUrl).host}`})`,
  );
  if (!serviceUrl) {
    const service = { user: 'rewards_service_test', password: randomBytes(18).toString('base64url') };
    const admin = new pg.Client(adminUrl);
    await admin.connect();
    await ensureLoginRole(admin, service.user, service.password).finally(() => admin.end());
    const u = new URL(testUrl!);
    u.username = service.user;
    u.password = service.password;
    serviceUrl = u.toString();
  }
} else {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-test-pg-'));
  await fs.chmod(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true });
  adminUrl = server.adminUrl;
  serviceUrl = server.serviceUrlFor('postgres');
  stop = async () => {
    await server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  console.log('# tests run on an embedded PostgreSQL');
}

let code = 1;
try {
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const template = createPool(withDatabase(adminUrl, TEMPLATE_DB), 2);
  // Granted in the template, so every copy of it grants the service's role the same (a role is the server's).
  await migrate(template, MIGRATIONS_DIR, decodeURIComponent(new URL(serviceUrl).username));
  const versions = await readProgramDir(path.join(root, 'program'));
  await inTransaction(template, (tx) => storeProgramVersions(tx, versions));
  await template.end();

  code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      // A test that hangs fails after two minutes instead of holding the run.
      ['--test', '--test-concurrency=2', '--test-timeout=120000', '--test-reporter=spec', ...patterns],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          TEST_PG_ADMIN_URL: adminUrl,
          TEST_PG_SERVICE_URL: serviceUrl,
          ...(testUrl && testUrl !== adminUrl ? { TEST_PG_URL: testUrl } : {}),
        },
      },
    );
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
} finally {
  await stop();
}
process.exit(code);

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
