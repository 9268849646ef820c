/**
 * @module Which document to trace a leak against: by default the one the text matches best; or a distributed
 * document chosen by hand, when the investigator already knows which it is.
 */
import { api } from '../../api/client';
import type { DocumentEntry } from '../../api/leak-types';
import type { Page } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/language';

export function DocumentPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useI18n();
  const documents = useResource(
    () => api.get<Page<DocumentEntry>>('/api/leaks/documents', { limit: 500 }),
    [],
  );
  // Only a distributed document has copies to trace a text to.
  const distributed = documents.data?.items.filter((entry) => entry.distribution) ?? [];
  return (
    <label className="field inline">
      <span>{t('trace.document')}</span>
      <select data-testid="trace-document" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('trace.anyDocument')}</option>
        {distributed.map(({ document }) => (
          <option key={document.id} value={document.id}>
            {document.title} ({document.id})
          </option>
        ))}
        {value && !distributed.some((entry) => entry.document.id === value) && (
          <option value={value}>{value}</option>
        )}
      </select>
    </label>
  );
}
