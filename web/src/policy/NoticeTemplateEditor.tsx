/**
 * @module One notice template (Mustache) in one language. The server renders it before keeping it and refuses one
 * that would not render (an unknown variable, an unclosed section) with a message naming the problem.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { seg } from '../api/client';
import type { NoticeLanguage } from '../api/types';
import { useI18n } from '../i18n/language';
import { TextAreaField } from '../ui/TextAreaField';
import { SaveOutcome, usePolicySave } from './save';

interface NoticeTemplateEditorProps {
  language: NoticeLanguage;
  template: string;
  onSaved: () => void;
}

export function NoticeTemplateEditor({ language, template, onSaved }: NoticeTemplateEditorProps) {
  const { t } = useI18n();
  const [text, setText] = useState(template);
  const { save, edited, saved, busy, error } = usePolicySave(onSaved);
  useEffect(() => setText(template), [template]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(`/api/policy/notices/${seg(language)}`, { template: text });
  };

  return (
    <form className="stack notice-template" data-testid={`template-${language}`} onSubmit={submit}>
      <TextAreaField
        label={t('policy.template', { language: t(`language.${language}`) })}
        className="mono"
        testId={`template-text-${language}`}
        rows={18}
        value={text}
        lang={language === 'zh' ? 'zh-CN' : 'en'}
        onChange={(value) => {
          edited();
          setText(value);
        }}
      />
      <SaveOutcome saved={saved} error={error} />
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
