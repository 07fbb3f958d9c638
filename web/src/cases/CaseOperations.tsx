import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../api/case-endpoints.ts';
import { formatDateTime } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor } from '../shell/router.ts';
import { DraftOperationForm, hostWorker } from '../operations/DraftOperationForm.tsx';

/**
 * A case's operations as far as the reader sees them, each to its page, and — for the host nation's analysts and
 * commanders, while the case is open — the form that plans a new one.
 */
export function CaseOperations({ theCase }: { theCase: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [drafting, setDrafting] = useState(false);
  return (
    <>
      <h2>{t('cases.operations.title')}</h2>
      {theCase.operations.length === 0 ? (
        <p className="muted">{t('cases.operations.none')}</p>
      ) : (
        <ul className="case-assignees" data-testid="case-operations">
          {theCase.operations.map((op) => (
            <li key={op.id}>
              <a href={hrefFor(`/operations/${encodeURIComponent(op.id)}`)}>{op.objective}</a>{' '}
              <span className={`chip operation-${op.status}`}>{t(`operations.status.${op.status}`)}</span>
              <span className="muted">
                {' '}
                · {[op.state, op.municipality].filter(Boolean).join(', ')} ·{' '}
                {formatDateTime(op.statusChangedAt, i18n.language, 'short')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {hostWorker(me) &&
        theCase.status === 'open' &&
        (drafting ? (
          <DraftOperationForm theCase={theCase} onCancel={() => setDrafting(false)} />
        ) : (
          <button type="button" onClick={() => setDrafting(true)}>
            {t('cases.operations.draft')}
          </button>
        ))}
    </>
  );
}
