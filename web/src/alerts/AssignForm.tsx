import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchColleagues } from '../api/endpoints.ts';
import { useAsync } from '../components/useAsync.ts';
import { useMe } from '../session/SessionContext.tsx';

/**
 * Assign to a colleague: the analysts and commanders of the caller's agency (the server assigns only to users
 * of the agency that owns the record, and says so if it is another's).
 */
export function AssignForm({
  busy,
  onAssign,
  onCancel,
}: {
  busy: boolean;
  onAssign: (assignee: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const colleagues = useAsync((signal) => fetchColleagues(signal), []);
  const [chosen, setChosen] = useState('');
  const items = colleagues.state.status === 'ready' ? colleagues.state.data.items : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) onAssign(chosen);
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <label>
        {t('assignTo.label')}
        <select required value={chosen} autoFocus onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('assignTo.choose')}</option>
          {items.map((user) => (
            <option key={user.id} value={user.id}>
              {user.id === me.id ? t('assignTo.me', { name: user.displayName }) : user.displayName}
            </option>
          ))}
        </select>
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !chosen}>
          {t('assignTo.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
