import { useTranslation } from 'react-i18next';
import type { Level } from '../../../../shared/domain/assessment-levels';

/** A level as shown: words for «ikke nok grunnlag», «under A1», «ikke bestått»; CEFR codes as they are; a dash for none. */
export function useLevelText() {
  const { t } = useTranslation();
  return (level: Level | null | undefined): string => {
    if (!level) return '–';
    if (level === 'ikke-grunnlag' || level === 'under-A1' || level === 'ikke-bestatt') return t(`assessments.levels.${level}`);
    return level;
  };
}

/** A CSS modifier per whole level, so matrix cells and chips are coloured by level (the text always says it too). */
export function levelTone(level: Level | null | undefined): string {
  if (!level) return 'none';
  const base = level.split('/')[0] ?? level;
  return base === 'ikke-grunnlag' || base === 'ikke-bestatt' ? 'none' : base.toLowerCase();
}
