// A small router over the History API: the portal has a handful of top-level pages and no nested routes.
import { Link as FluentLink } from '@fluentui/react-components';
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

const listeners = new Set<() => void>();

export function navigate(path: string): void {
  if (path === location.pathname + location.search) return;
  history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

/** The current path (without the query string), re-rendering on navigation and on Back/Forward. */
export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return path;
}

/**
 * One query-string parameter of the current address, re-rendering on navigation and on Back/Forward; setting it
 * (null removes it) pushes a new history entry, so Back undoes it and a reload keeps it.
 */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const [value, setValue] = useState(() => new URLSearchParams(location.search).get(name));
  useEffect(() => {
    const update = () => setValue(new URLSearchParams(location.search).get(name));
    listeners.add(update);
    addEventListener('popstate', update);
    update();
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, [name]);
  const set = (next: string | null) => {
    const query = new URLSearchParams(location.search);
    if (next === null) query.delete(name);
    else query.set(name, next);
    const search = query.toString();
    navigate(location.pathname + (search ? `?${search}` : ''));
  };
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
