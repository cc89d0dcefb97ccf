import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { languageName, languages } from '../../../../shared/domain/languages';
import {
  participantDisplayName,
  participantSortKeys,
  programmes,
  type Programme,
} from '../../../../shared/domain/participants';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { EmptyState } from '../../ui/EmptyState';
import { NameList } from '../../ui/NameList';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LanguageList } from '../../ui/LanguagePicker';
import { PageHeader } from '../../ui/PageHeader';
import { SearchBox } from '../../ui/SearchBox';
import { useWindowRows } from '../../ui/use-window-rows';
import { NewParticipantDialog } from './NewParticipantDialog';
import { CourseSelect } from '../courses/CourseSelect';

type SortKey = (typeof participantSortKeys)[number];

export function ParticipantsPage() {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [programme, setProgramme] = useState<Programme | ''>('');
  const [motherTongue, setMotherTongue] = useState('');
  const [courseId, setCourseId] = useState('');
  const [sort, setSort] = useState<SortKey>('name');
  const [creating, setCreating] = useState(false);
  const participants = useApiQuery('participants.list', {
    search: search || undefined,
    programme: programme || undefined,
    motherTongue: motherTongue || undefined,
    courseId: courseId || undefined,
    sort,
  });
  const courses = useApiQuery('courses.list', {});
  const courseName = new Map((courses.data ?? []).map((course) => [course.id, course.name]));
  const filtered = Boolean(search || programme || motherTongue || courseId);
  const rows = participants.data ?? [];
  const { containerRef, items, measureElement, paddingBefore, paddingAfter } = useWindowRows<HTMLTableElement>(rows.length);

  return (
    <>
      <PageHeader
        title={t('participants.title')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('participants.new')}
          </button>
        }
      />
      <div className="toolbar">
        <SearchBox value={search} onChange={setSearch} />
        <label className="toolbar__item">
          <span>{t('participants.programme')}</span>
          <select value={programme} onChange={(e) => setProgramme(e.target.value as Programme | '')}>
            <option value="">{t('participants.allProgrammes')}</option>
            {programmes.map((item) => (
              <option key={item} value={item}>
                {t(`participants.programmes.${item}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t('participants.motherTongues')}</span>
          <select value={motherTongue} onChange={(e) => setMotherTongue(e.target.value)}>
            <option value="">{t('participants.allLanguages')}</option>
            {[...languages]
              .sort((a, b) => a[ui].localeCompare(b[ui], ui))
              .map((language) => (
                <option key={language.code} value={language.code}>
                  {languageName(language.code, ui)}
                </option>
              ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t('participants.classes')}</span>
          <CourseSelect value={courseId} onChange={setCourseId} noneLabel={t('participants.allClasses')} />
        </label>
        <label className="toolbar__item">
          <span>{t('common.sortBy')}</span>
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {participantSortKeys.map((key) => (
              <option key={key} value={key}>
                {t(`participants.sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {participants.isError ? <ErrorMessage error={participants.error} /> : null}
      {participants.data ? (
        <p className="muted" role="status">
          {t('common.count', { count: participants.data.length })}
        </p>
      ) : null}
      {participants.data && participants.data.length === 0 ? (
        <EmptyState>{filtered ? t('participants.noMatch') : t('participants.empty')}</EmptyState>
      ) : null}
      {participants.data && participants.data.length > 0 ? (
        <table className="table" ref={containerRef} aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">{t('participants.name')}</th>
              <th scope="col">{t('participants.motherTongues')}</th>
              <th scope="col">{t('participants.programme')}</th>
              <th scope="col">{t('participants.classes')}</th>
              <th scope="col">{t('participants.startDate')}</th>
            </tr>
          </thead>
          <tbody>
            {paddingBefore > 0 ? <tr aria-hidden="true" style={{ blockSize: paddingBefore }} /> : null}
            {items.map((item) => {
              const participant = rows[item.index];
              if (!participant) return null;
              return (
                <tr key={participant.id} data-index={item.index} ref={measureElement} aria-rowindex={item.index + 2}>
                  <td>
                    <Link to={`/participants/${participant.id}`} dir="auto">
                      {participantDisplayName(participant)}
                    </Link>
                  </td>
                  <td>
                    <LanguageList codes={participant.motherTongues} />
                  </td>
                  <td>{t(`participants.programmes.${participant.programme}`)}</td>
                  <td>
                    <NameList names={participant.courseIds.map((id) => courseName.get(id))} />
                  </td>
                  <td>{formatDate(participant.startDate, ui)}</td>
                </tr>
              );
            })}
            {paddingAfter > 0 ? <tr aria-hidden="true" style={{ blockSize: paddingAfter }} /> : null}
          </tbody>
        </table>
      ) : null}
      <NewParticipantDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(created) => navigate(`/participants/${created.id}`)}
      />
    </>
  );
}
