/**
 * @module The login session: loaded from `GET /api/auth/session` on start, its CSRF token handed to the API client,
 * and what the user may do.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, setCsrfToken, setUnauthorizedHandler } from '../api/client';
import type { Permission, Session } from '../api/types';

export type SessionState =
  | { status: 'loading' }
  /** `loggedOut`: the user chose to leave, rather than the session expiring under them. */
  | { status: 'anonymous'; error?: Error; loggedOut?: boolean }
  | { status: 'signed-in'; session: Session };

export interface SessionApi {
  state: SessionState;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Fetches the session again, after a password change. */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const adopt = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', session });
  }, []);

  const signOut = useCallback(() => {
    setCsrfToken('');
    setState({ status: 'anonymous' });
  }, []);

  const refresh = useCallback(async () => {
    try {
      adopt(await api.get<Session>('/api/auth/session'));
    } catch (error) {
      setCsrfToken('');
      // A 401 is the ordinary "not logged in"; anything else is worth showing on the login page.
      const status = (error as { status?: number }).status;
      setState({ status: 'anonymous', error: status === 401 ? undefined : (error as Error) });
    }
  }, [adopt]);

  useEffect(() => {
    setUnauthorizedHandler(signOut);
    void refresh();
  }, [refresh, signOut]);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      refresh,
      login: async (username, password) =>
        adopt(await api.post<Session>('/api/auth/login', { username, password })),
      logout: async () => {
        try {
          await api.post('/api/auth/logout');
        } finally {
          setCsrfToken('');
          setState({ status: 'anonymous', loggedOut: true });
        }
      },
    }),
    [state, refresh, adopt],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in session; only for components rendered behind the login. */
export function useSignedIn(): Session {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useSignedIn before login');
  return state.session;
}

/** Whether the signed-in user holds a permission. */
export function useCan(): (permission: Permission) => boolean {
  const session = useSignedIn();
  return useCallback((permission) => session.permissions.includes(permission), [session]);
}
