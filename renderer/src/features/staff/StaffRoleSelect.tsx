import { useTranslation } from 'react-i18next';
import { staffRoles, type StaffRole } from '../../../../shared/domain/staff';
import type { FieldControlProps } from '../../ui/Field';

export function StaffRoleSelect({ value, onChange, ...control }: FieldControlProps & { value: StaffRole; onChange: (role: StaffRole) => void }) {
  const { t } = useTranslation();
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value as StaffRole)}>
      {staffRoles.map((role) => (
        <option key={role} value={role}>
          {t(`staff.roles.${role}`)}
        </option>
      ))}
    </select>
  );
}
