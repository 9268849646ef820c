/** @module Imports: upload an export through a profile (admins), the imports so far, and a selected import's quarantine. */
import { useState } from 'react';
import { api } from '../api/client';
import type { ImportBatch } from '../api/types';
import { useResource } from '../api/use-resource';
import { useI18n } from '../i18n/language';
import { useCan } from '../session/session';
import { EmptyState, ErrorMessage, Loading } from '../ui/feedback';
import { ImportsTable } from './ImportsTable';
import { QuarantineTable } from './QuarantineTable';
import { UploadForm } from './UploadForm';

export function ImportsPage() {
  const { t } = useI18n();
  const can = useCan();
  const imports = useResource(() => api.get<{ items: ImportBatch[] }>('/api/imports'), []);
  const [selected, setSelected] = useState<string>();
  const items = [...(imports.data?.items ?? [])].sort((a, b) => b.startedAt - a.startedAt);
  const batch = items.find((item) => item.id === selected);

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('imports.title')}</h1>
        <p className="muted">{t('imports.subtitle')}</p>
      </div>
      {can('imports:write') && <UploadForm onImported={imports.reload} />}
      <section className="panel flush">
        <h2 className="panel-title">{t('imports.list')}</h2>
        <ErrorMessage error={imports.error} />
        {imports.loading && !imports.data && <Loading />}
        {imports.data && items.length === 0 && (
          <EmptyState title={t('imports.empty')}>{t('imports.emptyHint')}</EmptyState>
        )}
        {items.length > 0 && <ImportsTable imports={items} selectedId={selected} onSelect={setSelected} />}
      </section>
      {batch && <QuarantineTable batch={batch} />}
    </div>
  );
}
