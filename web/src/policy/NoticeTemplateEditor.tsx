/**
 * @module One notice template (Mustache) in one language. The server renders it before keeping it and refuses one
 * that would not render (an unknown variable, an unclosed section) with a message naming the problem.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { seg } from '../api/client';
import type { NoticeLanguage } from '../api/types';
import { useI18n } from '../i18n/language';
import { ErrorMessage } from '../ui/feedback';
import { useAction } from '../ui/use-action';
import { putJson } from './put-json';

interface NoticeTemplateEditorProps {
  language: NoticeLanguage;
  template: string;
  onSaved: () => void;
}

export function NoticeTemplateEditor({ language, template, onSaved }: NoticeTemplateEditorProps) {
  const { t } = useI18n();
  const [text, setText] = useState(template);
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction();
  useEffect(() => setText(template), [template]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await putJson(`/api/policy/notices/${seg(language)}`, { template: text });
      setSaved(true);
      onSaved();
    });
  };

  return (
    <form className="stack notice-template" data-testid={`template-${language}`} onSubmit={submit}>
      <label className="field">
        <span>{t('policy.template', { language: t(`language.${language}`) })}</span>
        <textarea
          className="mono"
          data-testid={`template-text-${language}`}
          rows={18}
          value={text}
          lang={language === 'zh' ? 'zh-CN' : 'en'}
          onChange={(e) => {
            setSaved(false);
            setText(e.target.value);
          }}
        />
      </label>
      <ErrorMessage error={error} />
      {saved && !error && (
        <p className="status status-done" role="status">
          {t('policy.saved')}
        </p>
      )}
      <div className="row-actions">
        <button
          type="submit"
          className="primary"
          data-testid={`template-save-${language}`}
          disabled={busy || text === template}
        >
          {busy ? t('common.working') : t('policy.saveTemplate')}
        </button>
        <button type="button" disabled={text === template} onClick={() => setText(template)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
