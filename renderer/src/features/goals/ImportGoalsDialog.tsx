import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import {
  goalImportFormats,
  goalImportMaxChars,
  type GoalImportPreview,
} from '../../../../shared/domain/goals';
import { request } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { GoalFilters, type GoalFilterValues } from './GoalFilters';
import { ImportPreviewTable } from './ImportPreviewTable';

type Format = (typeof goalImportFormats)[number];

interface ImportGoalsDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * «Importer»: choose a format, pick a file or paste, preview every line with its errors,
 * and import only a clean set. The preview changes nothing; the import is all or nothing.
 */
export function ImportGoalsDialog({ open, onOpenChange }: ImportGoalsDialogProps) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<Format>('csv');
  const [content, setContent] = useState('');
  const [defaults, setDefaults] = useState<GoalFilterValues>({ level: 'B1', skill: 'lese', domain: 'arbeidsliv' });
  const [preview, setPreview] = useState<GoalImportPreview>();
  const [previewError, setPreviewError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [readError, setReadError] = useState(false);
  const commit = useApiMutation('goals.importCommit');

  const input = (text: string, chosenFormat: Format, chosenDefaults: GoalFilterValues) => {
    const { level, skill, domain, trade } = chosenDefaults;
    const complete = level && skill && domain ? { level, skill, domain, trade: trade ?? null } : undefined;
    return { format: chosenFormat, content: text, ...(chosenFormat === 'grep-json' && complete ? { defaults: complete } : {}) };
  };

  const runPreview = async (text = content, chosenFormat = format, chosenDefaults = defaults) => {
    setPreview(undefined);
    setPreviewError(undefined);
    if (!text.trim()) return;
    setBusy(true);
    try {
      setPreview(await request('goals.importPreview', input(text, chosenFormat, chosenDefaults)));
    } catch (error) {
      setPreviewError(error);
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setContent('');
    setPreview(undefined);
    setPreviewError(undefined);
    setReadError(false);
    commit.reset();
  };

  const readFile = async (file: File | undefined) => {
    setReadError(false);
    if (!file) return;
    try {
      // Read as UTF-8: a Latin-1 file then shows replacement characters, which the preview reports.
      const text = (await file.text()).slice(0, goalImportMaxChars + 1);
      setContent(text);
      await runPreview(text);
    } catch {
      setReadError(true);
    }
  };

  const importAll = async () => {
    try {
      const result = await commit.mutateAsync(input(content, format, defaults));
      toast(t('goals.imported', { count: result.imported }));
      reset();
      onOpenChange(false);
    } catch {
      // Someone may have added the same goals meanwhile: show the fresh preview with its errors.
      await runPreview();
    }
  };

  const canImport = preview !== undefined && preview.errorCount === 0 && preview.validCount > 0 && !busy;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) reset();
        onOpenChange(next);
      }}
      title={t('goals.importTitle')}
    >
      <div className="import-dialog">
        <fieldset className="import-dialog__formats">
          <legend>{t('goals.format')}</legend>
          {goalImportFormats.map((item) => (
            <label key={item}>
              <input
                type="radio"
                name="goal-import-format"
                value={item}
                checked={format === item}
                onChange={() => {
                  setFormat(item);
                  void runPreview(content, item);
                }}
              />
              {t(`goals.formats.${item}`)}
            </label>
          ))}
        </fieldset>
        <p className="field__help">{format === 'csv' ? t('goals.csvHelp') : t('goals.grepHelp')}</p>
        {format === 'grep-json' ? (
          <div className="toolbar">
            <GoalFilters
              value={defaults}
              showRetiredToggle={false}
              onChange={(next) => {
                setDefaults(next);
                void runPreview(content, format, next);
              }}
            />
          </div>
        ) : null}
        <label className="field">
          <span>{t('goals.file')}</span>
          <input
            type="file"
            accept={format === 'csv' ? '.csv,.txt,text/csv,text/plain' : '.json,application/json'}
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        </label>
        {readError ? <p className="field__error" role="alert">{t('goals.fileReadError')}</p> : null}
        <label className="field">
          <span>{t('goals.content')}</span>
          <textarea
            rows={5}
            dir="auto"
            spellCheck={false}
            value={content}
            onChange={(event) => {
              setContent(event.target.value);
              setPreview(undefined);
            }}
          />
        </label>
        <div className="button-row">
          <button type="button" className="button" disabled={busy || !content.trim()} onClick={() => void runPreview()}>
            {t('goals.preview')}
          </button>
        </div>
        <div role="status" className="muted">
          {busy ? t('goals.previewing') : null}
        </div>
        {previewError ? <ErrorMessage error={previewError} /> : null}
        {preview ? <ImportPreviewTable preview={preview} /> : null}
        {preview && preview.errorCount > 0 ? <p className="warning-text">{t('goals.fixFirst')}</p> : null}
        {commit.isError ? <ErrorMessage error={commit.error} /> : null}
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={!canImport || commit.isPending} onClick={() => void importAll()}>
            {t('goals.commit', { count: preview?.validCount ?? 0 })}
          </button>
          <button type="button" className="button" onClick={() => { reset(); onOpenChange(false); }}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
