/** @module The two halves of leak work, as tabs under one page title: the registered documents, and tracing a leak. */
import { Link, useLocation } from '../app/router';
import { useI18n } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';

const tabs: readonly { to: string; label: MessageKey; testId: string }[] = [
  { to: '/leaks', label: 'leaks.documents', testId: 'leaks-tab-documents' },
  { to: '/leaks/trace', label: 'leaks.trace', testId: 'leaks-tab-trace' },
];

export function LeaksTabs() {
  const { t } = useI18n();
  const { path } = useLocation();
  // A document's page belongs to the documents tab.
  const current = (to: string) => (to === '/leaks/trace' ? path === to : path !== '/leaks/trace');
  return (
    <nav className="tabs" aria-label={t('leaks.tabs')}>
      {tabs.map((tab) => (
        <Link
          key={tab.to}
          to={tab.to}
          data-testid={tab.testId}
          aria-current={current(tab.to) ? 'page' : undefined}
        >
          {t(tab.label)}
        </Link>
      ))}
    </nav>
  );
}
