import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../shell/router.ts';

/**
 * Where an escalation went: the queue that holds the alert or finding listens (its detail may close as the
 * escalated record leaves a filtered list), and says so with a link to the case the server named.
 */
const EscalatedInto = createContext<(caseId: string) => void>(() => {});
export const EscalationListener = EscalatedInto.Provider;
export const useEscalated = () => useContext(EscalatedInto);

export function EscalatedNotice({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="record-cases" data-testid="escalated-into">
      {t('cases.escalated.done')}{' '}
      <a href={hrefFor(`/cases/${encodeURIComponent(caseId)}`)}>{t('cases.escalated.open')}</a>
    </p>
  );
}
