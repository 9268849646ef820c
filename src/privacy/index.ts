/** @module Privacy: pseudonyms, roles and their permissions, local accounts, and the audit they leave. */
export {
  type Actor,
  addUser,
  changePassword,
  checkRoles,
  login,
  resetPassword,
  updateUser,
} from './accounts.js';
export { PersonDirectory, type PersonDirectoryOptions, type PlateOwner } from './directory.js';
export { identifiersOf } from './identifiers.js';
export { loadOrCreatePseudonymKey, PSEUDONYM_KEY_FILE } from './key.js';
export { type Masker, SHARED_PSEUDONYM } from './masker.js';
export {
  checkNewPassword,
  hashPassword,
  MIN_PASSWORD_LENGTH,
  oneTimePassword,
  verifyPassword,
} from './passwords.js';
export { pseudonymOf } from './pseudonyms.js';
export { allows, type Permission, permissionNames, permissionsOf } from './roles.js';
