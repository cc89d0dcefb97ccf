import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { AttendanceEntry, AttendanceRecord, LessonAttendance } from '../../../../shared/domain/attendance';
import type { ApiError } from '../../../../shared/result';
import { apiErrorOf, request } from '../../api/client';
import { queryKey, useApiQuery, useInvalidateAll } from '../../api/hooks';
import type { SaveState } from '../../ui/use-autosave';

/** What puts the register back as it was before the last change. */
interface UndoStep {
  entries: AttendanceEntry[];
}

const entryOf = (participantId: string, record: AttendanceRecord | null): AttendanceEntry =>
  record === null
    ? { participantId, status: null }
    : { participantId, status: record.status, ...(record.minutesAttended !== null ? { minutesAttended: record.minutesAttended } : {}) };

/**
 * A lesson's register with autosave: every choice is sent at once, the answer replaces the
 * cached register, and the state before the last change is kept so it can be undone.
 */
export function useAttendanceRegister(lessonId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invalidateAll = useInvalidateAll();
  const register = useApiQuery('attendance.forLesson', { lessonId });
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<ApiError | null>(null);
  const [last, setLast] = useState<UndoStep | null>(null);

  const show = (value: LessonAttendance) => {
    queryClient.setQueryData(queryKey('attendance.forLesson', { lessonId }), value);
    // Ledgers and class summaries elsewhere depend on this register.
    void invalidateAll();
  };

  const apply = async (entries: AttendanceEntry[]): Promise<boolean> => {
    setState('saving');
    try {
      show(await request('attendance.record', { lessonId, entries }));
      setState('saved');
      setError(null);
      return true;
    } catch (caught) {
      setState('invalid');
      setError(apiErrorOf(caught));
      return false;
    }
  };

  const record = async (entry: AttendanceEntry): Promise<boolean> => {
    const before = register.data?.rows.find((row) => row.participantId === entry.participantId)?.record ?? null;
    const done = await apply([entry]);
    if (done) setLast({ entries: [entryOf(entry.participantId, before)] });
    return done;
  };

  const markAllPresent = async () => {
    setState('saving');
    try {
      const result = await request('attendance.markAllPresent', { lessonId });
      const { markedIds, ...value } = result;
      show(value);
      setState('saved');
      setError(null);
      if (markedIds.length === 0) {
        toast(t('attendance.nothingToMark'));
        return;
      }
      const step = { entries: markedIds.map((participantId) => ({ participantId, status: null })) };
      setLast(step);
      toast(t('attendance.markedAll', { count: markedIds.length }), {
        duration: 10_000,
        action: { label: t('common.undo'), onClick: () => void apply(step.entries).then((ok) => ok && setLast(null)) },
      });
    } catch (caught) {
      setState('invalid');
      setError(apiErrorOf(caught));
    }
  };

  const undo = async () => {
    if (!last) return;
    if (await apply(last.entries)) {
      setLast(null);
      toast(t('attendance.undone'));
    }
  };

  return { register, state, error, canUndo: last !== null, record, markAllPresent, undo };
}
