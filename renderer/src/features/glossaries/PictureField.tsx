import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../../shared/domain/glossary';
import { materialFileUrl, type Material } from '../../../../shared/domain/materials';
import type { FieldIssue } from '../../../../shared/result';
import { useErrorText } from '../../i18n/use-error-text';
import { PicturePickerDialog } from './PicturePickerDialog';

interface PictureFieldProps {
  materialId: string | null;
  /** The picture as last stored, with its consent state. */
  stored: GlossaryTerm['image'];
  issue: FieldIssue | undefined;
  onChange: (materialId: string | null) => void;
}

/** The term's picture from the material store; one without consent shows here with a warning, never in print. */
export function PictureField({ materialId, stored, issue, onChange }: PictureFieldProps) {
  const { t } = useTranslation();
  const { issueText } = useErrorText();
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<Material | null>(null);
  const current = picked?.id === materialId ? { caption: picked.caption, blocked: picked.blocked } : stored?.materialId === materialId ? stored : null;
  return (
    <fieldset className="field glossary-picture">
      <legend>{t('glossary.picture')}</legend>
      {materialId ? (
        <figure className="glossary-picture__figure">
          <img src={materialFileUrl({ id: materialId }, 'thumbnail')} alt={current?.caption ?? ''} />
          {current?.caption ? (
            <figcaption dir="auto">{current.caption}</figcaption>
          ) : null}
        </figure>
      ) : (
        <p className="muted">{t('glossary.noPicture')}</p>
      )}
      {current?.blocked ? <p className="warning-text">{t('glossary.pictureBlocked')}</p> : null}
      {issue ? (
        <p className="field__error" role="alert">
          {issueText(issue)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => setPicking(true)}>
          {materialId ? t('glossary.changePicture') : t('glossary.pickPicture')}
        </button>
        {materialId ? (
          <button type="button" className="button" onClick={() => onChange(null)}>
            {t('glossary.removePicture')}
          </button>
        ) : null}
      </div>
      <PicturePickerDialog
        open={picking}
        onOpenChange={setPicking}
        onPick={(material) => {
          setPicked(material);
          onChange(material.id);
        }}
      />
    </fieldset>
  );
}
