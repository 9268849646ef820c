/** @module The detection rules with their hits; admins enable, disable and run a rule over the stored history. */
import { api } from '../api/client';
import type { Rule } from '../api/types';
import { useResource } from '../api/use-resource';
import { useI18n } from '../i18n/language';
import { useCan } from '../session/session';
import { EmptyState, ErrorMessage, Loading } from '../ui/feedback';
import { RuleRow } from './RuleRow';

export function RulesPage() {
  const { t } = useI18n();
  const can = useCan();
  const rules = useResource(() => api.get<{ items: Rule[] }>('/api/rules'), []);
  const items = rules.data?.items ?? [];
  const enabled = items.filter((rule) => rule.enabled).length;
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('rules.title')}</h1>
        {rules.data && <p className="muted">{t('rules.summary', { count: items.length, enabled })}</p>}
      </div>
      <ErrorMessage error={rules.error} />
      {rules.loading && !rules.data && <Loading />}
      {rules.data && items.length === 0 && (
        <EmptyState title={t('rules.empty')}>{t('rules.emptyHint')}</EmptyState>
      )}
      {items.length > 0 && (
        <div className="table-scroll panel flush">
          <table className="data">
            <thead>
              <tr>
                <th>{t('rules.rule')}</th>
                <th>{t('rules.kind')}</th>
                <th>{t('rules.level')}</th>
                <th>{t('alerts.stages')}</th>
                <th className="num">{t('rules.hits')}</th>
                <th>{t('rules.enabled')}</th>
                {can('rules:write') && <th>{t('rules.history')}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((rule) => (
                <RuleRow key={rule.id} rule={rule} canWrite={can('rules:write')} onChanged={rules.reload} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
