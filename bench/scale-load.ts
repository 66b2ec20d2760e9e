// The load of `npm run bench:scale`, in a process of its own (so that it does not share an event loop with what
// it measures): autocannon against every URL given, the connections spread over them, each connection going
// round the mix of requests. Reads its settings as JSON from argv[2]; prints its result as JSON on stdout.
import autocannon from 'autocannon';

export interface LoadSettings {
  urls: string[];
  seconds: number;
  connections: number;
  /** Paths with their method, headers and body, in the order each connection sends them. */
  requests: { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string }[];
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers other than 2xx, connection errors and time-outs. */
  errors: number;
  non2xx: number;
  timeouts: number;
  /** CPU seconds the load itself used (user and system). */
  cpuSeconds: number;
}

const settings = JSON.parse(process.argv[2]!) as LoadSettings;
const result = await autocannon({
  // autocannon spreads the connections over an array of URLs (lib/run.js); its types declare one.
  url: settings.urls as unknown as string,
  connections: settings.connections,
  duration: settings.seconds,
  timeout: 10,
  requests: settings.requests,
});
const out: LoadResult = {
  requestsPerSecond: result.requests.average,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  requests: result.requests.total,
  errors: result.errors + result.non2xx + result.timeouts,
  non2xx: result.non2xx,
  timeouts: result.timeouts,
  cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
