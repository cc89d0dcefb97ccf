import { useTranslation } from 'react-i18next';
import { glossaryTranslationUpdateSchema, type GlossaryTranslation } from '../../../../shared/domain/glossary';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { EditStatus } from '../../ui/EditStatus';
import { Field, issueFor } from '../../ui/Field';
import { useRecordEditor } from '../../ui/use-record-editor';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { useGlossaryLanguages } from './languages/use-glossary-languages';
import { AuthorSelect, DirectionSelect, StatusSelect } from './TranslationFields';

/** The dir attribute for a field: the chosen direction, or the browser's own detection for 'auto'. */
const dirOf = (direction: GlossaryTranslation['direction']): 'ltr' | 'rtl' | 'auto' => direction;

/** One translation: text in its own script and direction, status and author, autosaved with undo. */
export function TranslationEditor({ translation }: { translation: GlossaryTranslation }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const editor = useRecordEditor('glossary.translations.update', translation, glossaryTranslationUpdateSchema);
  const { values, edit } = editor;
  const remove = useUndoableDelete('glossary.translations');
  const issue = (path: string) => issueFor(editor.issues, path);
  const names = useGlossaryLanguages();
  const language = names.nameOf(translation.language);
  const native = names.nativeOf(translation.language);
  const headingId = `translation-${translation.id}`;
  return (
    <article className="card glossary-translation" aria-labelledby={headingId}>
      <header className="section-header">
        <h3 id={headingId}>
          {language}
          {native && native !== language ? (
            <>
              {' '}
              <bdi lang={translation.language} dir={names.directionOf(translation.language)}>
                {native}
              </bdi>
            </>
          ) : null}
        </h3>
        <span className="muted" dir="ltr">
          {t('glossary.changedOn', { date: formatDate(translation.updatedAt.slice(0, 10), ui) })}
        </span>
        <button
          type="button"
          className="button button--danger"
          aria-label={t('glossary.deleteTranslation', { language })}
          onClick={() => void remove(translation.id, t('glossary.translationDeleted', { language }))}
        >
          {t('common.delete')}
        </button>
      </header>
      <EditStatus editor={editor} />
      <form className="form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <Field label={t('glossary.translation')} issue={issue('text')} required>
          {(control) => (
            <input
              {...control}
              className="glossary-translation__text"
              lang={translation.language}
              dir={dirOf(values.direction)}
              value={values.text}
              onChange={(e) => edit({ text: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('glossary.transliteration')} help={t('glossary.transliterationHelp')} issue={issue('transliteration')}>
          {(control) => <input {...control} dir="auto" value={values.transliteration} onChange={(e) => edit({ transliteration: e.target.value })} />}
        </Field>
        <Field label={t('glossary.translationExample')} issue={issue('example')}>
          {(control) => (
            <input {...control} lang={translation.language} dir={dirOf(values.direction)} value={values.example} onChange={(e) => edit({ example: e.target.value })} />
          )}
        </Field>
        <Field label={t('glossary.direction')} issue={issue('direction')}>
          {(control) => <DirectionSelect {...control} value={values.direction} onChange={(direction) => edit({ direction })} />}
        </Field>
        <Field label={t('glossary.status')} issue={issue('status')}>
          {(control) => <StatusSelect {...control} value={values.status} onChange={(status) => edit({ status })} />}
        </Field>
        <Field label={t('glossary.author')} issue={issue('authorId')}>
          {(control) => <AuthorSelect {...control} value={values.authorId} onChange={(authorId) => edit({ authorId })} />}
        </Field>
      </form>
    </article>
  );
}
