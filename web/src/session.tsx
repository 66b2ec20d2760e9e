// Who is signed in, and which publisher the pages are about: a publisher's user sees its own; the rewards team
// and program admins choose one.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, setCsrfToken, whenSignedOut } from './api.ts';
import type { Items, Publisher, Session, SessionUser } from './api/model.ts';

interface SessionState {
  user: SessionUser | null;
  /** False until the first answer to GET /session. */
  ready: boolean;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  publishers: Publisher[];
  publisher: Publisher | null;
  choosePublisher: (id: string) => void;
}

const SessionContext = createContext<SessionState | null>(null);
const CHOSEN_KEY = 'rewards.publisher';

export const isStaff = (user: SessionUser | null) =>
  user?.role === 'rewards-team' || user?.role === 'program-admin';
export const canManage = (user: SessionUser | null) =>
  user?.role === 'publisher-owner' || user?.role === 'publisher-admin' || user?.role === 'program-admin';
export const canRequest = (user: SessionUser | null) => canManage(user) || user?.role === 'publisher-member';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [ready, setReady] = useState(false);
  const [publishers, setPublishers] = useState<Publisher[]>([]);
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(CHOSEN_KEY));

  const accept = useCallback((session: Session | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    // The publisher a staff member last looked at is theirs, not the next person's in this browser.
    if (!session) {
      localStorage.removeItem(CHOSEN_KEY);
      setChosen(null);
    }
    setUser(session?.user ?? null);
    setReady(true);
  }, []);

  useEffect(() => {
    whenSignedOut(() => accept(null));
    api<Session>('GET', '/session').then(accept, () => accept(null));
  }, [accept]);

  useEffect(() => {
    setPublishers([]);
    if (!user) return;
    let current = true;
    api<Items<Publisher>>('GET', '/publishers').then(
      (list) => current && setPublishers(list.items),
      () => current && setPublishers([]),
    );
    return () => {
      current = false;
    };
  }, [user]);

  const publisher =
    (user?.publisherId
      ? publishers.find((p) => p.id === user.publisherId)
      : publishers.find((p) => p.id === chosen)) ?? null;

  const value: SessionState = {
    user,
    ready,
    publishers,
    publisher,
    signIn: async (email, password) => accept(await api<Session>('POST', '/session', { email, password })),
    signOut: async () => {
      await api('DELETE', '/session').catch(() => undefined);
      accept(null);
    },
    choosePublisher: (id) => {
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
