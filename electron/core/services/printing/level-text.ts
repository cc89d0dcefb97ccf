import { levelAsText, type Level } from '../../../../shared/domain/assessment-levels';
import type { DocumentTexts } from './texts';

/** A level as printed (the rule is shared with the screens: levelAsText). */
export function levelText(level: Level | null, texts: DocumentTexts): string {
  return levelAsText(level, (key) => texts.t(key));
}
