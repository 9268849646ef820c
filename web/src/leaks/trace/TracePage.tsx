/**
 * @module Tracing a leak: paste the text found outside (a blog post, a forum thread, a screenshot's text), then find
 * which registered documents it contains, or ask whose copy it comes from.
 */
import { type FormEvent, useState } from 'react';
import { useLocation } from '../../app/router';
import { useI18n } from '../../i18n/language';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { TextAreaField } from '../../ui/TextAreaField';
import { LeaksTabs } from '../LeaksTabs';
import { AttributionAnswer } from './AttributionAnswer';
import { DocumentPicker } from './DocumentPicker';
import { MatchAnswer } from './MatchAnswer';
import { useTrace } from './use-trace';

/** The API's longest text: a post or an excerpt, not a book. */
const MAX_TEXT = 200_000;

export function TracePage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const [text, setText] = useState('');
  const [document, setDocument] = useState(() => new URLSearchParams(search).get('document') ?? '');
  const trace = useTrace();
  const leak = text.trim();

  // Enter in the form asks the question that names the page.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (leak) trace.attribute(leak, document || undefined);
  };

  return (
    <div className="page leaks-page trace-page">
      <div className="page-head">
        <h1>{t('leaks.title')}</h1>
        <p className="muted">{t('trace.subtitle')}</p>
      </div>
      <LeaksTabs />
      <section className="panel">
        <form className="stack" onSubmit={submit}>
          <TextAreaField
            label={t('trace.text')}
            testId="trace-text"
            className="trace-input"
            rows={10}
            maxLength={MAX_TEXT}
            placeholder={t('trace.placeholder')}
            value={text}
            onChange={setText}
          />
          <div className="trace-controls">
            <DocumentPicker value={document} onChange={setDocument} />
            <span className="row-actions">
              <button
                type="button"
                data-testid="trace-match"
                disabled={!leak || trace.busy}
                title={t('trace.matchHint')}
                onClick={() => trace.match(leak)}
              >
                {t('trace.match')}
              </button>
              <button
                type="submit"
                className="primary"
                data-testid="trace-attribute"
                disabled={!leak || trace.busy}
                title={t('trace.attributeHint')}
              >
                {t('trace.attribute')}
              </button>
            </span>
          </div>
        </form>
      </section>
      <ErrorMessage error={trace.error} />
      {trace.busy && <Loading label={t('common.working')} />}
      {trace.result?.kind === 'match' && (
        <MatchAnswer text={trace.result.text} matches={trace.result.matches} />
      )}
      {trace.result?.kind === 'attribute' && (
        <AttributionAnswer text={trace.result.text} answer={trace.result.answer} />
      )}
    </div>
  );
}
