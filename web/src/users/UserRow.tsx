/** @module One account: its roles (edited in place, saved on demand), status, and the disable and reset actions. */
import { useState } from 'react';
import { api, seg } from '../api/client';
import type { Role, User } from '../api/types';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';
import { useSignedIn } from '../session/session';
import { useAction } from '../ui/use-action';
import { RoleCheckboxes } from './RoleCheckboxes';
import type { IssuedPassword } from './UsersPage';

interface UserRowProps {
  user: User;
  onChanged: () => void;
  onIssued: (issued: IssuedPassword) => void;
}

export function UserRow({ user, onChanged, onIssued }: UserRowProps) {
  const { t } = useI18n();
  const clock = useWorkClock();
  const me = useSignedIn().user.username === user.username;
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const { run, busy, error } = useAction();
  const rolesChanged = roles.join() !== user.roles.join();

  const act = (action: () => Promise<unknown>) =>
    run(async () => {
      await action();
      onChanged();
    });
  const path = `/api/users/${seg(user.username)}`;
  const saveRoles = () => act(() => api.patch(path, { roles }));
  const setDisabled = (disabled: boolean) => act(() => api.patch(path, { disabled }));
  const reset = () =>
    act(async () => {
      const answer = await api.post<{ oneTimePassword: string }>(`${path}/reset`);
      onIssued({ username: user.username, password: answer.oneTimePassword });
    });

  return (
    <tr
      data-testid="user-row"
      data-username={user.username}
      className={user.disabled ? 'disabled-row' : undefined}
    >
      <td>
        <strong>{user.username}</strong>
        {me && <span className="badge">{t('users.you')}</span>}
        {error && (
          <p className="error" role="alert">
            {error.message}
          </p>
        )}
      </td>
      <td>
        <RoleCheckboxes
          value={roles}
          onChange={setRoles}
          label={t('users.rolesOf', { user: user.username })}
        />
        {rolesChanged && (
          <span className="row-actions">
            <button
              type="button"
              className="primary small"
              disabled={busy || !roles.length}
              onClick={saveRoles}
            >
              {t('common.save')}
            </button>
            <button type="button" className="small" onClick={() => setRoles(user.roles)}>
              {t('common.cancel')}
            </button>
          </span>
        )}
      </td>
      <td>
        <span className={user.disabled ? 'status status-failed' : 'status status-done'}>
          {t(user.disabled ? 'users.disabled' : 'users.active')}
        </span>
        {user.mustChangePassword && <div className="muted small">{t('users.mustChange')}</div>}
      </td>
      <td className="col-time">{clock.minute(user.createdAt)}</td>
      <td className="col-time">{user.lastLoginAt ? clock.minute(user.lastLoginAt) : t('users.never')}</td>
      <td>
        <span className="row-actions">
          <button type="button" disabled={busy || me} onClick={() => setDisabled(!user.disabled)}>
            {t(user.disabled ? 'users.enable' : 'users.disable')}
          </button>
          <button type="button" disabled={busy} onClick={reset}>
            {t('users.reset')}
          </button>
        </span>
      </td>
    </tr>
  );
}
