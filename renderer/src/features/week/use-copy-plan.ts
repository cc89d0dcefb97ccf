import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { lessonCopySchema, type LessonCopyInput, type LessonCopyResult } from '../../../../shared/domain/copy-plan';
import { isolate } from '../../../../shared/domain/text-direction';
import type { FieldIssue } from '../../../../shared/result';
import { toFieldIssues } from '../../../../shared/validation';
import { ApiCallError, apiErrorOf, request } from '../../api/client';
import { useInvalidateAll } from '../../api/hooks';
import { useErrorText } from '../../i18n/use-error-text';
import { fieldOfPath } from './copy-plan-input';

/**
 * Preview, then commit, of a plan copy. The commit's answer names every new lesson and theme,
 * so the toast's undo moves exactly those to the bin.
 */
export function useCopyPlan(onDone: () => void) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const invalidateAll = useInvalidateAll();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [preview, setPreview] = useState<LessonCopyResult>();
  const [busy, setBusy] = useState(false);

  const fail = (error: unknown) => {
    if (error instanceof ApiCallError && error.error.issues) {
      setIssues(error.error.issues.map((issue) => ({ ...issue, path: fieldOfPath(issue.path) })));
    } else toast.error(errorText(apiErrorOf(error)));
  };

  const undo = (done: LessonCopyResult) =>
    request('lessons.deleteMany', { ids: done.createdLessonIds, themeIds: done.createdThemeIds }).then(() => {
      void invalidateAll();
      toast(t('copyPlan.undone'));
    }, fail);

  const send = async (input: LessonCopyInput, commit: boolean, targetName: string) => {
    const parsed = lessonCopySchema.safeParse(input);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error, input).map((issue) => ({ ...issue, path: fieldOfPath(issue.path) })));
      return;
    }
    setBusy(true);
    try {
      if (!commit) {
        setPreview(await request('lessons.copyPreview', input));
        setIssues([]);
        return;
      }
      const done = await request('lessons.copyCommit', input);
      void invalidateAll();
      toast(t('copyPlan.copied', { count: done.createdLessonIds.length, name: isolate(targetName) }), {
        duration: 10_000,
        action: { label: t('common.undo'), onClick: () => void undo(done) },
      });
      onDone();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setPreview(undefined);
    setIssues([]);
  };

  return { issues, preview, busy, send, reset, clearPreview: () => setPreview(undefined) };
}
