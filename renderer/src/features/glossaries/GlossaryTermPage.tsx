import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { glossaryTermUpdateSchema, type GlossaryTerm } from '../../../../shared/domain/glossary';
import { isolate } from '../../../../shared/domain/text-direction';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ChipPicker } from '../../ui/ChipPicker';
import { EditStatus } from '../../ui/EditStatus';
import { EmptyState } from '../../ui/EmptyState';
import { Field, issueFor } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useRecordEditor } from '../../ui/use-record-editor';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { AudioField } from './AudioField';
import { LexinLink } from './LexinLink';
import { PictureField } from './PictureField';
import { TranslationsSection } from './TranslationsSection';
import { WordClassSelect } from './WordClassSelect';
import './glossaries.css';

/** One term: the Norwegian word and its links (autosaved, with undo), then its translations. */
export function GlossaryTermPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const term = useApiQuery('glossary.get', { id });
  if (term.isError) {
    return <EmptyState action={<Link to="/glossaries">{t('common.backToList')}</Link>}>{t('common.notFound')}</EmptyState>;
  }
  if (!term.data) return <p className="muted">{t('app.loading')}</p>;
  return (
    <>
      {/* Keyed by id: the draft starts from the stored row once and is not overwritten while typing. */}
      <TermForm key={term.data.id} term={term.data} />
      <TranslationsSection key={`translations-${term.data.id}`} term={term.data} />
    </>
  );
}

function TermForm({ term }: { term: GlossaryTerm }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const navigate = useNavigate();
  const editor = useRecordEditor('glossary.update', term, glossaryTermUpdateSchema);
  const { values, edit } = editor;
  const remove = useUndoableDelete('glossary');
  const issue = (path: string) => issueFor(editor.issues, path);
  const overview = useApiQuery('glossary.overview', {});
  const lessons = useApiQuery('glossary.lessonOptions', { id: term.id });
  const themeOptions = (overview.data?.themes ?? []).map((theme) => ({ value: theme.id, label: theme.name, detail: theme.courseName }));
  const lessonOptions = (lessons.data ?? []).map((lesson) => ({
    value: lesson.id,
    label: `${formatDate(lesson.date, ui)} ${lesson.title}`,
    detail: lesson.courseName,
  }));
  const back = term.themeIds[0] ? `/glossaries/themes/${term.themeIds[0]}` : '/glossaries';

  return (
    <>
      <PageHeader
        title={<span lang="nb">{values.term || t('glossary.term')}</span>}
        actions={
          <button
            type="button"
            className="button button--danger"
            onClick={() => void remove(term.id, t('glossary.deleted', { term: isolate(values.term) })).then((done) => done && navigate(back))}
          >
            {t('common.delete')}
          </button>
        }
      >
        <Link to={back}>{t('common.backToList')}</Link>
      </PageHeader>
      <EditStatus editor={editor} />
      <form className="card form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <Field label={t('glossary.term')} issue={issue('term')} required>
          {(control) => <input {...control} lang="nb" value={values.term} onChange={(e) => edit({ term: e.target.value })} />}
        </Field>
        <Field label={t('glossary.wordClass')} issue={issue('wordClass')}>
          {(control) => <WordClassSelect {...control} value={values.wordClass} onChange={(wordClass) => edit({ wordClass })} />}
        </Field>
        <Field label={t('glossary.example')} issue={issue('example')}>
          {(control) => <input {...control} lang="nb" value={values.example} onChange={(e) => edit({ example: e.target.value })} />}
        </Field>
        <Field label={t('glossary.themes')} issue={issue('themeIds')}>
          {(control) => (
            <ChipPicker
              {...control}
              value={values.themeIds}
              options={themeOptions}
              onChange={(themeIds) => edit({ themeIds })}
              addLabel={t('glossary.addTheme')}
              emptyText={t('glossary.themesEmpty')}
              removeLabel={(option) => t('glossary.removeTheme', { name: option.label })}
            />
          )}
        </Field>
        <Field label={t('glossary.lessons')} help={t('glossary.lessonsHelp')} issue={issue('lessonIds')}>
          {(control) => (
            <ChipPicker
              {...control}
              value={values.lessonIds}
              options={lessonOptions}
              onChange={(lessonIds) => edit({ lessonIds })}
              addLabel={t('glossary.addLesson')}
              emptyText={t('glossary.lessonsEmpty')}
              removeLabel={(option) => t('glossary.removeLesson', { name: option.label })}
            />
          )}
        </Field>
        <PictureField materialId={values.materialId} stored={term.image} issue={issue('materialId')} onChange={(materialId) => edit({ materialId })} />
        <AudioField
          term={values.term}
          audioMaterialId={values.audioMaterialId}
          stored={term.audio}
          issue={issue('audioMaterialId')}
          onChange={(audioMaterialId) => edit({ audioMaterialId })}
        />
        <LexinLink term={values.term} />
      </form>
    </>
  );
}
