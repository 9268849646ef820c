/** @module The login form; the API's own message is shown on failure, too many attempts (429) included. */
import { type FormEvent, useState } from 'react';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useI18n } from '../i18n/language';
import { ErrorMessage } from '../ui/feedback';
import { useSession } from './session';

export function LoginPage() {
  const { t } = useI18n();
  const { login, state } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await login(username, password);
    } catch (failure) {
      setError(failure as Error);
      setBusy(false);
    }
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
        <label className="field">
          <span>{t('login.username')}</span>
          <input
            data-testid="login-username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input
            data-testid="login-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        <ErrorMessage error={error ?? (state.status === 'anonymous' ? state.error : undefined)} />
        <button data-testid="login-submit" className="primary" type="submit" disabled={busy}>
          {busy ? t('login.signingIn') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
