import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { usePrint } from '../week/use-print';
import { AlignmentView } from './AlignmentView';
import { ClassMatrixView } from './ClassMatrixView';
import './assessments.css';

const views = ['matrix', 'alignment'] as const;
type View = (typeof views)[number];

/** «Vurdering»: the class matrix, and the view that lines up portfolio, Norskprøven and goals per level. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'alignment' ? 'alignment' : 'matrix';
  const courseId = params.get('course') ?? '';
  const checklist = usePrint();
  const choose = (next: Partial<{ view: View; course: string }>) => {
    const merged = { view, course: courseId, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== '')), { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('assessments.title')}
        actions={
          <button type="button" className="button" onClick={() => void checklist.print('print.selfAssessment', {})}>
            {t('assessments.self.printBlank')}
          </button>
        }
      >
        <p className="muted">{t('assessments.intro')}</p>
      </PageHeader>
      {checklist.statusText ? <p role="status" className="muted">{checklist.statusText}</p> : null}
      <nav className="assessment-tabs" aria-label={t('assessments.views')}>
        {views.map((item) => (
          <button
            key={item}
            type="button"
            className={item === view ? 'button button--primary' : 'button'}
            aria-pressed={item === view}
            onClick={() => choose({ view: item })}
          >
            {t(`assessments.view.${item}`)}
          </button>
        ))}
      </nav>
      {view === 'matrix' ? <ClassMatrixView courseId={courseId} onCourse={(course) => choose({ course })} /> : <AlignmentView />}
    </>
  );
}
