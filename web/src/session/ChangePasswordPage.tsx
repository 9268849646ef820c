/** @module The forced password change after a one-time password: nothing else is reachable until it is done. */
import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/language';
import { ErrorMessage } from '../ui/feedback';
import { TextField } from '../ui/TextField';
import { useAction } from '../ui/use-action';
import { useSession, useSignedIn } from './session';

const MIN_LENGTH = 12;

export function ChangePasswordPage() {
  const { t } = useI18n();
  const { refresh, logout } = useSession();
  const { user } = useSignedIn();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const { run, busy, error } = useAction();

  const problem =
    next.length > 0 && next.length < MIN_LENGTH
      ? t('password.tooShort', { min: MIN_LENGTH })
      : repeat.length > 0 && repeat !== next
        ? t('password.mismatch')
        : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    void run(async () => {
      await api.post('/api/auth/password', { current, next });
      await refresh();
    });
  };

  return (
    <main className="auth-page">
      <form className="auth-card" onSubmit={submit}>
        <span className="brand">molehunt</span>
        <h1>{t('password.title')}</h1>
        <p className="muted">{t('password.why', { user: user.username })}</p>
        {/* Lets a password manager file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <TextField
          label={t('password.current')}
          testId="password-current"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          required
        />
        <TextField
          label={t('password.next', { min: MIN_LENGTH })}
          testId="password-next"
          type="password"
          autoComplete="new-password"
          minLength={MIN_LENGTH}
          value={next}
          onChange={setNext}
          required
        />
        <TextField
          label={t('password.repeat')}
          testId="password-repeat"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          required
        />
        {problem && <p className="hint-warning">{problem}</p>}
        <ErrorMessage error={error} />
        <div className="row-actions">
          <button
            data-testid="password-submit"
            className="primary"
            type="submit"
            disabled={busy || !!problem || !next || next !== repeat}
          >
            {t('password.submit')}
          </button>
          <button data-testid="logout" type="button" onClick={() => void logout()}>
            {t('nav.logout')}
          </button>
        </div>
      </form>
    </main>
  );
}
