/** @module The application: language, session, and behind the login the top bar and the page for the path. */
import { useEffect, useRef } from 'react';
import { WorkClockProvider } from '../format/work-clock';
import { LanguageProvider } from '../i18n/language';
import { ChangePasswordPage } from '../session/ChangePasswordPage';
import { LoginPage } from '../session/LoginPage';
import { SessionProvider, useSession } from '../session/session';
import { Loading } from '../ui/feedback';
import { Routes } from './Routes';
import { navigate, useLocation } from './router';
import { TopBar } from './TopBar';

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <Gate />
      </SessionProvider>
    </LanguageProvider>
  );
}

/** The path asked for before login, to return to after it. */
let returnTo = '/';

function Gate() {
  const { state } = useSession();
  const { path, search } = useLocation();

  useEffect(() => {
    if (state.status === 'anonymous' && path !== '/login') {
      // After an expired session, log in back to where one was; after logging out, start afresh.
      returnTo = state.loggedOut ? '/' : path + search;
      navigate('/login', { replace: true });
    }
    if (state.status === 'signed-in' && path === '/login') navigate(returnTo, { replace: true });
  }, [state, path, search]);

  // A new page takes the focus and starts at the top, as a page load would: keys then go to the page, not to the
  // link just clicked.
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!path) return;
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [path]);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') return <LoginPage />;
  if (state.session.user.mustChangePassword) return <ChangePasswordPage />;
  return (
    <WorkClockProvider>
      <TopBar />
      <main className="content" ref={main} tabIndex={-1}>
        <Routes />
      </main>
    </WorkClockProvider>
  );
}
