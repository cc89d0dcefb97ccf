import type { Level } from '../../../../shared/domain/assessment-levels';
import type { DocumentTexts } from './texts';

/** A level as printed: the words for «ikke nok grunnlag», «under A1», «ikke bestått»; CEFR codes as they are. */
export function levelText(level: Level | null, texts: DocumentTexts): string {
  if (level === null) return '–';
  return level === 'ikke-grunnlag' || level === 'under-A1' || level === 'ikke-bestatt' ? texts.t(`assessments.levels.${level}`) : level;
}
