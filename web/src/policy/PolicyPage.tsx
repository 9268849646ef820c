/**
 * @module The company's policy, kept by an admin: the clauses the committee may find violated, and the internal
 * notice templates in English and Chinese with the variables they may use.
 */
import { noticeLanguages } from '../api/types';
import { useI18n } from '../i18n/language';
import { ErrorMessage, Loading } from '../ui/feedback';
import { ClausesEditor } from './ClausesEditor';
import { NoticeTemplateEditor } from './NoticeTemplateEditor';
import { TemplateVariables } from './TemplateVariables';
import { usePolicy } from './use-policy';

export function PolicyPage() {
  const { t } = useI18n();
  const policy = usePolicy();
  return (
    <div className="page policy-page">
      <div className="page-head">
        <h1>{t('policy.title')}</h1>
        <p className="muted">{t('policy.subtitle')}</p>
      </div>
      <ErrorMessage error={policy.error} />
      {policy.loading && !policy.data && <Loading />}
      {policy.data && (
        <>
          <ClausesEditor clauses={policy.data.clauses} onSaved={policy.reload} />
          <section className="panel">
            <h2>{t('policy.notices')}</h2>
            <p className="muted">{t('policy.noticesHint')}</p>
            <div className="policy-templates">
              <div className="two-columns">
                {noticeLanguages.map((language) => (
                  <NoticeTemplateEditor
                    key={language}
                    language={language}
                    template={policy.data?.notices[language] ?? ''}
                    onSaved={policy.reload}
                  />
                ))}
              </div>
              <TemplateVariables variables={policy.data.variables} />
            </div>
          </section>
        </>
      )}
    </div>
  );
}
