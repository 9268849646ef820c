/** @module The pages in the navigation, each behind the permission that lets a user read it. */
import type { Permission } from '../api/types';
import type { MessageKey } from '../i18n/messages';

export interface NavPage {
  path: string;
  label: MessageKey;
  permission: Permission;
  testId: string;
}

export const navPages: readonly NavPage[] = [
  { path: '/alerts', label: 'nav.alerts', permission: 'alerts:read', testId: 'nav-alerts' },
  { path: '/cases', label: 'nav.cases', permission: 'cases:read', testId: 'nav-cases' },
  { path: '/leaks', label: 'nav.leaks', permission: 'leaks:read', testId: 'nav-leaks' },
  { path: '/rules', label: 'nav.rules', permission: 'rules:read', testId: 'nav-rules' },
  { path: '/audit', label: 'nav.audit', permission: 'audit:read', testId: 'nav-audit' },
  { path: '/imports', label: 'nav.imports', permission: 'imports:read', testId: 'nav-imports' },
  { path: '/users', label: 'nav.users', permission: 'users:manage', testId: 'nav-users' },
  { path: '/policy', label: 'nav.policy', permission: 'policy:write', testId: 'nav-policy' },
];

/** Where a user lands after login: the alerts queue, or the first page their roles open. */
export function homePath(can: (permission: Permission) => boolean): string | undefined {
  return navPages.find((page) => can(page.permission))?.path;
}
