/**
 * @module The internal notice of an adopted decision, from the admin's template, in either language: generated on
 * demand (a ledger entry with the text's SHA-256, and an audit entry), shown as it reads, and saved as text.
 */
import { useState } from 'react';
import { api, seg } from '../../api/client';
import { type Notice, type NoticeLanguage, noticeLanguages } from '../../api/types';
import { useI18n } from '../../i18n/language';
import { ErrorMessage } from '../../ui/feedback';
import { useAction } from '../../ui/use-action';
import { saveFile } from '../files';

export function NoticePreview({ caseId, onGenerated }: { caseId: string; onGenerated: () => void }) {
  const { t, lang } = useI18n();
  const [language, setLanguage] = useState<NoticeLanguage>(lang);
  const [notice, setNotice] = useState<Notice>();
  const { run, busy, error } = useAction();

  const generate = () =>
    run(async () => {
      setNotice(await api.post<Notice>(`/api/cases/${seg(caseId)}/notices`, { language }));
      onGenerated();
    });
  const download = (shown: Notice) =>
    saveFile({
      blob: new Blob([shown.text], { type: 'text/plain;charset=utf-8' }),
      fileName: `${caseId}-notice-${shown.language}.txt`,
    });

  return (
    <div className="notice-preview" data-testid="notice-preview">
      <h3>{t('notice.title')}</h3>
      <p className="muted small">{t('notice.recorded')}</p>
      <div className="row-actions notice-controls">
        <label className="field inline">
          <span>{t('notice.language')}</span>
          <select
            data-testid="notice-language"
            value={language}
            onChange={(e) => setLanguage(e.target.value as NoticeLanguage)}
          >
            {noticeLanguages.map((name) => (
              <option key={name} value={name}>
                {t(`language.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="primary"
          data-testid="notice-generate"
          disabled={busy}
          onClick={() => void generate()}
        >
          {busy ? t('common.working') : t('notice.generate')}
        </button>
      </div>
      <ErrorMessage error={error} />
      {notice && (
        <>
          <pre
            className="notice-text"
            data-testid="notice-text"
            lang={notice.language === 'zh' ? 'zh-CN' : 'en'}
          >
            {notice.text}
          </pre>
          <div className="row-actions">
            <button type="button" data-testid="notice-download" onClick={() => download(notice)}>
              {t('notice.download')}
            </button>
            <span className="muted small mono" title={notice.sha256}>
              SHA-256 {notice.sha256.slice(0, 16)}…
            </span>
          </div>
        </>
      )}
    </div>
  );
}
