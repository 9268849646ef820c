/** @module A SHA-256 shortened for the table: the full value on hover, and a button that copies it. */
import { useState } from 'react';
import { useI18n } from '../../i18n/language';

export function Sha256({ hex, testId }: { hex: string; testId?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(hex);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      // Without clipboard access (plain http) the full value is still in the tooltip.
    }
  };
  return (
    <span className="sha256">
      <code title={hex} data-testid={testId} data-sha256={hex}>
        {hex.slice(0, 12)}…
      </code>
      <button
        type="button"
        className="link-button small"
        aria-label={t('evidence.copyHash')}
        title={t('evidence.copyHash')}
        onClick={() => void copy()}
      >
        {copied ? t('users.copied') : t('users.copy')}
      </button>
    </span>
  );
}
