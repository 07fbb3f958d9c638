import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchAssignable } from '../api/case-endpoints.ts';
import { useAsync } from '../components/useAsync.ts';
import { useMe } from '../session/SessionContext.tsx';

/**
 * Assign someone to a case: the people of every agency that may see it (GET /api/cases/{id}/assignable), each
 * with agency and role — a partner's advisor as well as a colleague — not only the caller's own agency.
 */
export function AssignablePicker({
  caseId,
  busy,
  onAssign,
  onCancel,
}: {
  caseId: string;
  busy: boolean;
  onAssign: (userId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const people = useAsync((signal) => fetchAssignable(caseId, signal), [caseId]);
  const [chosen, setChosen] = useState('');
  const items = people.state.status === 'ready' ? people.state.data : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) onAssign(chosen);
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('cases.assignees.add')}>
      <label>
        {t('cases.assignable.label')}
        <select
          required
          value={chosen}
          autoFocus
          aria-describedby="assignable-hint"
          onChange={(e) => setChosen(e.target.value)}
        >
          <option value="">{t('cases.assignable.choose')}</option>
          {items.map((user) => (
            <option key={user.id} value={user.id}>
              {t('cases.assignable.option', {
                name: user.id === me.id ? t('assignTo.me', { name: user.displayName }) : user.displayName,
                agency: user.agency,
                roles: user.roles.map((role) => t(`roles.${role}`)).join(', '),
              })}
            </option>
          ))}
        </select>
      </label>
      <p className="muted" id="assignable-hint">
        {t('cases.assignable.hint')}
      </p>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !chosen}>
          {t('cases.assignable.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
