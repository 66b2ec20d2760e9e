// What the benches that go through the service's HTTP stack share (bench/api.ts, bench/ledger.ts): the floor a
// request that reads the database cannot go under, and a signed-in session's headers.
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

export function median(values: number[]): number {
  return values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
}
