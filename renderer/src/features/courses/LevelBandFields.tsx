import { useTranslation } from 'react-i18next';
import { cefrLevels, tracks, type CefrLevel } from '../../../../shared/domain/courses';
import type { FieldIssue } from '../../../../shared/result';
import { Field, issueFor } from '../../ui/Field';

interface LevelBand {
  levelFrom: CefrLevel;
  levelTo: CefrLevel;
  track: 1 | 2 | 3;
}

interface LevelBandFieldsProps {
  values: LevelBand;
  issues: readonly FieldIssue[];
  onChange: (patch: Partial<LevelBand>) => void;
}

/** Level band (from–to CEFR level) and track (spor 1–3), shared by the new-class dialog and the class form. */
export function LevelBandFields({ values, issues, onChange }: LevelBandFieldsProps) {
  const { t } = useTranslation();
  const levelSelect = (key: 'levelFrom' | 'levelTo', label: string) => (
    <Field label={label} issue={issueFor(issues, key)}>
      {(control) => (
        <select {...control} value={values[key]} onChange={(e) => onChange({ [key]: e.target.value as CefrLevel })}>
          {cefrLevels.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <div className="field-row">
      {levelSelect('levelFrom', t('classes.levelFrom'))}
      {levelSelect('levelTo', t('classes.levelTo'))}
      <Field label={t('classes.track')} issue={issueFor(issues, 'track')}>
        {(control) => (
          <select {...control} value={values.track} onChange={(e) => onChange({ track: Number(e.target.value) as 1 | 2 | 3 })}>
            {tracks.map((track) => (
              <option key={track} value={track}>
                {t('classes.trackValue', { track })}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
