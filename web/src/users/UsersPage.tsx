/** @module Accounts: add one (its one-time password is shown once), disable or enable, reset a password, change roles. */
import { useState } from 'react';
import { api } from '../api/client';
import type { User } from '../api/types';
import { useResource } from '../api/use-resource';
import { useI18n } from '../i18n/language';
import { EmptyState, ErrorMessage, Loading } from '../ui/feedback';
import { AddUserForm } from './AddUserForm';
import { OneTimePassword } from './OneTimePassword';
import { UserRow } from './UserRow';

export interface IssuedPassword {
  username: string;
  password: string;
}

export function UsersPage() {
  const { t } = useI18n();
  const users = useResource(() => api.get<{ items: User[] }>('/api/users'), []);
  const [issued, setIssued] = useState<IssuedPassword>();
  const items = users.data?.items ?? [];

  const onIssued = (password: IssuedPassword) => {
    setIssued(password);
    users.reload();
  };

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('users.title')}</h1>
        <p className="muted">{t('users.subtitle')}</p>
      </div>
      <AddUserForm onAdded={onIssued} />
      {issued && <OneTimePassword issued={issued} onDismiss={() => setIssued(undefined)} />}
      <section className="panel flush">
        <ErrorMessage error={users.error} />
        {users.loading && !users.data && <Loading />}
        {users.data && items.length === 0 && (
          <EmptyState title={t('users.empty')}>{t('users.emptyHint')}</EmptyState>
        )}
        {items.length > 0 && (
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th>{t('users.username')}</th>
                  <th>{t('users.roles')}</th>
                  <th>{t('users.status')}</th>
                  <th className="col-time">{t('users.created')}</th>
                  <th className="col-time">{t('users.lastLogin')}</th>
                  <th>{t('users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((user) => (
                  <UserRow
                    key={`${user.username}:${user.roles.join()}`}
                    user={user}
                    onChanged={users.reload}
                    onIssued={onIssued}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
