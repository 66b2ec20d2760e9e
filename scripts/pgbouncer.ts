// PgBouncer (Debian's package: `apt-get install -y pgbouncer`) in front of a PostgreSQL, for the runs that check
// the service behind a pooler in transaction mode (docs/scaling.md): `npm run test:pgbouncer` and
// `npm run bench:scale -- --pgbouncer`. Every database of the server is reachable through it (a wildcard entry),
// as the user and password of the server's URL (and of the other roles given).
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PgBouncer {
  /** The server's URL with PgBouncer's host and port instead: the same database, user and password. */
  url(serverUrl: string): string;
  version: string;
  /** PgBouncer's process id (to read what CPU it used). */
  pid: number;
  stop(): Promise<void>;
}

export interface PgBouncerOptions {
  /** A postgres:// URL of the server (any database): its host, port, user and password. */
  serverUrl: string;
  /** Other roles' URLs of the server whose user and password PgBouncer accepts too (the service's role). */
  users?: string[];
  /** Default `transaction`: a server connection is lent for one transaction. */
  poolMode?: 'transaction' | 'session' | 'statement';
  /** Server connections per database (default 20) and for the user across databases (default 80). */
  poolSize?: number;
  maxServerConnections?: number;
  /** PgBouncer's executable; default `pgbouncer` on the PATH (Debian installs /usr/sbin/pgbouncer). */
  binary?: string;
}

/** Starts PgBouncer on a free loopback port; `stop` ends it and removes its files. */
export async function startPgBouncer(options: PgBouncerOptions): Promise<PgBouncer> {
  const binary =
    options.binary ?? (await firstExisting(['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'])) ?? 'pgbouncer';
  const version = await output(binary, ['--version']).catch((error: Error) => {
    throw new Error(`PgBouncer is not installed (${error.message}): apt-get install -y pgbouncer`);
  });
  const server = new URL(options.serverUrl);
  const user = decodeURIComponent(server.username);
  const password = decodeURIComponent(server.password);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-pgbouncer-'));
  const port = await freePort();
  const ini = [
    '[databases]',
    `* = host=${server.hostname} port=${server.port || 5432}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = scram-sha-256',
    `auth_file = ${dir}/userlist.txt`,
    `admin_users = ${user}`,
    `pool_mode = ${options.poolMode ?? 'transaction'}`,
    'max_client_conn = 2000',
    `default_pool_size = ${options.poolSize ?? 20}`,
    `max_user_connections = ${options.maxServerConnections ?? 80}`,
    // Idle server connections go soon: the tests make a database per file, and PostgreSQL has 100 connections.
    'server_idle_timeout = 15',
    'server_lifetime = 300',
    `logfile = ${dir}/pgbouncer.log`,
    `pidfile = ${dir}/pgbouncer.pid`,
    'log_connections = 0',
    'log_disconnections = 0',
    '',
  ].join('\n');
  await fs.writeFile(path.join(dir, 'pgbouncer.ini'), ini);
  const entry = (name: string, secret: string) => `"${name}" "${secret.replaceAll('"', '""')}"\n`;
  const others = (options.users ?? []).map((u) => new URL(u));
  await fs.writeFile(
    path.join(dir, 'userlist.txt'),
    [
      entry(user, password),
      ...others.map((u) => entry(decodeURIComponent(u.username), decodeURIComponent(u.password))),
    ].join(''),
    { mode: 0o600 },
  );
  // PgBouncer will not run as root: as root, it runs as Debian's postgres user, which must read its files.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await chownAll(dir, 'postgres');
  const child = spawn(binary, [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));
  const log = () => fs.readFile(path.join(dir, 'pgbouncer.log'), 'utf8').catch(() => '');
  for (let waited = 0; !(await accepts(port)); waited += 100) {
    if (!running || waited > 10_000) {
      child.kill('SIGKILL');
      throw new Error(`PgBouncer did not start on port ${port}:\n${stderr}${await log()}`);
    }
    await sleep(100);
  }
  return {
    version: version.split('\n')[0]!.trim(),
    pid: child.pid!,
    url: (serverUrl) => {
      const u = new URL(serverUrl);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    stop: async () => {
      if (running) {
        child.kill('SIGINT'); // PgBouncer's immediate shutdown
        await Promise.race([exited, sleep(5000)]);
        if (running) child.kill('SIGKILL');
      }
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

async function firstExisting(paths: string[]): Promise<string | undefined> {
  for (const p of paths)
    if (
      await fs.access(p).then(
        () => true,
        () => false,
      )
    )
      return p;
  return undefined;
}

function output(binary: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`${binary} exited ${code}`))));
  });
}

async function chownAll(dir: string, user: string): Promise<void> {
  const { uid, gid } = await new Promise<{ uid: number; gid: number }>((resolve, reject) => {
    const child = spawn('id', ['-u', user], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve({ uid: Number(text.trim()), gid: -1 }) : reject(new Error(`no user ${user}`)),
    );
  });
  await fs.chmod(dir, 0o755);
  for (const name of ['', ...(await fs.readdir(dir))]) await fs.chown(path.join(dir, name), uid, gid);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
