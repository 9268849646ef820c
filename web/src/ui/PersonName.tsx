/** @module A person as the API names them: `name (id)` once unmasked, else the pseudonym marked as masked. */
import type { PersonRef } from '../api/types';
import { useI18n } from '../i18n/language';

/** The plain-text name: what the title shows and what search and tests read. */
export function personLabel(person: PersonRef): string {
  if (person.masked || !person.name) return person.pseudonym;
  return person.id ? `${person.name} (${person.id})` : person.name;
}

/** Masked and priority, where they apply: the two things a reader must see before a person's name. */
export function PersonBadges({ person }: { person: PersonRef }) {
  const { t } = useI18n();
  return (
    <>
      {person.masked && (
        <span className="badge badge-masked" title={t('person.maskedHint')}>
          {t('person.masked')}
        </span>
      )}
      {person.priority && (
        <span className="badge badge-priority" title={t('person.priorityHint')}>
          {t('person.priority')}
        </span>
      )}
    </>
  );
}

export function PersonName({ person }: { person: PersonRef }) {
  const { lang } = useI18n();
  return (
    <span className="person-name">
      <span className={person.masked ? 'mono' : undefined}>{personLabel(person)}</span>
      {!person.masked && lang === 'en' && person.nameEn && <span className="muted"> · {person.nameEn}</span>}
      <PersonBadges person={person} />
    </span>
  );
}
