/** @module What a notice template may use: each variable as written in a template, and what it holds. */
import type { TemplateVariable } from '../api/types';
import { useI18n } from '../i18n/language';

export function TemplateVariables({ variables }: { variables: readonly TemplateVariable[] }) {
  const { t } = useI18n();
  return (
    <aside className="variables">
      <h3>{t('policy.variables')}</h3>
      <ul className="variable-list" data-testid="template-variables">
        {variables.map((variable) => (
          <li key={variable.name} data-testid="template-variable">
            <code>{variable.items ? `{{#${variable.name}}}` : `{{${variable.name}}}`}</code>
            <span className="muted">{variable.description}</span>
            {variable.items && (
              <>
                <span className="muted small">
                  {t('policy.listItems', { open: `{{#${variable.name}}}`, close: `{{/${variable.name}}}` })}
                </span>
                <ul className="variable-list nested">
                  {variable.items.map((item) => (
                    <li key={item.name}>
                      <code>{`{{${item.name}}}`}</code>
                      <span className="muted">{item.description}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
