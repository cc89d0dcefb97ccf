import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import {
  glossaryImportFormats,
  glossaryImportMaxBytes,
  type GlossaryImportFormat,
  type GlossaryImportPreview,
} from '../../../../../shared/domain/glossary-exchange';
import { request } from '../../../api/client';
import { useApiMutation } from '../../../api/hooks';
import { Dialog } from '../../../ui/Dialog';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { ImportPreview, useImportIssueText } from './ImportPreview';
import { readFileAsBase64 } from './read-file';
import './import-export.css';

interface GlossaryImportDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** New terms go into this theme; none for «Uten tema». */
  themeId?: string;
}

const accept: Record<GlossaryImportFormat, string> = {
  csv: '.csv,.txt,.tsv,text/csv,text/plain',
  tbx: '.tbx,.xml,application/xml,text/xml',
};

/**
 * «Importer ordliste»: pick a CSV or TBX file, see what it would do (new terms, new and
 * changed translations, unchanged, and every problem by line or entry), then import it all.
 * Nothing is stored before «Importer»; a file with problems cannot be imported.
 */
export function GlossaryImportDialog({ open, onOpenChange, themeId }: GlossaryImportDialogProps) {
  const { t } = useTranslation();
  const issueText = useImportIssueText();
  const [format, setFormat] = useState<GlossaryImportFormat>('csv');
  const [content, setContent] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<GlossaryImportPreview>();
  const [previewError, setPreviewError] = useState<unknown>();
  const [readError, setReadError] = useState<'tooLarge' | 'unreadable' | null>(null);
  const [busy, setBusy] = useState(false);
  const commit = useApiMutation('glossary.import.commit');

  const runPreview = async (base64: string, chosenFormat: GlossaryImportFormat) => {
    setPreview(undefined);
    setPreviewError(undefined);
    setBusy(true);
    try {
      setPreview(await request('glossary.import.preview', { format: chosenFormat, contentBase64: base64, ...(themeId ? { themeId } : {}) }));
    } catch (error) {
      setPreviewError(error);
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setContent(null);
    setPreview(undefined);
    setPreviewError(undefined);
    setReadError(null);
    commit.reset();
  };

  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Emptied at once, so choosing the same file again after fixing it is seen as a new choice.
    input.value = '';
    reset();
    if (!file) return;
    if (file.size > glossaryImportMaxBytes) {
      setReadError('tooLarge');
      return;
    }
    // The file's own extension decides the format when it is clear.
    const chosenFormat: GlossaryImportFormat = /\.(tbx|xml)$/i.test(file.name) ? 'tbx' : /\.(csv|txt|tsv)$/i.test(file.name) ? 'csv' : format;
    setFormat(chosenFormat);
    try {
      const base64 = await readFileAsBase64(file);
      setContent({ name: file.name, base64 });
      await runPreview(base64, chosenFormat);
    } catch {
      setReadError('unreadable');
    }
  };

  const importAll = async () => {
    if (!content) return;
    try {
      const result = await commit.mutateAsync({ format, contentBase64: content.base64, ...(themeId ? { themeId } : {}) });
      toast(t('glossaryExchange.imported', result));
      reset();
      onOpenChange(false);
    } catch {
      // The glossary may have changed meanwhile: show the fresh preview with its problems.
      await runPreview(content.base64, format);
    }
  };

  const hasErrors = preview !== undefined && preview.counts.errors > 0;
  const somethingToDo = preview !== undefined && preview.counts.newTerms + preview.counts.newTranslations + preview.counts.changed > 0;
  const canImport = somethingToDo && !hasErrors && !busy;
  const delimiterName = preview?.delimiter === ';' ? 'semicolon' : preview?.delimiter === ',' ? 'comma' : preview?.delimiter === '\t' ? 'tab' : null;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) reset();
        onOpenChange(next);
      }}
      title={t('glossaryExchange.importTitle')}
    >
      <div className="glossary-import">
        <fieldset className="glossary-import__formats">
          <legend>{t('glossaryExchange.format')}</legend>
          {glossaryImportFormats.map((item) => (
            <label key={item}>
              <input
                type="radio"
                name="glossary-import-format"
                value={item}
                checked={format === item}
                onChange={() => {
                  setFormat(item);
                  if (content) void runPreview(content.base64, item);
                }}
              />
              {t(`glossaryExchange.formats.${item}`)}
            </label>
          ))}
        </fieldset>
        <p className="field__help">{format === 'csv' ? t('glossaryExchange.csvHelp') : t('glossaryExchange.tbxHelp')}</p>
        <label className="field">
          <span>{t('glossaryExchange.file')}</span>
          <input type="file" accept={accept[format]} onChange={(event) => void readFile(event.target)} />
        </label>
        {readError ? (
          <p className="field__error" role="alert">
            {readError === 'tooLarge' ? t('glossaryExchange.issue.tooLarge') : t('glossaryExchange.fileReadError')}
          </p>
        ) : null}
        <div role="status" className="muted">
          {busy ? t('glossaryExchange.previewing') : null}
          {content ? <bdi dir="auto">{content.name}</bdi> : null}
          {content && preview?.encoding ? ' · ' : null}
          {preview?.encoding ? (
            <span>
              {t('glossaryExchange.foundEncoding', { encoding: t(`glossaryExchange.encodings.${preview.encoding}`) })}
              {delimiterName ? ` ${t('glossaryExchange.foundDelimiter', { delimiter: t(`glossaryExchange.delimiters.${delimiterName}`) })}` : ''}
            </span>
          ) : null}
        </div>
        {previewError ? <ErrorMessage error={previewError} /> : null}
        {preview && preview.fileErrors.length > 0 ? (
          <div className="glossary-import__file-errors" role="alert">
            <p>{t('glossaryExchange.fileRefused')}</p>
            <ul>
              {preview.fileErrors.map((issue) => (
                <li key={`${issue.line}-${issue.field}-${issue.code}`}>
                  {issue.line > 0 ? `${t('glossaryExchange.line')} ${issue.line} · ` : ''}
                  {issueText(issue)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {preview && preview.rows.length > 0 ? <ImportPreview preview={preview} /> : null}
        {hasErrors && preview.rows.length > 0 ? <p className="warning-text">{t('glossaryExchange.fixFirst')}</p> : null}
        {preview && !hasErrors && !somethingToDo ? <p className="muted">{t('glossaryExchange.nothingToDo')}</p> : null}
        {commit.isError ? <ErrorMessage error={commit.error} /> : null}
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={!canImport || commit.isPending} onClick={() => void importAll()}>
            {t('glossaryExchange.commit')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              reset();
              onOpenChange(false);
            }}
          >
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
