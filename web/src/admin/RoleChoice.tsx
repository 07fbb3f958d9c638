import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../api/types.ts';

/** The six roles as checkboxes, in a fieldset with its legend and hint. */
export function RoleChoice({
  legend,
  hint,
  value,
  onChange,
  name,
}: {
  legend: string;
  hint?: string;
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  name: string;
}) {
  const { t } = useTranslation();
  const toggle = (role: Role, on: boolean) =>
    onChange(ROLES.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <fieldset className="role-choice">
      <legend>{legend}</legend>
      {hint && <p className="muted">{hint}</p>}
      {ROLES.map((role) => (
        <label key={role} className="check">
          <input
            type="checkbox"
            name={`${name}-${role}`}
            checked={value.includes(role)}
            onChange={(e) => toggle(role, e.target.checked)}
          />
          {t(`roles.${role}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** Roles as the words the user reads, or "none". */
export function useRoleNames() {
  const { t } = useTranslation();
  return (roles: readonly string[] | null) =>
    roles && roles.length > 0
      ? roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ')
      : t('admin.users.noRoles');
}
