// Who is signed in, and which publisher the pages are about: a publisher's user sees its own; the rewards team
// and program admins choose one.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { client, ok, setCsrfToken, whenSignedOut } from './api.ts';
import type { Permission, Publisher, Session, SessionUser } from './api/model.ts';
import { apiQuery, queryClient, useApi } from './queries.ts';

interface SessionState {
  user: SessionUser | null;
  /** False until the first answer to GET /session. */
  ready: boolean;
  /** Signs in with a password; answers the second step's challenge when the account has two-step sign-in. */
  signIn: (email: string, password: string) => Promise<{ challenge: string } | null>;
  /** The second step: the challenge and a code from the app or a recovery code. */
  signInWithCode: (challenge: string, code: string) => Promise<void>;
  /** The person must set up two-step sign-in before anything else (the account page is all they see). */
  mfaEnrolmentRequired: boolean;
  /** Reads the session again (after two-step sign-in was set up). */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
  /** A session the API started otherwise (accepting an invitation): the previous person's data is dropped. */
  adopt: (session: Session) => void;
  /** The publisher the pages are about: the user's own, or the one a staff member chose (kept across reloads). */
  publisher: Publisher | null;
  /** Staff: the publisher to look at (an id, or the publisher as a search found it, which saves a look-up). */
  choosePublisher: (chosen: string | Publisher) => void;
  /** Whether the user's role holds a permission: the server says which (GET /session), from the rules that guard
   * the routes, so the portal shows only what it would allow. */
  can: (permission: Permission) => boolean;
  /** The rewards team and program admins: they work the queue, across publishers. */
  staff: boolean;
}

const SessionContext = createContext<SessionState | null>(null);
const CHOSEN_KEY = 'rewards.publisher';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [permissions, setPermissions] = useState<readonly Permission[]>([]);
  const [ready, setReady] = useState(false);
  const [mfaEnrolmentRequired, setMfaEnrolmentRequired] = useState(false);
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(CHOSEN_KEY));

  const accept = useCallback((session: Session | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    // The publisher a staff member last looked at is theirs, not the next person's in this browser.
    if (!session) {
      // Nor is what was loaded for them: the next person starts from an empty cache.
      queryClient.clear();
      localStorage.removeItem(CHOSEN_KEY);
      setChosen(null);
    }
    setUser(session?.user ?? null);
    setPermissions(session?.permissions ?? []);
    setMfaEnrolmentRequired(session?.mfaEnrolmentRequired ?? false);
    setReady(true);
  }, []);

  const refresh = useCallback(
    () => ok(client.GET('/api/v1/session')).then(accept, () => accept(null)),
    [accept],
  );
  useEffect(() => {
    whenSignedOut(() => accept(null));
    void refresh();
  }, [accept, refresh]);

  // The one publisher the pages are about, looked up by id: staff never load the list (they search it, in the
  // header's picker). A staff member's chosen publisher that is gone (404) is simply none.
  const publisherId = user && !mfaEnrolmentRequired ? (user.publisherId ?? chosen) : null;
  const found = useApi(
    '/api/v1/publishers/{publisherId}',
    { params: { path: { publisherId: publisherId ?? '' } } },
    { enabled: publisherId !== null },
  ).data;
  // Not the previous publisher's answer, kept while the next one loads.
  const publisher = found && found.id === publisherId ? found : null;

  const can = (permission: Permission) => permissions.includes(permission);
  const value: SessionState = {
    user,
    can,
    staff: can('tasks:work'),
    ready,
    publisher,
    mfaEnrolmentRequired,
    refresh,
    signIn: async (email, password) => {
      const answer = await ok(client.POST('/api/v1/session', { body: { email, password } }));
      if ('challenge' in answer) return { challenge: answer.challenge };
      accept(answer);
      return null;
    },
    signInWithCode: async (challenge, code) =>
      accept(await ok(client.POST('/api/v1/session/mfa', { body: { challenge, code } }))),
    adopt: (session) => {
      queryClient.clear();
      localStorage.removeItem(CHOSEN_KEY);
      setChosen(null);
      accept(session);
      // An invitation's answer does not say whether two-step sign-in is required: ask.
      void refresh();
    },
    signOut: async () => {
      await ok(client.DELETE('/api/v1/session')).catch(() => undefined);
      accept(null);
    },
    choosePublisher: (next) => {
      const id = typeof next === 'string' ? next : next.id;
      if (typeof next !== 'string') {
        const { queryKey } = apiQuery('/api/v1/publishers/{publisherId}', {
          params: { path: { publisherId: id } },
        });
        queryClient.setQueryData(queryKey, next);
      }
      localStorage.setItem(CHOSEN_KEY, id);
      setChosen(id);
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
