import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedFile } from '../../../../shared/api/client';
import type { GlossaryTerm } from '../../../../shared/domain/glossary';
import { materialFileUrl, type Material } from '../../../../shared/domain/materials';
import type { ApiError, FieldIssue } from '../../../../shared/result';
import { transport } from '../../api/transport';
import { useErrorText } from '../../i18n/use-error-text';
import { PicturePickerDialog } from './PicturePickerDialog';
import { useAudioRecorder } from './use-audio-recorder';

interface AudioFieldProps {
  term: string;
  audioMaterialId: string | null;
  /** The recording as last stored, with its consent state. */
  stored: GlossaryTerm['audio'];
  issue: FieldIssue | undefined;
  onChange: (audioMaterialId: string | null) => void;
}

type Problem = { kind: 'error'; error: ApiError } | { kind: 'notAudio' } | null;

/**
 * The term's pronunciation: a recording from the material store, a file from disk, or one
 * recorded here. Files and recordings go into the material store first (the same import as
 * the gallery), then the term links to them.
 */
export function AudioField({ term, audioMaterialId, stored, issue, onChange }: AudioFieldProps) {
  const { t } = useTranslation();
  const { errorText, issueText } = useErrorText();
  const queryClient = useQueryClient();
  const recorder = useAudioRecorder();
  const fileInput = useRef<HTMLInputElement>(null);
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<Material | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const current =
    picked?.id === audioMaterialId ? { caption: picked.caption, blocked: picked.blocked } : stored?.materialId === audioMaterialId ? stored : null;

  const link = (material: Material) => {
    setPicked(material);
    setProblem(null);
    onChange(material.id);
  };

  const upload = async (file: PickedFile) => {
    setSending(true);
    setProblem(null);
    const result = await transport.importMaterial(file, {
      fileName: file.name,
      lastModified: file.lastModified,
      caption: t('glossary.audioCaption', { term }),
    });
    setSending(false);
    void queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith('materials.') });
    if (!result.ok) {
      setProblem({ kind: 'error', error: result.error });
      return false;
    }
    if (result.value.material.kind !== 'audio') {
      setProblem({ kind: 'notAudio' });
      return false;
    }
    link(result.value.material);
    return true;
  };

  const keepRecording = async () => {
    if (recorder.state.status !== 'recorded') return;
    const blob = recorder.state.blob;
    const extension = blob.type.includes('ogg') ? 'ogg' : 'webm';
    const file = new File([blob], `${t('glossary.audioFileName', { term })}.${extension}`, { type: blob.type, lastModified: Date.now() });
    if (await upload(file)) recorder.reset();
  };

  const state = recorder.state;
  return (
    <fieldset className="field glossary-audio">
      <legend>{t('glossary.audio')}</legend>
      {audioMaterialId ? (
        <figure className="glossary-audio__figure">
          <audio controls preload="metadata" src={materialFileUrl({ id: audioMaterialId }, 'original')} aria-label={t('glossary.audioPlay', { term })} />
          {current?.caption ? <figcaption dir="auto">{current.caption}</figcaption> : null}
        </figure>
      ) : (
        <p className="muted">{t('glossary.noAudio')}</p>
      )}
      {current?.blocked ? <p className="warning-text">{t('glossary.audioBlocked')}</p> : null}
      {issue ? (
        <p className="field__error" role="alert">
          {issueText(issue)}
        </p>
      ) : null}
      {problem ? (
        <p className="field__error" role="alert">
          {problem.kind === 'error' ? errorText(problem.error) : t('glossary.notAudio')}
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <p className="field__error" role="alert">
          {t(`glossary.recorder.${state.reason}`)}
        </p>
      ) : null}
      {state.status === 'recording' ? (
        <p className="glossary-audio__recording" role="status">
          {t('glossary.recorder.recording')}
        </p>
      ) : null}
      {state.status === 'recorded' ? (
        <div className="glossary-audio__take">
          <audio controls src={state.url} aria-label={t('glossary.recorder.preview')} />
        </div>
      ) : null}
      {sending ? <p role="status">{t('glossary.audioSending')}</p> : null}
      <div className="button-row">
        {state.status === 'recording' ? (
          <button type="button" className="button button--primary" onClick={recorder.stop}>
            {t('glossary.recorder.stop')}
          </button>
        ) : state.status === 'recorded' ? (
          <>
            <button type="button" className="button button--primary" disabled={sending} onClick={() => void keepRecording()}>
              {t('glossary.recorder.keep')}
            </button>
            <button type="button" className="button" disabled={sending} onClick={recorder.reset}>
              {t('glossary.recorder.discard')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" disabled={sending} onClick={() => void recorder.start()}>
              {t('glossary.recorder.record')}
            </button>
            <button type="button" className="button" disabled={sending} onClick={() => setPicking(true)}>
              {t('glossary.pickAudio')}
            </button>
            <button type="button" className="button" disabled={sending} onClick={() => fileInput.current?.click()}>
              {t('glossary.uploadAudio')}
            </button>
            {audioMaterialId ? (
              <button type="button" className="button" disabled={sending} onClick={() => onChange(null)}>
                {t('glossary.removeAudio')}
              </button>
            ) : null}
          </>
        )}
      </div>
      <input
        ref={fileInput}
        type="file"
        accept="audio/*"
        hidden
        aria-label={t('glossary.uploadAudio')}
        data-testid="glossary-audio-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void upload(file);
        }}
      />
      <PicturePickerDialog kind="audio" open={picking} onOpenChange={setPicking} onPick={link} />
    </fieldset>
  );
}
