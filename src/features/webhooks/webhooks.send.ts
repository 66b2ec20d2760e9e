// One HTTP attempt of a delivery: a POST of the exact body with its signed headers, over node:http(s) so that
// redirects are never followed (a 3xx is a failure: the subscription's URL should be updated) and the connection's
// DNS look-up is the guarded one (webhooks.targets.ts). Bounded by a timeout from connection to the answer's end.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { addressKind, allowedBy, guardedLookup, type TargetPolicy } from './webhooks.targets.ts';

export interface Attempt {
  /** The receiver's status code; null when no answer came (refused target, connection error, timeout). */
  status: number | null;
  /** What went wrong without an answer, in words; null with an answer. */
  error: string | null;
  durationMs: number;
  /** Seconds the receiver asked to wait (Retry-After, in seconds or as a date); null when it did not. */
  retryAfterSeconds: number | null;
}

/** At most this much of an answer is read; the rest is dropped. */
const MAX_ANSWER_BYTES = 64 * 1024;

export async function postWebhook(
  target: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; policy: TargetPolicy; userAgent: string },
): Promise<Attempt> {
  const started = performance.now();
  const done = (a: Omit<Attempt, 'durationMs'>): Attempt => ({
    ...a,
    durationMs: Math.round(performance.now() - started),
  });
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return done({ status: null, error: 'The URL is not valid.', retryAfterSeconds: null });
  }
  // A literal address is never looked up: it is checked here.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (net.isIP(host) && !allowedBy(options.policy, addressKind(host)))
    return done({ status: null, error: `Refused target address ${host}.`, retryAfterSeconds: null });
  const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
  if (!client) return done({ status: null, error: 'The URL is not http(s).', retryAfterSeconds: null });
  return new Promise<Attempt>((resolve) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': options.userAgent,
        },
        lookup: guardedLookup(options.policy),
        signal: AbortSignal.timeout(options.timeoutMs),
        agent: false,
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ANSWER_BYTES) response.destroy();
        });
        const answered = () =>
          resolve(
            done({
              status: response.statusCode ?? null,
              error: null,
              retryAfterSeconds: retryAfter(response.headers['retry-after']),
            }),
          );
        response.on('end', answered);
        response.on('close', answered);
        response.on('error', answered);
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve(done({ status: null, error: describe(error, options.timeoutMs), retryAfterSeconds: null })),
    );
    request.end(body);
  });
}

function describe(error: NodeJS.ErrnoException, timeoutMs: number): string {
  if (error.name === 'TimeoutError' || error.name === 'AbortError')
    return `No answer within ${timeoutMs / 1000} s.`;
  if (error.code === 'ETARGETREFUSED') return `${error.message[0]!.toUpperCase()}${error.message.slice(1)}.`;
  if (error.code === 'ENOTFOUND') return 'The host cannot be found.';
  if (error.code === 'ECONNREFUSED') return 'The connection was refused.';
  return `${error.code ?? error.name}: ${error.message}`.slice(0, 300);
}

function retryAfter(value: string | undefined): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000));
}
