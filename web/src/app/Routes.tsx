/** @module Which page a path shows, and what a user without the permission for it sees instead. */
import { type ReactNode, useEffect } from 'react';
import { AlertsPage } from '../alerts/AlertsPage';
import type { Permission } from '../api/types';
import { AuditPage } from '../audit/AuditPage';
import { CasePage } from '../cases/CasePage';
import { CasesPage } from '../cases/CasesPage';
import { useI18n } from '../i18n/language';
import { ImportsPage } from '../imports/ImportsPage';
import { DocumentPage } from '../leaks/documents/DocumentPage';
import { DocumentsPage } from '../leaks/documents/DocumentsPage';
import { TracePage } from '../leaks/trace/TracePage';
import { PersonPage } from '../persons/PersonPage';
import { PolicyPage } from '../policy/PolicyPage';
import { RulesPage } from '../rules/RulesPage';
import { useCan } from '../session/session';
import { EmptyState } from '../ui/feedback';
import { UsersPage } from '../users/UsersPage';
import { homePath } from './pages';
import { matchPath, navigate, useLocation } from './router';

export function Routes() {
  const { t } = useI18n();
  const can = useCan();
  const { path } = useLocation();
  const home = homePath(can);

  useEffect(() => {
    if ((path === '/' || path === '/login') && home) navigate(home, { replace: true });
  }, [path, home]);

  const guard = (permission: Permission, page: ReactNode) =>
    can(permission) ? page : <EmptyState title={t('route.forbidden')}>{t('route.forbiddenHint')}</EmptyState>;

  const person = matchPath('/persons/:ref', path);
  if (person?.ref) return guard('persons:read', <PersonPage key={person.ref} personRef={person.ref} />);
  const opened = matchPath('/cases/:id', path);
  if (opened?.id) return guard('cases:read', <CasePage key={opened.id} caseId={opened.id} />);
  const page = path.replace(/\/+$/, '') || '/';
  // Before `/leaks/:id`, which would take "trace" for a document id.
  if (page === '/leaks/trace') return guard('leaks:read', <TracePage />);
  const leakDocument = matchPath('/leaks/:id', path);
  if (leakDocument?.id) {
    return guard('leaks:read', <DocumentPage key={leakDocument.id} documentId={leakDocument.id} />);
  }
  switch (page) {
    case '/':
    case '/login':
      return home ? null : <EmptyState title={t('route.noPages')}>{t('route.noPagesHint')}</EmptyState>;
    case '/alerts':
      return guard('alerts:read', <AlertsPage />);
    case '/rules':
      return guard('rules:read', <RulesPage />);
    case '/audit':
      return guard('audit:read', <AuditPage />);
    case '/imports':
      return guard('imports:read', <ImportsPage />);
    case '/users':
      return guard('users:manage', <UsersPage />);
    case '/cases':
      return guard('cases:read', <CasesPage />);
    case '/policy':
      return guard('policy:write', <PolicyPage />);
    case '/leaks':
      return guard('leaks:read', <DocumentsPage />);
    default:
      return <EmptyState title={t('route.notFound')}>{t('route.notFoundHint')}</EmptyState>;
  }
}
