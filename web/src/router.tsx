// A small router over the History API: the portal has a handful of top-level pages and no nested routes; a
// page's view (the console's tab, a list's filters and page) lives in the query string, so links and reloads keep it.
import { Link as FluentLink } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState, type MouseEvent, type ReactNode } from 'react';

const listeners = new Set<() => void>();

export function navigate(path: string): void {
  if (path === location.pathname + location.search) return;
  history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

/** A piece of `location`, re-rendering on navigation and on Back/Forward. */
function useLocation<T extends string>(read: () => T): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const update = () => setValue(read);
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, [read]);
  return value;
}

const readPath = () => location.pathname;
const readSearch = () => location.search;

/** The current path (without the query string), re-rendering on navigation and on Back/Forward. */
export function usePath(): string {
  return useLocation(readPath);
}

/**
 * Changes parameters of the query string (null or '' removes one), keeping the others. A new history entry, so
 * Back returns to the view before; `replace` changes the current one instead (typing in a search box).
 */
export function setSearchParams(
  changes: Record<string, string | number | null>,
  { replace = false }: { replace?: boolean } = {},
): void {
  const params = new URLSearchParams(location.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === '') params.delete(name);
    else params.set(name, String(value));
  }
  const text = params.toString();
  const search = text ? `?${text}` : '';
  if (search === location.search) return;
  history[replace ? 'replaceState' : 'pushState'](null, '', location.pathname + search + location.hash);
  for (const listener of listeners) listener();
}

/** The query string's parameters, re-rendering when they change (a link, setSearchParams, Back/Forward). */
export function useSearchParams(): URLSearchParams {
  const search = useLocation(readSearch);
  return useMemo(() => new URLSearchParams(search), [search]);
}

/**
 * One parameter of the query string (null when absent), re-rendering on navigation and on Back/Forward; setting it
 * (null or '' removes it) pushes a new history entry, so Back undoes it and a reload keeps it (see setSearchParams).
 */
export function useSearchParam(
  name: string,
): [string | null, (value: string | number | null, options?: { replace?: boolean }) => void] {
  const value = useSearchParams().get(name);
  const set = useCallback(
    (next: string | number | null, options?: { replace?: boolean }) =>
      setSearchParams({ [name]: next }, options),
    [name],
  );
  return [value, set];
}

/** A link inside the portal: a real href (new tab, copy link), navigation without a page load. */
export function Link({ to, children }: { to: string; children: ReactNode }) {
  const onClick = (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <FluentLink href={to} onClick={onClick}>
      {children}
    </FluentLink>
  );
}
