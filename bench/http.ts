// What the benches that go through the service's HTTP stack share (bench/api.ts, bench/ledger.ts): the floor a
// request that reads the database cannot go under, a signed-in session's headers, and timing one request at a time.
import Fastify from 'fastify';
import type pg from 'pg';

export interface Floor {
  /** Where the floor listens: GET /bare and GET /publishers/:id. */
  url: string;
  close(): Promise<void>;
}

/**
 * The floors, served by this process as the service is: a bare route, and one primary-key SELECT through the
 * service's own pool (same size, same driver set-up).
 */
export async function startFloor(pool: pg.Pool): Promise<Floor> {
  const floor = Fastify();
  floor.get('/bare', async () => ({ ok: true, items: [1, 2, 3] }));
  floor.get<{ Params: { id: string } }>('/publishers/:id', async (request) => {
    const { rows } = await pool.query(
      'SELECT id, company_name, mpn_id, created_at FROM publishers WHERE id = $1',
      [request.params.id],
    );
    return rows[0];
  });
  const url = await floor.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => floor.close() };
}

export interface SignedIn {
  /** The session cookie and the CSRF token, as the portal sends them with each request. */
  headers: Record<string, string>;
  user: { id: string; role: string; publisherId: string | null };
}

/** The session a sign-in answered (POST /api/v1/session, or /invitations/accept, which signs in too). */
export async function signedIn(answer: Response): Promise<SignedIn> {
  if (!answer.ok) throw new Error(`sign-in: ${answer.status} ${await answer.text()}`);
  const { csrfToken, user } = (await answer.json()) as { csrfToken: string; user: SignedIn['user'] };
  const cookie = /__Host-session=[^;]+/.exec(answer.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('sign-in: no session cookie');
  return { headers: { cookie, 'x-csrf-token': csrfToken }, user };
}

export interface Target {
  url: string;
  headers?: Record<string, string>;
}

export interface OneAtATime {
  /** The median of the measured requests, in milliseconds: from sending to the last byte of the body. */
  ms: number;
  runs: number[];
  /** The body's size in bytes (the last answer's). */
  bytes: number;
}

/**
 * Each target GET, one request at a time, in rounds (every target once a round, so that the load the machine
 * drifts through falls on all of them alike): `warmup` rounds not counted, then `runs` rounds. Every answer must
 * be 200.
 */
export async function oneAtATime<K extends string>(
  targets: Record<K, Target>,
  { warmup = 3, runs = 15 } = {},
): Promise<Record<K, OneAtATime>> {
  const names = Object.keys(targets) as K[];
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  const bytes = {} as Record<K, number>;
  for (let round = 0; round < warmup + runs; round++) {
    for (const name of names) {
      const { url, headers } = targets[name];
      const started = performance.now();
      const response = await fetch(url, { headers });
      const body = await response.arrayBuffer();
      const ms = performance.now() - started;
      if (response.status !== 200)
        throw new Error(`${name}: GET ${url} answered ${response.status}: ${new TextDecoder().decode(body)}`);
      bytes[name] = body.byteLength;
      if (round >= warmup) times[name].push(ms);
    }
  }
  return Object.fromEntries(
    names.map((name) => [name, { ms: median(times[name]), runs: times[name], bytes: bytes[name] }]),
  ) as Record<K, OneAtATime>;
}

export function median(values: number[]): number {
  return values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
}
