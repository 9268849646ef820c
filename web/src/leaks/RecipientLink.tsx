/**
 * @module A recipient as the leak API names them: a ref (a pseudonym until this viewer unmasks the person), linking
 * to the person's page for those who may read it.
 */
import { seg } from '../api/client';
import { Link } from '../app/router';
import { useI18n } from '../i18n/language';
import { useCan } from '../session/session';

export function RecipientLink({ recipient }: { recipient: string }) {
  const { t } = useI18n();
  const can = useCan();
  const name = (
    <span className="mono" data-testid="recipient-name">
      {recipient}
    </span>
  );
  if (!can('persons:read')) return name;
  return (
    <Link to={`/persons/${seg(recipient)}`} title={t('case.subjectLink')} className="recipient-link">
      {name}
    </Link>
  );
}
