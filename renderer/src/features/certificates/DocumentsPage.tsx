import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { IssueSection } from './IssueSection';
import { RegisterSection } from './RegisterSection';
import { TemplateTextsSection } from './TemplateTextsSection';
import './certificates.css';

const views = ['register', 'issue', 'texts'] as const;
type View = (typeof views)[number];
const isView = (value: string | null): value is View => (views as readonly (string | null)[]).includes(value);

/** «Dokumenter»: the register of issued documents, printing for a class, and the wording of each document. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('view');
  const view: View = isView(requested) ? requested : 'register';
  const choose = (next: View) => setParams((current) => {
    const copy = new URLSearchParams(current);
    copy.set('view', next);
    return copy;
  });
  return (
    <>
      <PageHeader title={t('certificates.title')}>
        <p className="muted">{t('certificates.intro')}</p>
      </PageHeader>
      <nav className="documents-tabs" aria-label={t('certificates.views')}>
        {views.map((item) => (
          <button key={item} type="button" className={item === view ? 'button button--primary' : 'button'} aria-pressed={item === view} onClick={() => choose(item)}>
            {t(`certificates.tabs.${item}`)}
          </button>
        ))}
      </nav>
      {view === 'register' ? <RegisterSection /> : null}
      {view === 'issue' ? <IssueSection onIssued={() => choose('register')} /> : null}
      {view === 'texts' ? <TemplateTextsSection /> : null}
    </>
  );
}
