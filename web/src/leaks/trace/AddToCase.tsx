/**
 * @module Filing an attribution in a case: the server attributes the text again and adds the report (Markdown, with
 * the leaked text in it) as evidence of kind `attribution`; the page then links to the case.
 */
import { useState } from 'react';
import { seg } from '../../api/client';
import type { LeakDocument } from '../../api/leak-types';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/language';
import { AddToCaseDialog } from './AddToCaseDialog';

export function AddToCase({ text, document }: { text: string; document: LeakDocument }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [added, setAdded] = useState<string>();
  return (
    <div className="row-actions add-to-case">
      <button type="button" data-testid="add-to-case" onClick={() => setAsking(true)}>
        {t('addToCase.button')}
      </button>
      {added && (
        <span className="status status-done" role="status">
          {t('addToCase.done', { id: added })}{' '}
          <Link to={`/cases/${seg(added)}`} data-testid="add-to-case-done">
            {t('addToCase.open')}
          </Link>
        </span>
      )}
      {asking && (
        <AddToCaseDialog
          text={text}
          document={document}
          onClose={() => setAsking(false)}
          onAdded={(caseId) => {
            setAsking(false);
            setAdded(caseId);
          }}
        />
      )}
    </div>
  );
}
