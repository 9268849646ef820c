/** @module A one-time password, shown once in a box that copies it: the server keeps only its hash. */
import { useState } from 'react';
import { useI18n } from '../i18n/language';
import type { IssuedPassword } from './UsersPage';

export function OneTimePassword({ issued, onDismiss }: { issued: IssuedPassword; onDismiss: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.password);
      setCopied(true);
    } catch {
      // Without clipboard access (plain http) the text stays selectable in the box.
    }
  };
  return (
    <section className="panel otp" role="status" aria-live="polite">
      <p>{t('users.otpIntro', { user: issued.username })}</p>
      <div className="otp-row">
        <input
          className="otp-value mono"
          data-testid="one-time-password"
          readOnly
          value={issued.password}
          aria-label={t('users.otpLabel', { user: issued.username })}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={() => void copy()}>
          {copied ? t('users.copied') : t('users.copy')}
        </button>
        <button type="button" className="ghost" onClick={onDismiss}>
          {t('users.otpDone')}
        </button>
      </div>
      <p className="muted small">{t('users.otpOnce')}</p>
    </section>
  );
}
