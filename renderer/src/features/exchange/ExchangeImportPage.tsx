import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { toast } from 'sonner';
import type { PackageInspection } from '../../../../shared/domain/exchange';
import { isolate } from '../../../../shared/domain/text-direction';
import { request } from '../../api/client';
import { useApiQuery, useInvalidateAll } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { PageHeader } from '../../ui/PageHeader';
import { MergeTable, rowKey, type Take } from './MergeTable';
import { ReceivedPackageList } from './ReceivedPackageList';
import { readPackageFile } from './package-file';
import { usePackageErrorText } from './use-package-error';
import './exchange.css';

type Loaded = { data: string; inspection: PackageInspection };

/** What the merge starts from: the assistant's value where only they changed it; a conflict waits for the user. */
function initialChoices(inspection: PackageInspection): Map<string, Take> {
  if (inspection.kind !== 'fromAssistant') return new Map();
  return new Map(inspection.rows.filter((row) => row.kind !== 'conflict').map((row) => [rowKey(row), 'assistant' as const]));
}

/**
 * «Importer pakke» under Ordlister. A return package from an assistant shows its translations
 * side by side with the centre's for a choice per row, then merges as one step that can be
 * undone. On an assistant's laptop, a package from the centre is taken in from here.
 */
export function ExchangeImportPage() {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const navigate = useNavigate();
  const invalidateAll = useInvalidateAll();
  const queryClient = useQueryClient();
  // The class page's list of packages sent shows whether a package is merged.
  const refresh = () => {
    void invalidateAll();
    void queryClient.invalidateQueries({ queryKey: ['exchange.sent.list'] });
  };
  const packageError = usePackageErrorText();
  const received = useApiQuery('exchange.received.list', {});
  const [loaded, setLoaded] = useState<Loaded>();
  const [choices, setChoices] = useState<Map<string, Take>>(new Map());
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const pick = async (file: File | undefined) => {
    setLoaded(undefined);
    setProblem(undefined);
    if (!file) return;
    setBusy(true);
    try {
      const data = await readPackageFile(file);
      if (data === undefined) {
        setProblem(t('exchange.rejected.tooLarge'));
        return;
      }
      const inspection = await request('exchange.inspect', { data });
      setLoaded({ data, inspection });
      setChoices(initialChoices(inspection));
    } catch (error) {
      setProblem(packageError(error));
    } finally {
      setBusy(false);
    }
  };

  const receive = async (data: string) => {
    setBusy(true);
    try {
      const taken = await request('exchange.receive', { data });
      void invalidateAll();
      void received.refetch();
      toast(t('exchange.received', { course: isolate(taken.courseName) }));
      navigate(`/glossaries/packages/${taken.id}`);
    } catch (error) {
      setProblem(packageError(error));
    } finally {
      setBusy(false);
    }
  };

  const merge = async (data: string, inspection: Extract<PackageInspection, { kind: 'fromAssistant' }>) => {
    setBusy(true);
    try {
      const result = await request('exchange.merge', {
        data,
        choices: inspection.rows.map((row) => ({ termId: row.termId, language: row.language, take: choices.get(rowKey(row)) ?? 'centre' })),
      });
      refresh();
      setLoaded(undefined);
      toast(t('exchange.merged', { taken: result.taken, kept: result.kept }), {
        duration: 15_000,
        action: {
          label: t('common.undo'),
          onClick: () => {
            void request('exchange.undoMerge', { mergeId: result.mergeId }).then(
              () => {
                refresh();
                toast(t('exchange.mergeUndone'));
              },
              (error: unknown) => toast.error(packageError(error)),
            );
          },
        },
      });
    } catch (error) {
      setProblem(packageError(error));
    } finally {
      setBusy(false);
    }
  };

  const inspection = loaded?.inspection;
  const unanswered = inspection?.kind === 'fromAssistant' ? inspection.rows.filter((row) => !choices.has(rowKey(row))).length : 0;

  return (
    <>
      <PageHeader title={t('exchange.importTitle')}>
        <Link to="/glossaries">{t('exchange.backToGlossaries')}</Link>
      </PageHeader>
      <p className="muted">{t('exchange.importIntro')}</p>
      <div className="card">
        <label className="exchange-file">
          <span>{t('exchange.chooseFile')}</span>
          <input
            type="file"
            accept=".zip,application/zip"
            disabled={busy}
            onChange={(event) => {
              void pick(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
        {busy ? <p className="muted" role="status">{t('exchange.reading')}</p> : null}
        {problem ? (
          <div className="error-banner" role="alert">
            {problem}
          </div>
        ) : null}
      </div>

      {loaded && inspection?.kind === 'toAssistant' ? (
        <section className="card" aria-labelledby="exchange-incoming-title">
          <h2 id="exchange-incoming-title">{t('exchange.fromCentreTitle')}</h2>
          <p>
            {t('exchange.fromCentreSummary', {
              course: isolate(inspection.courseName),
              assistant: isolate(inspection.assistantName),
              from: formatDate(inspection.from, ui),
              to: formatDate(inspection.to, ui),
              lessons: inspection.lessonCount,
              terms: inspection.termCount,
            })}
          </p>
          {inspection.alreadyReceived ? <p className="muted">{t('exchange.alreadyReceived')}</p> : null}
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void receive(loaded.data)}>
            {t('exchange.receive')}
          </button>
        </section>
      ) : null}

      {loaded && inspection?.kind === 'fromAssistant' ? (
        <section className="card" aria-labelledby="exchange-merge-title">
          <h2 id="exchange-merge-title">{t('exchange.mergeTitle')}</h2>
          <p>
            {t('exchange.returnSummary', {
              assistant: isolate(inspection.assistantName),
              course: isolate(inspection.courseName),
              from: formatDate(inspection.from, ui),
              to: formatDate(inspection.to, ui),
            })}
          </p>
          {inspection.unchangedCount > 0 ? <p className="muted">{t('exchange.unchanged', { count: inspection.unchangedCount })}</p> : null}
          {inspection.rows.length === 0 ? (
            <p>{t('exchange.nothingToMerge')}</p>
          ) : (
            <>
              <MergeTable rows={inspection.rows} choices={choices} onChoose={(key, take) => setChoices((old) => new Map(old).set(key, take))} />
              <div className="exchange-actions">
                <button type="button" className="button" onClick={() => setChoices(new Map(inspection.rows.map((row) => [rowKey(row), 'assistant'])))}>
                  {t('exchange.takeAllAssistant')}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy || unanswered > 0}
                  aria-describedby={unanswered > 0 ? 'exchange-unanswered' : undefined}
                  onClick={() => void merge(loaded.data, inspection)}
                >
                  {t('exchange.merge')}
                </button>
                {unanswered > 0 ? (
                  <span id="exchange-unanswered" className="warning-text">
                    {t('exchange.unanswered', { count: unanswered })}
                  </span>
                ) : null}
              </div>
            </>
          )}
        </section>
      ) : null}

      <ReceivedPackageList packages={received.data ?? []} />
    </>
  );
}
