/**
 * @module The case file as a whole: check its integrity here, export the bundle a committee or a court verifies
 * offline, and the ledger key's fingerprint to verify it against.
 */
import { useState } from 'react';
import { api, seg } from '../api/client';
import type { CaseCheck, CaseDetail } from '../api/types';
import { useResource } from '../api/use-resource';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';
import { ErrorMessage } from '../ui/feedback';
import { useAction } from '../ui/use-action';
import { fetchFile, saveFile } from './files';
import { IntegrityResult } from './IntegrityResult';
import { ReasonDialog } from './ReasonDialog';

interface CaseFilePanelProps {
  detail: CaseDetail;
  check?: { result: CaseCheck; at: number };
  onChecked: (result: CaseCheck) => void;
  onChanged: () => void;
}

export function CaseFilePanel({ detail, check, onChecked, onChanged }: CaseFilePanelProps) {
  const { t } = useI18n();
  const clock = useWorkClock();
  const key = useResource(() => api.get<{ fingerprint: string }>('/api/ledger-key'), []);
  const checking = useAction();
  const [exporting, setExporting] = useState(false);
  const id = detail.case.id;

  const runCheck = () =>
    checking.run(async () => onChecked(await api.get<CaseCheck>(`/api/cases/${seg(id)}/check`)));

  return (
    <section className="panel case-file" data-testid="case-file">
      <header className="panel-head">
        <h2>{t('caseFile.title')}</h2>
        <span className="row-actions">
          <button
            type="button"
            data-testid="integrity-check"
            disabled={checking.busy}
            onClick={() => void runCheck()}
          >
            {checking.busy ? t('integrity.checking') : t('integrity.check')}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="case-export"
            disabled={!detail.canExport}
            title={detail.canExport ? t('caseFile.exportHint') : t('caseFile.exportBlocked')}
            onClick={() => setExporting(true)}
          >
            {t('caseFile.export')}
          </button>
        </span>
      </header>
      {!detail.canExport && (
        <p className="hint-warning small" data-testid="export-blocked">
          {t('caseFile.exportBlocked')}
        </p>
      )}
      <ErrorMessage error={checking.error} />
      {check && (
        <>
          <IntegrityResult check={check.result} state={detail.case} />
          <p className="muted small">{t('integrity.checkedAt', { time: clock.second(check.at) })}</p>
        </>
      )}
      {key.data && (
        <p className="muted small">
          {t('caseFile.key')} <code>{key.data.fingerprint}</code>
        </p>
      )}
      {exporting && (
        <ReasonDialog
          title={t('caseFile.export')}
          submitLabel={t('caseFile.exportSubmit')}
          onSubmit={async (reason) =>
            saveFile(
              await fetchFile(`/api/cases/${seg(id)}/export`, {
                method: 'POST',
                body: reason ? { reason } : {},
                fallbackName: `${id}.zip`,
              }),
            )
          }
          onDone={() => {
            setExporting(false);
            onChanged();
          }}
          onClose={() => setExporting(false)}
        >
          <p className="muted">{t('caseFile.exportExplain')}</p>
        </ReasonDialog>
      )}
    </section>
  );
}
