/** @module The login form; the API's own message is shown on failure, too many attempts (429) included. */
import { type FormEvent, useState } from 'react';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useI18n } from '../i18n/language';
import { ErrorMessage } from '../ui/feedback';
import { TextField } from '../ui/TextField';
import { useAction } from '../ui/use-action';
import { useSession } from './session';

export function LoginPage() {
  const { t } = useI18n();
  const { login, state } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { run, busy, error } = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => login(username, password));
  };

  return (
    <main className="auth-page">
      <form className="auth-card" onSubmit={submit}>
        <div className="auth-head">
          <span className="brand">molehunt</span>
          <LanguageSwitch />
        </div>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.subtitle')}</p>
        <TextField
          label={t('login.username')}
          testId="login-username"
          autoComplete="username"
          value={username}
          onChange={setUsername}
          required
        />
        <TextField
          label={t('login.password')}
          testId="login-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          required
        />
        <ErrorMessage error={error ?? (state.status === 'anonymous' ? state.error : undefined)} />
        <button data-testid="login-submit" className="primary" type="submit" disabled={busy}>
          {busy ? t('login.signingIn') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
