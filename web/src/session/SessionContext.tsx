/**
 * The session store: who is signed in (from /api/me; the session itself is the httpOnly cookie), and the
 * language choice. Views read it through useSession().
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me } from '../api/types.ts';
import { fetchMe, login as apiLogin, logout as apiLogout, saveLocale } from '../api/endpoints.ts';
import { ApiError, onUnauthorized } from '../api/http.ts';
import {
  LOCALE_STORAGE_KEY,
  applyLocale,
  defaultLocaleFor,
  rememberLocale,
  rememberedLocale,
  type Locale,
} from '../i18n/index.ts';

export type SessionState =
  { status: 'loading' } | { status: 'anonymous'; expired?: boolean } | { status: 'authenticated'; me: Me };

export interface Session {
  state: SessionState;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  setLocale(locale: Locale): Promise<void>;
  /** Reads /api/me again (after the user changed something about themselves, e.g. their password). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Which language to show a user: an explicit remembered choice wins, then the profile, then the nation. */
export function localeForUser(me: Me, remembered: Locale | null): Locale {
  return remembered ?? me.locale ?? defaultLocaleFor(me.agency.nation);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const adopt = useCallback(async (me: Me) => {
    await applyLocale(localeForUser(me, rememberedLocale()));
    setState({ status: 'authenticated', me });
  }, []);

  useEffect(() => {
    let cancelled = false;
    fetchMe()
      .then((me) => (cancelled ? undefined : adopt(me)))
      .catch(() => {
        if (!cancelled) setState({ status: 'anonymous' });
      });
    const stop = onUnauthorized(() => setState({ status: 'anonymous', expired: true }));
    return () => {
      cancelled = true;
      stop();
    };
  }, [adopt]);

  const login = useCallback(
    async (username: string, password: string) => {
      await apiLogin(username, password);
      // A fresh sign-in on a shared workstation starts from the user's own preference, not the last user's.
      try {
        globalThis.localStorage?.removeItem(LOCALE_STORAGE_KEY);
      } catch {
        /* storage disabled */
      }
      await adopt(await fetchMe());
    },
    [adopt],
  );

  const logout = useCallback(async () => {
    try {
      await apiLogout();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
    setState({ status: 'anonymous' });
  }, []);

  const refresh = useCallback(async () => adopt(await fetchMe()), [adopt]);

  const setLocale = useCallback(
    async (locale: Locale) => {
      rememberLocale(locale);
      await applyLocale(locale);
      if (state.status === 'authenticated') {
        setState({ status: 'authenticated', me: { ...state.me, locale } });
        await saveLocale(locale).catch(() => undefined); // remembered locally even if the profile save fails
      }
    },
    [state],
  );

  const value = useMemo<Session>(
    () => ({ state, login, logout, setLocale, refresh }),
    [state, login, logout, setLocale, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for views rendered behind the login. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useMe without a signed-in user');
  return state.me;
}
