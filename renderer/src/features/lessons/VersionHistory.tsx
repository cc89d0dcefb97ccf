import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { LessonVersion } from '../../../../shared/domain/lessons';
import { apiErrorOf, request } from '../../api/client';
import { useApiQuery, useInvalidateAll } from '../../api/hooks';
import { sanitiseHtml } from '../../editor/sanitise';
import { useErrorText } from '../../i18n/use-error-text';
import { useUiLanguage } from '../../i18n/use-ui-language';

interface VersionHistoryProps {
  lessonId: string;
  beforeRestore: () => Promise<void>;
  onRestored: (html: string) => void;
}


/** Earlier versions of the lesson text (one per burst of editing), each shown read-only and restorable. */
export function VersionHistory({ lessonId, beforeRestore, onRestored }: VersionHistoryProps) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const invalidateAll = useInvalidateAll();
  const versions = useApiQuery('lessons.versions', { id: lessonId });
  const [shown, setShown] = useState<LessonVersion>();
  const ui = useUiLanguage();
  const timeFormat = new Intl.DateTimeFormat(ui === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'short', timeStyle: 'short' });

  const restore = async (version: LessonVersion) => {
    try {
      await beforeRestore();
      const lesson = await request('lessons.restoreVersion', { id: lessonId, versionId: version.id });
      onRestored(lesson.bodyHtml);
      setShown(undefined);
      void invalidateAll();
      toast(t('lessons.versions.restored'));
    } catch (error) {
      toast.error(errorText(apiErrorOf(error)));
    }
  };

  const list = versions.data ?? [];
  return (
    <aside className="card version-history" aria-labelledby="version-history-title">
      <h2 id="version-history-title">{t('lessons.versions.title')}</h2>
      {list.length === 0 ? <p className="muted">{t('lessons.versions.none')}</p> : null}
      <ol className="version-history__list">
        {list.map((version, index) => (
          <li key={version.id}>
            <button type="button" className="link-button" aria-pressed={shown?.id === version.id} onClick={() => setShown(version)}>
              {timeFormat.format(new Date(version.createdAt))}
              {index === 0 ? ` (${t('lessons.versions.current')})` : ''}
            </button>
          </li>
        ))}
      </ol>
      {shown ? (
        <div className="version-history__preview">
          {/* Sanitised again here: stored HTML is never shown without DOMPurify. */}
          <div className="lesson-body lesson-body--preview" dangerouslySetInnerHTML={{ __html: sanitiseHtml(shown.bodyHtml) }} />
          <button type="button" className="button" onClick={() => void restore(shown)} disabled={list[0]?.id === shown.id}>
            {t('lessons.versions.restore')}
          </button>
        </div>
      ) : null}
    </aside>
  );
}
