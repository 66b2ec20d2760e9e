import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { asApiError, type ApiError } from './api.ts';
import { useI18n, type I18n } from './i18n/i18n.tsx';

export interface DialogState<T> {
  /** What the dialog is about; kept after it closes, so its closing animation still has something to show. */
  target: T | null;
  open: boolean;
  /** Changes at each show: a key that gives every opening fresh form state. */
  generation: number;
  show: (target: T) => void;
  hide: () => void;
}

/**
 * A dialog that is closed (open=false) rather than removed while open: Fluent's focus manager hides the rest of
 * the page from assistive technology while a dialog is open, and gives it back only when the dialog closes.
 */
export function useDialog<T>(): DialogState<T> {
  const [state, setState] = useState<{ target: T | null; open: boolean; generation: number }>({
    target: null,
    open: false,
    generation: 0,
  });
  // Focus is left on the page's body when a dialog goes away; once it has, it goes back to the button that
  // opened the dialog, or, if that button is gone meanwhile (as Activate is once activated), to the panel over
  // the page or the panel beside it that it was in (the task panel: behind it on a phone, the page is hidden
  // while it is open), else to the page.
  const opener = useRef<HTMLElement | null>(null);
  const overlay = useRef<HTMLElement | null>(null);
  const show = useCallback((target: T) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    overlay.current = opener.current?.closest<HTMLElement>('[role=dialog], [role=region]') ?? null;
    setState((s) => ({ target, open: true, generation: s.generation + 1 }));
  }, []);
  const hide = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  useEffect(() => {
    if (state.open || !opener.current) return;
    const back = opener.current;
    opener.current = null;
    const timer = setTimeout(() => {
      // Focus the user moved elsewhere on the page stays there; focus still in the closing dialog (its submit
      // button stays focusable while busy) or dropped to the body goes back.
      const active = document.activeElement;
      if (active && active !== document.body && !active.closest('[role=dialog], [role=alertdialog]')) return;
      const around = overlay.current?.isConnected ? overlay.current : null;
      (back.isConnected
        ? back
        : (around && firstFocusable(around)) || document.getElementById('main')
      )?.focus();
    }, 300);
    return () => clearTimeout(timer);
  }, [state.open]);
  return { ...state, show, hide };
}

function firstFocusable(within: HTMLElement): HTMLElement | null {
  return within.querySelector<HTMLElement>('button:not([disabled]), [href], input, textarea, select');
}

/** A sentence to show later, said in whatever language the user reads by then. */
export type Say = (i18n: I18n) => string;

/** A notice ("Activated. …") that follows the language switch instead of staying in the one it was made in. */
export function useNotice(): [string | undefined, (say: Say | undefined) => void] {
  const i18n = useI18n();
  const [say, setSay] = useState<Say>();
  const set = useCallback((next: Say | undefined) => setSay(() => next), []);
  return [say?.(i18n), set];
}

/**
 * A form's submission, as a TanStack mutation: busy while it runs (no double submits), and the API's problem kept
 * for the form to show until the next attempt or `setError(undefined)`.
 */
export function useSubmission(): {
  busy: boolean;
  error: ApiError | undefined;
  setError: (error: ApiError | undefined) => void;
  run: (work: () => Promise<void>) => Promise<void>;
} {
  const mutation = useMutation<void, unknown, () => Promise<void>>({ mutationFn: (work) => work() });
  // A form may set its own problem (a field it checks before sending); it stands until the next attempt.
  const [local, setLocal] = useState<ApiError>();
  const { mutateAsync, reset } = mutation;
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setLocal(undefined);
      await mutateAsync(work).catch(() => undefined);
    },
    [mutateAsync],
  );
  const setError = useCallback(
    (error: ApiError | undefined) => {
      reset();
      setLocal(error);
    },
    [reset],
  );
  const error = local ?? (mutation.error ? asApiError(mutation.error) : undefined);
  return { busy: mutation.isPending, error, setError, run };
}

/** The browser tab names the page, and the publisher it is about when there is one. */
export function usePageTitle(title: string, publisher?: { companyName: string } | null): void {
  useEffect(() => {
    document.title = publisher ? `${title} · ${publisher.companyName}` : title;
  }, [title, publisher]);
}

/** Below this width the portal is laid out for a phone: the menu in a drawer, one column, tables as stacked rows. */
export const NARROW = '(max-width: 767.98px)';

/** Whether the window is narrower than 768 px (`NARROW`), re-rendering when it crosses that width. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribeNarrow, () => matchMedia(NARROW).matches);
}

function subscribeNarrow(onChange: () => void): () => void {
  const query = matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * After a server-side error, focus goes to the form's first field in error (Fluent's Field marks its control
 * aria-invalid), or to the problem itself (`data-form-problem`) when no field is named: read out, in view, and
 * (in a dialog) still inside it, so Escape closes it.
 */
export function useFocusOnError(form: RefObject<HTMLElement | null>, error: ApiError | undefined): void {
  useEffect(() => {
    if (!error) return;
    const frame = requestAnimationFrame(() => {
      const target =
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        form.current?.querySelector<HTMLElement>('[data-form-problem]');
      target?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [form, error]);
}

/** The time now, re-rendering every minute: for the clocks' countdowns. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** `value` once it has stood still for `ms` (a search box asks the server when the person pauses, not per key). */
export function useDebounced<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
