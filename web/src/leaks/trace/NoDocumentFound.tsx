/** @module The plain answer for a text that comes from no registered document: nothing of ours is in it. */
import { useI18n } from '../../i18n/language';
import { EmptyState } from '../../ui/feedback';

/** `asked`: which question got this answer, so a reader (or a test) can tell two such answers apart. */
export function NoDocumentFound({ asked }: { asked: 'match' | 'attribute' }) {
  const { t } = useI18n();
  return (
    <section className="panel trace-answer" data-testid="trace-unregistered" data-asked={asked}>
      <EmptyState title={t('trace.unregistered')}>{t('trace.unregisteredHint')}</EmptyState>
    </section>
  );
}
