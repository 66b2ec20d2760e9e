// `npm run test:pgbouncer [files...]`: the test suite (or the files named) through PgBouncer in transaction mode
// (Debian's package), in front of an embedded PostgreSQL of its own. The tests reach their databases through
// PgBouncer; databases are made and dropped on the server directly (TEST_DATABASE_ADMIN_URL, test/run.ts); workers
// keep their liveness locks on a direct session (DATABASE_SESSION_URL, as a deployment would); PgBouncer before
// 1.21 keeps no prepared statements, so DATABASE_PREPARED_STATEMENTS=false then. docs/scaling.md has the figures.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/platform/db/embedded.ts';
import { startPgBouncer } from './pgbouncer.ts';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-test-pgbouncer-'));
await fs.chmod(dataDir, 0o755);
const server = await startEmbeddedPostgres({ dataDir, port: 0, ephemeral: true });
let code = 1;
try {
  const bouncer = await startPgBouncer({
    serverUrl: server.adminUrl,
    users: [server.serviceUrlFor('postgres')],
  });
  try {
    console.log(`# ${bouncer.version} in transaction mode; the service's prepared statements off`);
    code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [path.join(root, 'test/run.ts'), ...process.argv.slice(2)], {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          TEST_DATABASE_URL: bouncer.url(server.adminUrl),
          TEST_DATABASE_ADMIN_URL: server.adminUrl,
          // The app under test connects as the service's role, through PgBouncer too.
          TEST_DATABASE_SERVICE_URL: bouncer.url(server.serviceUrlFor('postgres')),
          // 1.21 and later keep them at the protocol level only with max_prepared_statements set; this run's
          // PgBouncer sets none, so the service sends unnamed statements.
          DATABASE_PREPARED_STATEMENTS: 'false',
        },
      });
      child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    });
  } finally {
    await bouncer.stop();
  }
} finally {
  await server.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
}
process.exit(code);
