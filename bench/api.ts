// npm run bench:api: the API's hot read and write paths against a bare Fastify route measured in the same run,
// on the embedded PostgreSQL with the demo data. Prints requests per second and ratios; writes bench/out/api.json.
// Timings belong here, never in tests: these machines are shared and noisy, so compare ratios, not figures.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { DEMO_PASSWORD } from '../src/features/demo/demo.seed.ts';
import { loadConfig } from '../src/platform/config.ts';
import { startService } from '../src/server.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 10;

async function measure(title: string, options: autocannon.Options) {
  const result = await autocannon({ duration: seconds, connections, ...options });
  const non2xx = result.non2xx + result.errors;
  console.log(
    `${title.padEnd(44)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p99 ${result.latency.p99} ms${non2xx ? `   ${non2xx} failed` : ''}`,
  );
  if (non2xx > 0) throw new Error(`${title}: ${non2xx} requests failed`);
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99 };
}

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-bench-'));
await fs.chmod(dataDir, 0o755);
const bare = Fastify();
bare.get('/bare', async () => ({ ok: true, items: [1, 2, 3] }));
const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
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
try {
  const signIn = await fetch(`${service.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'lena@fabrikam.example', password: DEMO_PASSWORD }),
  });
  const { csrfToken, user } = (await signIn.json()) as { csrfToken: string; user: { publisherId: string } };
  const cookie = /__Host-session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')![0];
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const base = `${service.url}/api/v1/publishers/${user.publisherId}`;
  // The activation exists before the run, so every request of the write path is the idempotent repeat.
  await fetch(`${base}/activations`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ benefitId: 'market-research' }),
  });

  console.log(`${seconds} s each, ${connections} connections, ${os.cpus().length} cores`);
  const baseline = await measure('baseline: bare Fastify route', { url: `${bareUrl}/bare` });
  const benefits = await measure('GET benefits (eligibility, session, audit)', {
    url: `${base}/benefits`,
    headers,
  });
  const offers = await measure('GET offers', { url: `${base}/offers`, headers });
  const activate = await measure('POST activation again (idempotent)', {
    url: `${base}/activations`,
    method: 'POST',
    headers,
    body: JSON.stringify({ benefitId: 'market-research' }),
  });
  const ratios = {
    benefitsToBare: benefits.requestsPerSecond / baseline.requestsPerSecond,
    offersToBare: offers.requestsPerSecond / baseline.requestsPerSecond,
    activationToBare: activate.requestsPerSecond / baseline.requestsPerSecond,
  };
  console.log(
    Object.entries(ratios)
      .map(([k, v]) => `${k} ${v.toFixed(3)}`)
      .join('   '),
  );
  const report = {
    at: new Date().toISOString(),
    seconds,
    connections,
    cores: os.cpus().length,
    baseline,
    benefits,
    offers,
    activate,
    ratios,
  };
  await fs.mkdir(path.join(import.meta.dirname, 'out'), { recursive: true });
  await fs.writeFile(
    path.join(import.meta.dirname, 'out', 'api.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  );
} finally {
  await new Promise((resolve) => setTimeout(resolve, 500)); // let the last in-flight requests finish
  await service.stop();
  await bare.close();
  await fs.rm(dataDir, { recursive: true, force: true });
}
