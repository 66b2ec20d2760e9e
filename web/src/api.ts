// The API client: JSON in and out, the session's CSRF token on every change, RFC 9457 problems as ApiError.

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

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'The service cannot be reached.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy's HTML error page, a cut-off answer: say so instead of showing a SyntaxError.
    throw new ApiError(response.status, 'unreadable', `HTTP ${response.status}`);
  }
  if (!response.ok) {
    const problem = (parsed ?? {}) as { type?: string; detail?: string; errors?: FieldError[] };
    const code = problem.type?.split('/').pop() ?? `http-${response.status}`;
    if (response.status === 401 && path !== '/session') onUnauthenticated();
    throw new ApiError(response.status, code, problem.detail ?? response.statusText, problem.errors ?? []);
  }
  return parsed as T;
}
