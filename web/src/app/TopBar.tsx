/** @module The top bar: the product, the pages this user may open, who is signed in with which roles, language, logout. */
import { useI18n } from '../i18n/language';
import { useCan, useSession, useSignedIn } from '../session/session';
import { LanguageSwitch } from './LanguageSwitch';
import { navPages } from './pages';
import { Link, useLocation } from './router';

export function TopBar() {
  const { t } = useI18n();
  const { user } = useSignedIn();
  const { logout } = useSession();
  const can = useCan();
  const { path } = useLocation();
  const current = (page: string) =>
    path === page ||
    (page === '/alerts' && path.startsWith('/persons/')) ||
    (page === '/cases' && path.startsWith('/cases/')) ||
    (page === '/leaks' && path.startsWith('/leaks/'));
  return (
    <header className="topbar">
      <Link to="/" className="brand" aria-label={t('nav.home')}>
        <span className="brand-mark" aria-hidden="true" />
        molehunt
      </Link>
      <nav aria-label={t('nav.label')}>
        {navPages
          .filter((page) => can(page.permission))
          .map((page) => (
            <Link
              key={page.path}
              to={page.path}
              data-testid={page.testId}
              aria-current={current(page.path) ? 'page' : undefined}
            >
              {t(page.label)}
            </Link>
          ))}
      </nav>
      <div className="topbar-end">
        <span className="whoami">
          <span className="username">{user.username}</span>
          {user.roles.map((role) => (
            <span key={role} className="role-chip">
              {t(`role.${role}`)}
            </span>
          ))}
        </span>
        <LanguageSwitch />
        <button type="button" className="ghost" data-testid="logout" onClick={() => void logout()}>
          {t('nav.logout')}
        </button>
      </div>
    </header>
  );
}
