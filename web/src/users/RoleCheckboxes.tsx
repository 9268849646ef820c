/** @module A checkbox per role, with what each role may do in its tooltip. */
import { type Role, roleNames } from '../api/types';
import { useI18n } from '../i18n/language';

interface RoleCheckboxesProps {
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  /** Names the group for screen readers, e.g. "Roles of alice". */
  label: string;
}

export function RoleCheckboxes({ value, onChange, label }: RoleCheckboxesProps) {
  const { t } = useI18n();
  const toggle = (role: Role, on: boolean) =>
    onChange(roleNames.filter((name) => (name === role ? on : value.includes(name))));
  return (
    <fieldset className="role-boxes">
      <legend className="sr-only">{label}</legend>
      {roleNames.map((role) => (
        <label key={role} className="checkbox" title={t(`roleHint.${role}`)}>
          <input
            type="checkbox"
            name={role}
            checked={value.includes(role)}
            onChange={(e) => toggle(role, e.target.checked)}
          />
          {t(`role.${role}`)}
        </label>
      ))}
    </fieldset>
  );
}
