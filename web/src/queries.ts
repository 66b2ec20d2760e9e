// The API's data, loaded and cached with TanStack Query: one query per GET, keyed by its path and params, so
// that a change invalidates exactly what it changed (by path, or by path and publisher).
import { keepPreviousData, QueryClient, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { MaybeOptionalInit } from 'openapi-fetch';
import { asApiError, client, ok, type ApiError } from './api.ts';
import type { Answer } from './api/model.ts';
import type { paths } from './api/schema.d.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A failure is shown at once, with a Retry button, as before: no silent retries.
      retry: false,
      refetchOnWindowFocus: false,
      // A new filter or page keeps what is on screen until its answer comes.
      placeholderData: keepPreviousData,
    },
  },
});

/** The paths one can GET. */
export type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
type GetInit<P extends GetPath> = MaybeOptionalInit<paths[P], 'get'>;

/** A GET as query options: its key is [path, params], its answer the success body (failures throw ApiError). */
export function apiQuery<P extends GetPath>(path: P, init: GetInit<P>) {
  return {
    queryKey: [path, init?.params ?? {}] as const,
    queryFn: () => ok(client.GET(path, init as never)) as Promise<Answer<P, 'get'>>,
  };
}

/** What a page shows of a query: the data (kept while loading again), the problem, and a way to try again. */
export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

export function loaded<T>(result: UseQueryResult<T>): Loaded<T> {
  return {
    data: result.data,
    error: result.error ? asApiError(result.error) : undefined,
    loading: result.isFetching,
    reload: () => void result.refetch(),
  };
}

/** One GET, as a page shows it. */
export function useApi<P extends GetPath>(
  path: P,
  init: GetInit<P>,
  /** `enabled: false` waits (nothing is loaded, data stays undefined); defaults: enabled, no refetch on focus. */
  options: { refetchOnWindowFocus?: boolean; enabled?: boolean } = {},
): Loaded<Answer<P, 'get'>> {
  return loaded(useQuery({ ...apiQuery(path, init), ...options }));
}

/**
 * Several queries shown as one: data once every required one has answered (and every optional one has settled,
 * answered or failed), the first problem of a required one, and Retry for those that failed.
 */
export function combine<R extends Record<string, Loaded<unknown>>>(
  required: R,
  optional: Record<string, Loaded<unknown>> = {},
): Loaded<{ [K in keyof R]: NonNullable<R[K]['data']> }> {
  const all = Object.values(required);
  const settled = Object.values(optional).every((q) => q.data !== undefined || q.error !== undefined);
  const ready = settled && all.every((q) => q.data !== undefined);
  return {
    data: ready
      ? (Object.fromEntries(Object.entries(required).map(([k, q]) => [k, q.data])) as {
          [K in keyof R]: NonNullable<R[K]['data']>;
        })
      : undefined,
    error: all.find((q) => q.error)?.error,
    loading: all.some((q) => q.loading),
    reload: () => all.filter((q) => q.error).forEach((q) => q.reload()),
  };
}

/** After a change: loads again every query of these paths (of this publisher's, when one is given). */
export function invalidate(paths: GetPath[], publisherId?: string): Promise<void> {
  return Promise.all(
    paths.map((path) =>
      queryClient.invalidateQueries({
        queryKey: publisherId ? [path, { path: { publisherId } }] : [path],
      }),
    ),
  ).then(() => undefined);
}
