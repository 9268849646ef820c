/** @module What each role may do (docs/api.md, "Roles"). Anything not granted here is denied. */
import type { Role } from '../model/index.js';

export const permissionNames = [
  'alerts:read',
  'persons:read',
  'persons:unmask',
  'rules:read',
  'rules:write',
  'audit:read',
  'imports:read',
  'imports:write',
  'users:manage',
  'cases:read',
  'cases:write',
  'cases:decide',
  'policy:write',
  'leaks:read',
  'leaks:write',
  'leaks:copies',
] as const;
export type Permission = (typeof permissionNames)[number];

const grants: Record<Role, readonly Permission[]> = {
  analyst: ['alerts:read', 'persons:read', 'rules:read', 'leaks:read'],
  investigator: [
    'alerts:read',
    'persons:read',
    'persons:unmask',
    'rules:read',
    'cases:read',
    'cases:write',
    'leaks:read',
    'leaks:write',
    // Only those who run the canary trap read what the copies say: an analyst who knew the differences could
    // tell a leaker how to defeat them.
    'leaks:copies',
  ],
  // The committee reads the queue pseudonymized, as analysts do, and decides the cases put to it.
  committee: ['alerts:read', 'persons:read', 'cases:read', 'cases:decide'],
  auditor: ['audit:read'],
  admin: ['rules:read', 'rules:write', 'imports:read', 'imports:write', 'users:manage', 'policy:write'],
};

/** The union of the roles' permissions, in catalogue order. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return permissionNames.filter((permission) => roles.some((role) => grants[role].includes(permission)));
}

export function allows(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => grants[role].includes(permission));
}
