import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentKinds, type DocumentKind, type IssuedDocument } from '../../../../shared/domain/certificates';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SearchBox } from '../../ui/SearchBox';
import { PrintButton } from '../practice/PrintButton';
import { RevokeDialog } from './RevokeDialog';
import { ExportCredentialButton } from '../credentials/ExportCredentialButton';

/** The register: every issued document, newest first; search by name or number, filter, reprint, revoke. */
export function RegisterSection() {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [courseId, setCourseId] = useState('');
  const [revoking, setRevoking] = useState<IssuedDocument | null>(null);
  const deferredSearch = useDeferredValue(search.trim());
  const courses = useApiQuery('courses.list', {});
  const documents = useApiQuery('documents.list', {
    ...(deferredSearch ? { search: deferredSearch } : {}),
    ...(kind ? { kind } : {}),
    ...(courseId ? { courseId } : {}),
  });
  const filtered = deferredSearch !== '' || kind !== '' || courseId !== '';

  return (
    <section className="card" aria-labelledby="register-title">
      <h2 id="register-title">{t('certificates.tabs.register')}</h2>
      <div className="toolbar">
        <SearchBox value={search} onChange={setSearch} />
        <label className="toolbar__item">
          <span>{t('certificates.register.kindFilter')}</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as DocumentKind | '')}>
            <option value="">{t('certificates.register.allKinds')}</option>
            {documentKinds.map((item) => (
              <option key={item} value={item}>{t(`certificates.kinds.${item}`)}</option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t('certificates.register.courseFilter')}</span>
          <select value={courseId} onChange={(event) => setCourseId(event.target.value)}>
            <option value="">{t('certificates.register.allCourses')}</option>
            {(courses.data ?? []).map((course) => (
              <option key={course.id} value={course.id}>{course.name}</option>
            ))}
          </select>
        </label>
      </div>
      {documents.isError ? <ErrorMessage error={documents.error} /> : null}
      {documents.data && documents.data.length === 0 ? <EmptyState>{filtered ? t('certificates.register.noMatch') : t('certificates.register.empty')}</EmptyState> : null}
      {documents.data && documents.data.length > 0 ? (
        <>
          <p className="muted" role="status">{t('certificates.register.count', { count: documents.data.length })}</p>
          <div className="table-scroll">
            <table className="table documents-register">
              <thead>
                <tr>
                  <th scope="col">{t('certificates.register.serial')}</th>
                  <th scope="col">{t('certificates.register.name')}</th>
                  <th scope="col">{t('certificates.register.kind')}</th>
                  <th scope="col">{t('certificates.register.course')}</th>
                  <th scope="col">{t('certificates.register.issuedOn')}</th>
                  <th scope="col">{t('certificates.register.status')}</th>
                  <th scope="col"><span className="visually-hidden">{t('certificates.register.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {documents.data.map((doc) => (
                  <tr key={doc.id} className={doc.revokedAt ? 'documents-register__revoked' : undefined}>
                    <td className="documents-register__serial">{doc.serial}</td>
                    <td><bdi dir="auto">{doc.participantName}</bdi></td>
                    <td>{t(`certificates.kinds.${doc.kind}`)}</td>
                    <td><bdi dir="auto">{doc.courseName}</bdi></td>
                    <td>{formatDate(doc.issuedOn, ui)}</td>
                    <td>
                      {doc.revokedAt ? (
                        <>
                          <strong>{t('certificates.register.revoked', { date: formatDate(doc.revokedAt.slice(0, 10), ui) })}</strong>
                          <br />
                          <span dir="auto">{doc.revokeReason}</span>
                        </>
                      ) : (
                        t('certificates.register.valid')
                      )}
                    </td>
                    <td className="documents-register__actions">
                      <PrintButton label={t('certificates.register.reprint')} ariaLabel={t('certificates.register.reprintLabel', { serial: doc.serial })} method="print.documents" input={{ ids: [doc.id] }} />
                      <ExportCredentialButton documentId={doc.id} serial={doc.serial} />
                      {doc.revokedAt ? null : (
                        <button type="button" className="button button--small button--danger" aria-label={t('certificates.register.revokeLabel', { serial: doc.serial })} onClick={() => setRevoking(doc)}>
                          {t('certificates.register.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <RevokeDialog document={revoking} onClose={() => setRevoking(null)} />
    </section>
  );
}
