/** @module The queue as a table, highest risk first; the selected row is highlighted and kept in view. */
import { useEffect, useRef } from 'react';
import type { Alert } from '../api/types';
import { useWorkClock } from '../format/work-clock';
import { useI18n } from '../i18n/language';
import { StageChips } from '../ui/chips';
import { PersonName } from '../ui/PersonName';
import { RiskBar } from '../ui/risk';

interface AlertsTableProps {
  alerts: readonly Alert[];
  selectedId: string | undefined;
  onSelect: (alert: Alert) => void;
  onOpen: (alert: Alert) => void;
}

const TOP_RULES = 2;

export function AlertsTable({ alerts, selectedId, onSelect, onOpen }: AlertsTableProps) {
  const { t, pick } = useI18n();
  const clock = useWorkClock();
  const selectedRow = useRef<HTMLTableRowElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the selection moves, not on every render.
  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <table className="data alerts-table" aria-label={t('alerts.title')}>
      <thead>
        <tr>
          <th className="col-risk">{t('alerts.risk')}</th>
          <th>{t('alerts.person')}</th>
          <th>{t('alerts.department')}</th>
          <th>{t('alerts.stages')}</th>
          <th>{t('alerts.topRules')}</th>
          <th className="col-time">
            {t('alerts.opened')} / {t('alerts.updated')}
          </th>
        </tr>
      </thead>
      <tbody>
        {alerts.map((alert) => {
          const selected = alert.id === selectedId;
          const more = alert.rules.length - TOP_RULES;
          return (
            <tr
              key={alert.id}
              ref={selected ? selectedRow : undefined}
              data-testid="alert-row"
              data-ref={alert.person.ref}
              aria-selected={selected}
              className={selected ? 'selected' : undefined}
              onClick={() => onSelect(alert)}
              onDoubleClick={() => onOpen(alert)}
            >
              <td>
                <RiskBar risk={alert.risk} />
              </td>
              <td>
                <PersonName person={alert.person} />
              </td>
              <td className="nowrap">{alert.person.department ?? '—'}</td>
              <td>
                <StageChips stages={alert.stages} />
              </td>
              <td className="rules-cell">
                {alert.rules.slice(0, TOP_RULES).map((rule) => (
                  <span key={rule.rule} className="rule-title">
                    {pick(rule.title, rule.titleZh)}
                  </span>
                ))}
                {more > 0 && <span className="muted">{t('alerts.moreRules', { count: more })}</span>}
              </td>
              <td className="col-time">
                <div>{clock.minute(alert.opened)}</div>
                {alert.updated !== alert.opened && <div className="muted">{clock.minute(alert.updated)}</div>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
