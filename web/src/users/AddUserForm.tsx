/** @module Add an account: a user name and roles; the API answers with a one-time password to hand over. */
import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { Role } from '../api/types';
import { useI18n } from '../i18n/language';
import { ErrorMessage } from '../ui/feedback';
import { TextField } from '../ui/TextField';
import { useAction } from '../ui/use-action';
import { RoleCheckboxes } from './RoleCheckboxes';
import type { IssuedPassword } from './UsersPage';

export function AddUserForm({ onAdded }: { onAdded: (issued: IssuedPassword) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const { run, busy, error } = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const answer = await api.post<{ oneTimePassword: string }>('/api/users', {
        username: username.trim(),
        roles,
      });
      onAdded({ username: username.trim(), password: answer.oneTimePassword });
      setUsername('');
      setRoles([]);
    });
  };

  return (
    <section className="panel">
      <h2>{t('users.add')}</h2>
      <form className="add-user-form" onSubmit={submit}>
        <TextField
          label={t('users.username')}
          testId="add-user-username"
          name="username"
          autoComplete="off"
          value={username}
          onChange={setUsername}
          required
        />
        <div className="field">
          <span>{t('users.roles')}</span>
          <RoleCheckboxes value={roles} onChange={setRoles} label={t('users.roles')} />
        </div>
        <button
          data-testid="add-user-submit"
          type="submit"
          className="primary"
          disabled={busy || !username.trim() || roles.length === 0}
        >
          {t('users.addSubmit')}
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
