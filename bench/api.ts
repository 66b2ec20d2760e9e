// npm run bench:api: the API's hot read and write paths against two floors measured in the same run, on the
// embedded PostgreSQL with the demo data: a bare Fastify route, and a Fastify route doing one primary-key SELECT
// through the service's pool (the floor a request that reads the database cannot go under). Prints requests per
// second, p99 and each route's ratio to the primary-key floor, and how many statements each request sends to
// PostgreSQL (its round trips); writes bench/out/api.json.
// Timings belong here, never in tests: these machines are shared and noisy, so compare ratios, not figures.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/features/demo/demo.seed.ts';
import { loadConfig } from '../src/platform/config.ts';
import { startService } from '../src/server.ts';
import { median, signedIn, startFloor } from './http.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = 10;

interface Measured {
  requestsPerSecond: number;
  p99Ms: number;
  /** Statements sent to PostgreSQL by one request, when it is alone (the fewest of five). */
  roundTrips: number;
}

// Every statement any client of this process sends: the service's pool and the floor's are the process's.
let statements = 0;
// eslint-disable-next-line @typescript-eslint/unbound-method -- applied to its own client below
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

/** The statements one request sends, alone: the fewest of five (a worker's poll may fall into one). */
async function roundTrips(options: autocannon.Options): Promise<number> {
  let fewest = Infinity;
  for (let i = 0; i < 5; i++) {
    const before = statements;
    const response = await fetch(String(options.url), {
      method: options.method ?? 'GET',
      headers: options.headers as Record<string, string> | undefined,
      body: options.body as string | undefined,
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${String(options.url)}: ${response.status}`);
    fewest = Math.min(fewest, statements - before);
  }
  return fewest;
}

async function measure(title: string, options: autocannon.Options): Promise<Measured> {
  const trips = await roundTrips(options);
  const result = await autocannon({ duration: seconds, connections, ...options });
  const non2xx = result.non2xx + result.errors;
  console.log(
    `  ${title.padEnd(42)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(result.latency.p99).padStart(4)} ms   ${String(trips).padStart(2)} round trips${non2xx ? `   ${non2xx} failed` : ''}`,
  );
  if (non2xx > 0) throw new Error(`${title}: ${non2xx} requests failed`);
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, roundTrips: trips };
}

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-bench-'));
await fs.chmod(dataDir, 0o755);
// The load comes from one address: with the per-client limit on, the benchmark would measure the limiter.
const service = await startService(
  loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    RATE_LIMIT_PER_MINUTE: '1000000',
  }),
);
// The floors (bench/http.ts): a bare route, and one primary-key SELECT through the service's own pool.
const floor = await startFloor(service.app.deps.pool);
const floorUrl = floor.url;
try {
  const signIn = await fetch(`${service.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'lena@fabrikam.example', password: DEMO_PASSWORD }),
  });
  const { headers: session, user } = await signedIn(signIn);
  if (!user.publisherId) throw new Error('the demo publisher user has no publisher');
  const headers = { ...session, 'content-type': 'application/json' };
  const base = `${service.url}/api/v1/publishers/${user.publisherId}`;
  // The activation exists before the run, so every request of the write path is the idempotent repeat.
  await fetch(`${base}/activations`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ benefitId: 'market-research' }),
  });

  // The machine is shared: its load drifts within a run. Each round measures the baseline and then every route,
  // and a route's ratio is the median over the rounds of its ratio to the baseline of its own round.
  console.log(`${rounds} rounds, ${seconds} s each, ${connections} connections, ${os.cpus().length} cores`);
  const routes: Record<string, [string, autocannon.Options]> = {
    bare: ['floor: bare Fastify route', { url: `${floorUrl}/bare` }],
    baseline: ['baseline: one primary-key SELECT', { url: `${floorUrl}/publishers/${user.publisherId}` }],
    benefits: ['GET benefits (the Rewards page)', { url: `${base}/benefits`, headers }],
    offers: ['GET offers', { url: `${base}/offers`, headers }],
    activate: [
      'POST activation again (idempotent)',
      {
        url: `${base}/activations`,
        method: 'POST',
        headers,
        body: JSON.stringify({ benefitId: 'market-research' }),
      },
    ],
  };
  const runs: Record<string, Measured[]> = {};
  for (let round = 1; round <= rounds; round++) {
    console.log(`round ${round}`);
    for (const [name, [title, options]] of Object.entries(routes))
      (runs[name] ??= []).push(await measure(title, options));
  }
  const summary = (name: string) => ({
    requestsPerSecond: median(runs[name]!.map((r) => r.requestsPerSecond)),
    p99Ms: median(runs[name]!.map((r) => r.p99Ms)),
    roundTrips: Math.min(...runs[name]!.map((r) => r.roundTrips)),
    toBaseline: median(runs[name]!.map((r, i) => r.requestsPerSecond / runs.baseline![i]!.requestsPerSecond)),
  });
  const bare = summary('bare');
  const baseline = summary('baseline');
  const benefits = summary('benefits');
  const offers = summary('offers');
  const activate = summary('activate');
  // Targets (issue 18): the Rewards page at least 0.3 of the baseline, an idempotent activation at least 0.2.
  const ratios = {
    baselineToBare: 1 / bare.toBaseline,
    benefitsToBaseline: benefits.toBaseline,
    offersToBaseline: offers.toBaseline,
    activationToBaseline: activate.toBaseline,
  };
  console.log(`medians over ${rounds} rounds:`);
  for (const [name, [title]] of Object.entries(routes)) {
    const m = summary(name);
    console.log(
      `${title.padEnd(44)} ${m.requestsPerSecond.toFixed(0).padStart(7)} req/s   p99 ${String(m.p99Ms).padStart(4)} ms   ${m.toBaseline.toFixed(3)} of the baseline`,
    );
  }
  console.log(
    Object.entries(ratios)
      .map(([k, v]) => `${k} ${v.toFixed(3)}`)
      .join('   '),
  );
  const report = {
    at: new Date().toISOString(),
    seconds,
    rounds,
    connections,
    cores: os.cpus().length,
    bare,
    baseline,
    benefits,
    offers,
    activate,
    ratios,
    runs,
  };
  await fs.mkdir(path.join(import.meta.dirname, 'out'), { recursive: true });
  await fs.writeFile(
    path.join(import.meta.dirname, 'out', 'api.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  );
} finally {
  await new Promise((resolve) => setTimeout(resolve, 500)); // let the last in-flight requests finish
  await floor.close();
  await service.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
}
