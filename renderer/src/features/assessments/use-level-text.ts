import { useTranslation } from 'react-i18next';
import { levelAsText, type Level } from '../../../../shared/domain/assessment-levels';

/** A level as shown (the rule is shared with the printed documents: levelAsText). */
export function useLevelText() {
  const { t } = useTranslation();
  return (level: Level | null | undefined): string => levelAsText(level, (key) => t(key));
}

/** A CSS modifier per whole level, so matrix cells and chips are coloured by level (the text always says it too). */
export function levelTone(level: Level | null | undefined): string {
  if (!level) return 'none';
  const base = level.split('/')[0] ?? level;
  return base === 'ikke-grunnlag' || base === 'ikke-bestatt' ? 'none' : base.toLowerCase();
}
