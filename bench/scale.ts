// npm run bench:scale: the service past one process (issue 18, docs/scaling.md). One PostgreSQL (embedded, started
// here, with the demo data), two API processes (`serve`, each on its own port, RUN_WORKERS=false) and a worker
// process (`worker`), loaded from a process of its own (bench/scale-load.ts, autocannon) with what a publisher's
// people do: each connection goes round the Rewards page, the billed-sales page, the Rewards page again and an
// activation (the repeat of one made before the run, so every request is the same work), signed in with a
// session. Measured at one process (the load on the first only) and at two (spread over both), in turn, for
// --rounds rounds, the order swapped each round; prints requests per second, p99 and errors of each, and the
// median of each round's ratio of two to one. --pgbouncer measures the same again with every process behind
// PgBouncer in transaction mode (Debian's package). Exits 1 if any request failed. Writes bench/out/scale.json.
// Timings belong here, never in tests: the machine is shared, so compare the ratio, not the figures.
// Flags: --seconds N (10), --rounds N (3), --connections N (20), --pgbouncer.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '../src/features/demo/demo.seed.ts';
import { startEmbeddedPostgres } from '../src/platform/db/embedded.ts';
import { createPool } from '../src/platform/db/pool.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { prepareDatabase } from '../src/server.ts';
import { startPgBouncer, type PgBouncer } from '../scripts/pgbouncer.ts';
import type { LoadResult, LoadSettings } from './scale-load.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20' },
    pgbouncer: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(import.meta.dirname, 'out/scale.json') },
  },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'src/cli/main.ts');

interface Running {
  child: ChildProcess;
  output: () => string;
}

/** Starts a CLI command and resolves once its output matches `ready` (with the match). */
function startCli(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<Running & { match: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${args[0]} did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, output: () => output, match: match[1] ?? match[0] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args[0]} exited with ${code}:\n${output}`));
    });
  });
}

/** Starts `serve` (or another command that prints nothing when ready). */
function startApi(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/** Resolves once `url` answers /health/ready with 200; fails when the process exits first or in 60 s. */
async function ready(url: string, running: Running): Promise<void> {
  for (let waited = 0; ; waited += 100) {
    if (running.child.exitCode !== null) throw new Error(`serve exited:\n${running.output()}`);
    if (waited > 60_000) throw new Error(`serve did not start:\n${running.output()}`);
    const answer = await fetch(`${url}/health/ready`).catch(() => null);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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

async function stop(running: Running): Promise<void> {
  if (running.child.exitCode !== null) return;
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGTERM');
  await exited;
}

function load(settings: LoadSettings): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(import.meta.dirname, 'scale-load.ts'), JSON.stringify(settings)],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`the load exited with ${code}`)),
    );
  });
}

/** What /proc says of a process: its CPU ticks (user and system), its children's that it waited for, its parent. */
async function procStat(
  pid: number | string,
): Promise<{ own: number; waited: number; parent: number } | null> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const at = (i: number) => Number(fields[i] ?? 0);
  return { parent: at(1), own: at(11) + at(12), waited: at(13) + at(14) };
}

/** CPU seconds (user and system) the processes have used so far; a process gone counts nothing. */
async function cpuSeconds(pids: number[]): Promise<number> {
  let ticks = 0;
  for (const pid of pids) ticks += (await procStat(pid))?.own ?? 0;
  return ticks / 100; // USER_HZ
}

/**
 * CPU seconds the PostgreSQL server has used so far: its postmaster, every backend alive now, and those that
 * ended (the postmaster waited for them), so that connections opened or closed during a measure count too.
 */
async function postgresSeconds(dataDir: string): Promise<number> {
  const postmaster = Number(
    (await fs.readFile(path.join(dataDir, 'pg/postmaster.pid'), 'utf8')).split('\n')[0],
  );
  const main = await procStat(postmaster);
  let ticks = (main?.own ?? 0) + (main?.waited ?? 0);
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await procStat(entry);
    if (stat?.parent === postmaster) ticks += stat.own;
  }
  return ticks / 100;
}

/** CPU seconds the whole machine has been busy (every process, this bench's or not), from /proc/stat. */
async function machineBusySeconds(): Promise<number> {
  const line = (await fs.readFile('/proc/stat', 'utf8')).split('\n')[0]!;
  const [user, nice, system, , , irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
}

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const work = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-bench-scale-'));
await fs.chmod(work, 0o755);
const server = await startEmbeddedPostgres({ dataDir: work, port: 0 });
const report: Record<string, unknown> = {
  at: new Date().toISOString(),
  cores: os.cpus().length,
  seconds,
  rounds,
  connections,
};
let failed = 0;
try {
  const admin = createPool(server.adminUrl, 1);
  await admin.query('CREATE DATABASE rewards');
  await admin.end();
  const direct = server.urlFor('rewards');
  const pool = createPool(direct, 2);
  // The bench's service runs as the server's owner (one URL): it migrates and works as the superuser.
  await prepareDatabase(
    { pool, migrate: () => migrate(pool) },
    { programDir: path.join(ROOT, 'program'), seedDemo: true },
    new Date(),
  );
  await pool.end();
  console.log(
    `${os.cpus().length} cores; ${seconds} s a measure, ${rounds} rounds, ${connections} connections; one PostgreSQL, one worker process`,
  );

  const modes: [string, PgBouncer | null][] = [['direct', null]];
  if (values.pgbouncer) modes.push(['pgbouncer', await startPgBouncer({ serverUrl: server.adminUrl })]);
  for (const [mode, bouncer] of modes) {
    const env: Record<string, string> = {
      DATABASE_URL: bouncer ? bouncer.url(direct) : direct,
      ...(bouncer ? { DATABASE_SESSION_URL: direct, DATABASE_PREPARED_STATEMENTS: 'false' } : {}),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      // The load comes from one address: with the per-client limit on, the bench would measure the limiter.
      RATE_LIMIT_PER_MINUTE: '1000000',
    };
    console.log(
      mode === 'direct'
        ? 'every process straight to PostgreSQL'
        : `through ${bouncer!.version}, transaction mode`,
    );
    const worker = await startCli(['worker'], env, /worker p-\w+ running/);
    const apis: Running[] = [];
    try {
      const urls: string[] = [];
      for (let i = 0; i < 2; i++) {
        // At the log level the load needs (warn), `serve` says nothing when it listens: it is asked instead.
        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        apis.push(startApi(['serve', '--port', String(port)], { ...env, RUN_WORKERS: 'false' }));
        await ready(url, apis[i]!);
        urls.push(url);
      }
      const signIn = await fetch(`${urls[0]}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'lena@fabrikam.example', password: DEMO_PASSWORD }),
      });
      const { csrfToken, user } = (await signIn.json()) as {
        csrfToken: string;
        user: { publisherId: string };
      };
      const cookie = /__Host-session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')![0];
      const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
      const base = `/api/v1/publishers/${user.publisherId}`;
      const activation = {
        method: 'POST' as const,
        path: `${base}/activations`,
        headers,
        body: '{"benefitId":"market-research"}',
      };
      const made = await fetch(`${urls[1]}${activation.path}`, {
        method: 'POST',
        headers,
        body: activation.body,
      });
      if (!made.ok) throw new Error(`the activation before the run: ${made.status}`);
      const requests: LoadSettings['requests'] = [
        { method: 'GET', path: `${base}/benefits`, headers },
        { method: 'GET', path: `${base}/billed-sales`, headers },
        { method: 'GET', path: `${base}/benefits`, headers },
        activation,
      ];
      // Where the cores went during a measure: each role's CPU seconds over the measure's wall seconds.
      const measure = async (n: number) => {
        const roles: Record<string, () => Promise<number>> = {
          api: () => cpuSeconds(apis.map((a) => a.child.pid!)),
          postgres: () => postgresSeconds(work),
          worker: () => cpuSeconds([worker.child.pid!]),
          pgbouncer: () => cpuSeconds(bouncer ? [bouncer.pid] : []),
        };
        const before: Record<string, number> = {};
        for (const [k, seconds] of Object.entries(roles)) before[k] = await seconds();
        const busy = await machineBusySeconds();
        const started = performance.now();
        const result = await load({ urls: urls.slice(0, n), seconds, connections, requests });
        const wall = (performance.now() - started) / 1000;
        const cores: Record<string, number> = {};
        for (const [k, seconds] of Object.entries(roles)) cores[k] = ((await seconds()) - before[k]!) / wall;
        cores.load = result.cpuSeconds / wall;
        // Everything the machine ran meanwhile, this bench's roles and others' work alike.
        cores.machine = ((await machineBusySeconds()) - busy) / wall;
        return { ...result, cores };
      };
      await load({ urls, seconds: 2, connections, requests }); // warm both: plans, caches, JIT
      const runs: Record<1 | 2, (LoadResult & { cores: Record<string, number> })[]> = { 1: [], 2: [] };
      for (let round = 0; round < rounds; round++) {
        for (const n of round % 2 === 0 ? ([1, 2] as const) : ([2, 1] as const)) {
          const r = await measure(n);
          runs[n].push(r);
          failed += r.errors;
          console.log(
            `  round ${round + 1}, ${n} API process${n > 1 ? 'es' : ''}: ${r.requestsPerSecond.toFixed(0).padStart(6)} req/s   p50 ${r.p50Ms} ms   p99 ${String(r.p99Ms).padStart(4)} ms   ${r.requests} requests, ${r.errors} failed   cores: ${Object.entries(
              r.cores,
            )
              .filter(([, v]) => v > 0.005)
              .map(([k, v]) => `${k} ${v.toFixed(2)}`)
              .join(', ')}`,
          );
        }
      }
      const summary = (n: 1 | 2) => ({
        requestsPerSecond: median(runs[n].map((r) => r.requestsPerSecond)),
        p99Ms: median(runs[n].map((r) => r.p99Ms)),
        errors: runs[n].reduce((sum, r) => sum + r.errors, 0),
      });
      const one = summary(1);
      const two = summary(2);
      const ratio = median(runs[2].map((r, i) => r.requestsPerSecond / runs[1][i]!.requestsPerSecond));
      console.log(
        `${mode}: 1 process ${one.requestsPerSecond.toFixed(0)} req/s (p99 ${one.p99Ms} ms, ${one.errors} failed); 2 processes ${two.requestsPerSecond.toFixed(0)} req/s (p99 ${two.p99Ms} ms, ${two.errors} failed); 2/1 ${ratio.toFixed(2)}`,
      );
      report[mode] = { one, two, ratio, runs };
    } finally {
      for (const api of apis) await stop(api);
      await stop(worker);
      await bouncer?.stop();
    }
  }
  await fs.mkdir(path.dirname(values.out), { recursive: true });
  await fs.writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written ${values.out}`);
} finally {
  await server.stop();
  await fs.rm(work, { recursive: true, force: true });
}
if (failed > 0) {
  console.error(`${failed} requests failed`);
  process.exit(1);
}
