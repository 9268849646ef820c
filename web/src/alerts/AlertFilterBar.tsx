/** @module The queue's filters (minimum risk, stage, text) and its exports. */
import type { RefObject } from 'react';
import { withQuery } from '../api/client';
import { type Stage, stageNames } from '../api/types';
import { useI18n } from '../i18n/language';
import type { AlertFilters } from './filters';

interface AlertFilterBarProps {
  filters: AlertFilters;
  onChange: (filters: AlertFilters) => void;
  textRef: RefObject<HTMLInputElement | null>;
  /** Arrow keys in the text filter move the selection, as in a search box. */
  onMove: (step: number) => void;
}

export function AlertFilterBar({ filters, onChange, textRef, onMove }: AlertFilterBarProps) {
  const { t } = useI18n();
  const set = (change: Partial<AlertFilters>) => onChange({ ...filters, ...change });
  // The export takes the same filters, so it holds what the table shows.
  const exportHref = (format: 'csv' | 'json') =>
    withQuery('/api/alerts/export', {
      format,
      minRisk: filters.minRisk,
      stage: filters.stage,
      q: filters.q.trim(),
    });
  return (
    <search className="toolbar">
      <label className="field inline">
        <span>{t('alerts.minRisk')}</span>
        <input
          type="number"
          min={0}
          step={1}
          inputMode="decimal"
          className="narrow"
          value={filters.minRisk}
          placeholder="0"
          onChange={(e) => set({ minRisk: e.target.value })}
        />
      </label>
      <label className="field inline">
        <span>{t('alerts.stage')}</span>
        <select value={filters.stage} onChange={(e) => set({ stage: e.target.value as Stage | '' })}>
          <option value="">{t('alerts.anyStage')}</option>
          {stageNames.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field inline grow">
        <span>{t('alerts.search')}</span>
        <input
          ref={textRef}
          type="search"
          value={filters.q}
          placeholder={t('alerts.searchPlaceholder')}
          onChange={(e) => set({ q: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              onMove(e.key === 'ArrowDown' ? 1 : -1);
            }
            if (e.key === 'Escape') e.currentTarget.blur();
          }}
        />
      </label>
      <span className="toolbar-spacer" />
      <span className="export-links">
        {t('common.export')}
        {(['csv', 'json'] as const).map((format) => (
          <a key={format} className="button" href={exportHref(format)} download>
            {format.toUpperCase()}
          </a>
        ))}
      </span>
    </search>
  );
}
