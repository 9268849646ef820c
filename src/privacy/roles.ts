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
] as const;
export type Permission = (typeof permissionNames)[number];

const grants: Record<Role, readonly Permission[]> = {
  analyst: ['alerts:read', 'persons:read', 'rules:read'],
  investigator: ['alerts:read', 'persons:read', 'persons:unmask', 'rules:read'],
  // Decisions arrive with cases; until then the committee reads the queue as analysts do, pseudonymized.
  committee: ['alerts:read', 'persons:read'],
  auditor: ['audit:read'],
  admin: ['rules:read', 'rules:write', 'imports:read', 'imports:write', 'users:manage'],
};

/** The union of the roles' permissions, in catalogue order. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return permissionNames.filter((permission) => roles.some((role) => grants[role].includes(permission)));
}

export function allows(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => grants[role].includes(permission));
}
