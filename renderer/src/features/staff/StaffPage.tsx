import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { staffRoles, type StaffRole } from '../../../../shared/domain/staff';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LanguageList } from '../../ui/LanguagePicker';
import { PageHeader } from '../../ui/PageHeader';
import { SearchBox } from '../../ui/SearchBox';
import { NewStaffDialog } from './NewStaffDialog';

export function StaffPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<StaffRole | ''>('');
  const [creating, setCreating] = useState(false);
  const filter = { search: search || undefined, role: role || undefined };
  const staff = useApiQuery('staff.list', filter);
  const filtered = Boolean(search || role);

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('staff.new')}
          </button>
        }
      />
      <div className="toolbar">
        <SearchBox value={search} onChange={setSearch} />
        <label className="toolbar__item">
          <span>{t('staff.role')}</span>
          <select value={role} onChange={(event) => setRole(event.target.value as StaffRole | '')}>
            <option value="">{t('staff.allRoles')}</option>
            {staffRoles.map((item) => (
              <option key={item} value={item}>
                {t(`staff.roles.${item}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {staff.isError ? <ErrorMessage error={staff.error} /> : null}
      {staff.data && staff.data.length === 0 ? (
        <EmptyState>{filtered ? t('staff.noMatch') : t('staff.empty')}</EmptyState>
      ) : null}
      {staff.data && staff.data.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('staff.name')}</th>
              <th scope="col">{t('staff.role')}</th>
              <th scope="col">{t('staff.languages')}</th>
              <th scope="col">{t('staff.positionPercent')}</th>
            </tr>
          </thead>
          <tbody>
            {staff.data.map((person) => (
              <tr key={person.id}>
                <td>
                  <Link to={`/staff/${person.id}`} dir="auto">
                    {person.name}
                  </Link>
                </td>
                <td>{t(`staff.roles.${person.role}`)}</td>
                <td>
                  <LanguageList codes={person.languages} />
                </td>
                <td>{person.positionPercent} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <NewStaffDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(created) => navigate(`/staff/${created.id}`)}
      />
    </>
  );
}
