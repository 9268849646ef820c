/** @module Audit entries as a table, one row per recorded action. */
import type { AuditEntry } from '../api/types';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';

function detailText(detail: unknown): string {
  if (detail === undefined || detail === null) return '';
  return typeof detail === 'string' ? detail : JSON.stringify(detail);
}

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useI18n();
  const clock = useWorkClock();
  return (
    <div className="table-scroll panel flush">
      <table className="data compact audit-table">
        <thead>
          <tr>
            <th className="col-time">{t('audit.at')}</th>
            <th>{t('audit.user')}</th>
            <th>{t('audit.roles')}</th>
            <th>{t('audit.action')}</th>
            <th>{t('audit.subject')}</th>
            <th>{t('audit.reason')}</th>
            <th>{t('audit.case')}</th>
            <th>{t('audit.ip')}</th>
            <th>{t('audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const detail = detailText(entry.detail);
            return (
              <tr key={entry.seq} data-testid="audit-row" data-action={entry.action}>
                <td className="col-time mono">{clock.second(entry.at)}</td>
                <td>{entry.user}</td>
                <td>
                  <span className="chips">
                    {entry.roles.map((role) => (
                      <span key={role} className="role-chip">
                        {t(`role.${role}`)}
                      </span>
                    ))}
                  </span>
                </td>
                <td className="mono">{entry.action}</td>
                <td className="mono subject-cell">{entry.subject ?? ''}</td>
                <td className="reason-cell">{entry.reason ?? ''}</td>
                <td className="mono">{entry.caseId ?? ''}</td>
                <td className="mono muted">{entry.ip}</td>
                <td className="mono small detail-cell" title={detail}>
                  {detail}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
