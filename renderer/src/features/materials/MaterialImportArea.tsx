import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDefaults } from './import-queue';
import { materialImports } from './use-material-imports';

/** What the picker offers; core checks the real type of every file anyway. */
const accept = 'image/*,audio/*,video/*,application/pdf,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.heic';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/** The «Legg til filer» button: a file picker for many files at once. */
export function ImportButton({ defaults, primary = true }: { defaults: ImportDefaults; primary?: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={primary ? 'button button--primary' : 'button'} onClick={() => input.current?.click()}>
        {t('materials.import.pick')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={accept}
        aria-label={t('materials.import.pick')}
        data-testid="material-file-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) materialImports.add(files, defaults);
        }}
      />
    </>
  );
}

/**
 * Files dropped anywhere on the area are imported with the area's defaults (the participant,
 * placement or site of the page). Each page puts the progress list (ImportProgressList) where it reads best.
 */
export function MaterialImportArea({ defaults, children }: { defaults: ImportDefaults; children: ReactNode }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? 'material-drop material-drop--over' : 'material-drop'}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) materialImports.add(files, defaults);
      }}
    >
      {over ? (
        <p className="material-drop__hint" aria-hidden="true">
          {t('materials.import.dropHere')}
        </p>
      ) : null}
      {children}
    </div>
  );
}
