import { useCallback, useEffect, useRef, useState } from 'react';

/** Where a recording stands; `failed` says why in words the field translates. */
export type RecorderState =
  | { status: 'idle' }
  | { status: 'recording' }
  | { status: 'recorded'; blob: Blob; url: string }
  | { status: 'failed'; reason: 'noMicrophone' | 'denied' | 'unsupported' };

const failureOf = (error: unknown): 'noMicrophone' | 'denied' => {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'noMicrophone';
};

/**
 * Records from the microphone with MediaRecorder: start, stop, then the teacher listens and
 * keeps or discards it. The microphone is released as soon as recording stops, so the
 * system's "in use" light does not stay on.
 */
export function useAudioRecorder() {
  const [state, setState] = useState<RecorderState>({ status: 'idle' });
  const recorder = useRef<MediaRecorder | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const url = state.status === 'recorded' ? state.url : null;

  const release = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  };

  useEffect(() => () => {
    if (recorder.current?.state === 'recording') recorder.current.stop();
    release();
  }, []);
  // The preview's object URL is freed when a new take replaces it or the field goes away.
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);

  const start = useCallback(async () => {
    if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
      setState({ status: 'failed', reason: 'unsupported' });
      return;
    }
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
    } catch (error) {
      setState({ status: 'failed', reason: failureOf(error) });
      return;
    }
    const chunks: Blob[] = [];
    const next = new MediaRecorder(stream.current);
    next.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    next.onstop = () => {
      release();
      const blob = new Blob(chunks, { type: next.mimeType || 'audio/webm' });
      setState(blob.size > 0 ? { status: 'recorded', blob, url: URL.createObjectURL(blob) } : { status: 'idle' });
    };
    recorder.current = next;
    next.start();
    setState({ status: 'recording' });
  }, []);

  const stop = useCallback(() => {
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, []);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, start, stop, reset };
}
