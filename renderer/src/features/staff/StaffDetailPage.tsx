import { useTranslation } from 'react-i18next';
import { isolate } from '../../../../shared/domain/text-direction';
import { Link, useNavigate, useParams } from 'react-router';
import { staffUpdateSchema, type Staff } from '../../../../shared/domain/staff';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { Field, issueFor } from '../../ui/Field';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { PageHeader } from '../../ui/PageHeader';
import { EditStatus } from '../../ui/EditStatus';
import { useRecordEditor } from '../../ui/use-record-editor';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { StaffRoleSelect } from './StaffRoleSelect';

export function StaffDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const staff = useApiQuery('staff.get', { id });
  if (staff.isError) {
    return <EmptyState action={<Link to="/staff">{t('common.backToList')}</Link>}>{t('common.notFound')}</EmptyState>;
  }
  if (!staff.data) return <p className="muted">{t('app.loading')}</p>;
  // Keyed by id: the form's draft starts from the stored row once and is not overwritten while typing.
  return <StaffForm key={staff.data.id} staff={staff.data} />;
}

function StaffForm({ staff }: { staff: Staff }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editor = useRecordEditor('staff.update', staff, staffUpdateSchema);
  const { values, edit } = editor;
  const remove = useUndoableDelete('staff');
  const courses = useApiQuery('courses.list', {});


  return (
    <>
      <PageHeader
        title={values.name || t('staff.name')}
        actions={
          <button
            type="button"
            className="button button--danger"
            onClick={() =>
              void remove(staff.id, t('staff.deleted', { name: isolate(values.name) })).then((done) => done && navigate('/staff'))
            }
          >
            {t('common.delete')}
          </button>
        }
      >
        <Link to="/staff">{t('common.backToList')}</Link>
      </PageHeader>
      <EditStatus editor={editor} />
      <form className="card form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <Field label={t('staff.name')} issue={issueFor(editor.issues, 'name')} required>
          {(control) => <input {...control} dir="auto" value={values.name} onChange={(e) => edit({ name: e.target.value })} />}
        </Field>
        <Field label={t('staff.role')} issue={issueFor(editor.issues, 'role')}>
          {(control) => (
            <StaffRoleSelect {...control} value={values.role} onChange={(role) => edit({ role })} />
          )}
        </Field>
        <Field label={t('staff.languages')} help={t('staff.languagesHelp')} issue={issueFor(editor.issues, 'languages')}>
          {(control) => <LanguagePicker {...control} value={values.languages} onChange={(languages) => edit({ languages })} />}
        </Field>
        <Field label={t('staff.positionPercent')} issue={issueFor(editor.issues, 'positionPercent')}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={100}
              step={5}
              value={Number.isNaN(values.positionPercent) ? '' : values.positionPercent}
              onChange={(e) => edit({ positionPercent: e.target.valueAsNumber })}
            />
          )}
        </Field>
        <Field label={t('staff.email')} issue={issueFor(editor.issues, 'email')}>
          {(control) => <input {...control} type="email" dir="ltr" value={values.email} onChange={(e) => edit({ email: e.target.value })} />}
        </Field>
        <Field label={t('staff.phone')} issue={issueFor(editor.issues, 'phone')}>
          {(control) => <input {...control} type="tel" dir="ltr" value={values.phone} onChange={(e) => edit({ phone: e.target.value })} />}
        </Field>
      </form>
      <section className="card">
        <h2>{t('staff.classes')}</h2>
        <ul>
          {(courses.data ?? [])
            .filter((course) => staff.courseIds.includes(course.id))
            .map((course) => (
              <li key={course.id}>
                <Link to={`/classes/${course.id}`} dir="auto">
                  {course.name}
                </Link>
              </li>
            ))}
        </ul>
      </section>
    </>
  );
}
