/**
 * @module "Whose copy?": the answer as the API gives it. A text from no registered document, or from one never
 * distributed, is said so plainly; an attribution shows its verdict, ranking and deciding positions.
 */
import type { TextAttribution } from '../../api/leak-types';
import { useI18n } from '../../i18n/language';
import { AttributionReport } from './AttributionReport';
import { DocumentMatches } from './DocumentMatches';
import { NoDocumentFound } from './NoDocumentFound';

export function AttributionAnswer({ text, answer }: { text: string; answer: TextAttribution }) {
  const { t } = useI18n();
  if (answer.kind === 'unregistered') return <NoDocumentFound asked="attribute" />;
  if (answer.kind === 'undistributed') {
    return (
      <section className="panel trace-answer" data-testid="trace-undistributed">
        <h2>{t('trace.undistributed')}</h2>
        <p className="muted">{t('trace.undistributedHint')}</p>
        <DocumentMatches matches={answer.matches} />
      </section>
    );
  }
  return <AttributionReport text={text} document={answer.document} attribution={answer.attribution} />;
}
