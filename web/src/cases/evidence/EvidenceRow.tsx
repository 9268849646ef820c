/**
 * @module One evidence item: kind, title, hash, size, who added it when; its chain of custody unfolds beneath it.
 * Viewing the content and purging it are custody steps the ledger records.
 */
import { useState } from 'react';
import { api, seg } from '../../api/client';
import type { CaseEvidence, CaseState, LedgerProblem } from '../../api/types';
import { useWorkClock } from '../../format/work-clock';
import { useI18n } from '../../i18n/language';
import { useCan } from '../../session/session';
import { formatBytes } from '../../ui/progress';
import { useAction } from '../../ui/use-action';
import { ReasonDialog } from '../ReasonDialog';
import { CustodyList } from './CustodyList';
import { Sha256 } from './Sha256';
import { viewContent } from './view-content';

interface EvidenceRowProps {
  state: CaseState;
  item: CaseEvidence;
  /** What the last integrity check found wrong with this item. */
  problem?: LedgerProblem;
  onChanged: () => void;
}

const COLUMNS = 6;

export function EvidenceRow({ state, item, problem, onChanged }: EvidenceRowProps) {
  const { t } = useI18n();
  const clock = useWorkClock();
  const can = useCan();
  const [open, setOpen] = useState(false);
  const [purging, setPurging] = useState(false);
  const view = useAction();

  const onView = () =>
    view.run(async () => {
      try {
        await viewContent(state.id, item);
      } finally {
        onChanged();
      }
    });

  return (
    <>
      <tr
        data-testid="evidence-row"
        data-item={item.id}
        data-problem={problem?.kind}
        className={problem ? 'tampered' : item.purged ? 'disabled-row' : undefined}
      >
        <td>
          <span className="chip">{t(`evidenceKind.${item.kind}`)}</span>
        </td>
        <td>
          <div className="evidence-title">{item.title}</div>
          <div className="muted mono small">
            {item.id} · {item.fileName}
          </div>
          {item.purged && <span className="badge">{t('evidence.purged')}</span>}
          {problem && (
            <p className="error small" role="alert">
              {problem.message}
            </p>
          )}
        </td>
        <td>
          <Sha256 hex={item.sha256} testId="evidence-sha256" />
        </td>
        <td className="num nowrap">{formatBytes(item.size)}</td>
        <td className="col-time">
          <div>{clock.minute(item.addedAt)}</div>
          <div className="muted">{item.addedBy}</div>
        </td>
        <td>
          <span className="row-actions">
            <button
              type="button"
              className="small"
              aria-expanded={open}
              data-testid="evidence-custody-toggle"
              onClick={() => setOpen(!open)}
            >
              {t('evidence.custody', { count: item.custody.length })}
            </button>
            <button
              type="button"
              className="small"
              data-testid="evidence-view"
              disabled={item.purged || view.busy}
              title={t('evidence.viewHint')}
              onClick={() => void onView()}
            >
              {t('evidence.view')}
            </button>
            {can('cases:write') && (
              <button
                type="button"
                className="small"
                data-testid="evidence-purge"
                disabled={item.purged}
                onClick={() => setPurging(true)}
              >
                {t('evidence.purge')}
              </button>
            )}
          </span>
          {view.error && (
            <p className="error small" role="alert">
              {view.error.message}
            </p>
          )}
        </td>
      </tr>
      {open && (
        <tr className="custody-row">
          <td colSpan={COLUMNS}>
            <CustodyList custody={item.custody} />
          </td>
        </tr>
      )}
      {purging && (
        <ReasonDialog
          title={t('evidence.purgeTitle', { title: item.title })}
          submitLabel={t('evidence.purgeSubmit')}
          required
          onSubmit={(reason) =>
            api.post(`/api/cases/${seg(state.id)}/evidence/${seg(item.id)}/purge`, { reason })
          }
          onDone={() => {
            setPurging(false);
            onChanged();
          }}
          onClose={() => setPurging(false)}
        >
          <p className="muted">{t('evidence.purgeHint')}</p>
          {state.hold && <p className="hint-warning">{t('evidence.purgeUnderHold')}</p>}
        </ReasonDialog>
      )}
    </>
  );
}
