/**
 * @module "Find registered content": the documents the text contains, and the text with the passages that come from
 * them marked.
 */
import type { DocumentMatch } from '../../api/leak-types';
import { useI18n } from '../../i18n/language';
import { DocumentMatches } from './DocumentMatches';
import { HighlightedText, type TextMark } from './HighlightedText';
import { NoDocumentFound } from './NoDocumentFound';

export function MatchAnswer({ text, matches }: { text: string; matches: readonly DocumentMatch[] }) {
  const { t } = useI18n();
  if (!matches.length) return <NoDocumentFound asked="match" />;
  const marks: TextMark[] = matches.flatMap((match) =>
    match.spans.map((span) => ({
      start: span.candidate[0],
      end: span.candidate[1],
      className: 'passage',
      title: t('match.passage', { title: match.document.title, id: match.document.id }),
      testId: 'match-span',
      data: { document: match.document.id },
    })),
  );
  return (
    <section className="panel trace-answer" data-testid="match-answer">
      <h2>{t('match.title', { count: matches.length })}</h2>
      <DocumentMatches matches={matches} />
      <h3>{t('trace.yourText')}</h3>
      <p className="muted small">{t('match.legend')}</p>
      <HighlightedText text={text} marks={marks} testId="match-text" />
    </section>
  );
}
