import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../../shared/domain/themes';
import { useApiQuery } from '../../api/hooks';
import { CopyPlanDialog } from './CopyPlanDialog';

/** «Kopier til en annen klasse» on a theme's page: the theme and its lessons, by school-day index. */
export function CopyThemeButton({ theme }: { theme: Theme }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const courses = useApiQuery('courses.list', {});
  const course = courses.data?.find((candidate) => candidate.id === theme.courseId);
  if (!course || !courses.data) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('copyPlan.openTheme')}
      </button>
      <CopyPlanDialog
        key={`${theme.id}-${theme.startDate}`}
        course={course}
        courses={courses.data}
        kinds={['theme']}
        date={theme.startDate}
        theme={theme}
        open={open}
        onOpenChange={setOpen}
      />
    </>
  );
}
