// The API client: openapi-fetch typed by the generated contract (api/schema.d.ts), the session's CSRF token on
// every change, RFC 9457 problems as ApiError.
import createClient from 'openapi-fetch';
import type { paths } from './api/schema.d.ts';

export interface FieldError {
  /** JSON pointer of the field, such as /body/email. */
  pointer: string;
  code: string;
  detail: string;
}

export class ApiError extends Error {
  readonly status: number;
  /** The problem's stable code: the last segment of its `type`, such as marketing-contact-required. */
  readonly code: string;
  readonly errors: FieldError[];

  constructor(status: number, code: string, detail: string, errors: FieldError[] = []) {
    super(detail);
    this.status = status;
    this.code = code;
    this.errors = errors;
  }

  /** The error for one body field (`email` for /body/email), if the server named it. */
  field(name: string): FieldError | undefined {
    return this.errors.find((e) => e.pointer === `/body/${name}`);
  }
}

/** Whatever a call threw, as an ApiError (a bug in the portal itself becomes a 'client' problem). */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'client', String(error));
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Told when the server says the session is gone, so the portal can go back to sign-in. */
let onUnauthenticated: () => void = () => {};
export function whenSignedOut(handler: () => void): void {
  onUnauthenticated = handler;
}

/** The problem an error answer carries, as an ApiError (the server's 401 also tells `whenSignedOut`). */
async function problem(response: Response, schemaPath: string): Promise<ApiError> {
  let parsed: { type?: string; detail?: string; errors?: FieldError[] } | undefined;
  try {
    const text = await response.text();
    parsed = text ? (JSON.parse(text) as typeof parsed) : undefined;
  } catch {
    // A proxy's HTML error page, a cut-off answer: say so instead of showing a SyntaxError.
    return new ApiError(response.status, 'unreadable', `HTTP ${response.status}`);
  }
  const code = parsed?.type?.split('/').pop() ?? `http-${response.status}`;
  if (response.status === 401 && !schemaPath.startsWith('/api/v1/session')) onUnauthenticated();
  return new ApiError(response.status, code, parsed?.detail ?? response.statusText, parsed?.errors ?? []);
}

/**
 * The API, typed by the generated contract: paths, params, bodies and answers are checked against schema.d.ts.
 * Each call either answers with its success body or throws an ApiError (see `ok`).
 */
export const client = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
});

client.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  onError() {
    return new ApiError(0, 'network', 'The service cannot be reached.');
  },
  async onResponse({ response, schemaPath }) {
    if (!response.ok) throw await problem(response, schemaPath);
    if (response.status === 204) return undefined;
    // openapi-fetch would throw a SyntaxError at an answer that is not JSON; check a copy first.
    const text = await response.clone().text();
    try {
      if (text) JSON.parse(text);
    } catch {
      throw new ApiError(response.status, 'unreadable', `HTTP ${response.status}`);
    }
    return undefined;
  },
});

/** A call's success body: the middleware above has thrown every failure as an ApiError already. */
export async function ok<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await call).data as T;
}
