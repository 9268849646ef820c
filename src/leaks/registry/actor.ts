/** @module Who acts on the registry: recorded with what they register and distribute, and in the audit trail. */
import type { AuditInput } from '../../model/index.js';
import type { Store } from '../../store/index.js';

/** The account (or `cli:<user>`) acting, with its roles and address, as the audit trail records them. */
export type LeakActor = Pick<AuditInput, 'user' | 'roles' | 'ip'>;

export async function audit(
  store: Store,
  actor: LeakActor,
  action: string,
  subject: string,
  detail?: string,
): Promise<void> {
  await store.appendAudit({
    at: Date.now(),
    ...actor,
    action,
    subject,
    ...(detail ? { detail } : {}),
  });
}
