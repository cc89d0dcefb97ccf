import type { Database } from 'better-sqlite3';
import type { Placement, SiteContact } from '../../../../shared/domain/practice';
import { getPracticeSite } from '../../repositories/practice';
import { readSettings } from '../../repositories/settings';
import { documentTexts, type DocumentTexts } from '../printing/texts';

/**
 * What the documents for a practice site share. They go to a Norwegian workplace, so they
 * are in plain Norwegian whatever the UI language: Nynorsk for a Nynorsk user, else Bokmål.
 */
export const siteTextsFor = (db: Database): DocumentTexts => documentTexts(readSettings(db).uiLanguage === 'nn' ? 'nn' : 'nb');

/** The buddy (fadder) is the site's contact person for the participant; else its first contact. */
export function siteBuddy(db: Database, siteId: string): SiteContact | null {
  const { contacts } = getPracticeSite(db, siteId);
  return contacts.find((contact) => contact.role === 'buddy') ?? contacts[0] ?? null;
}

/** The participant's first name: what the workplace calls them by. */
export function participantFirstName(db: Database, placement: Pick<Placement, 'participantId' | 'participantName'>): string {
  const name = db.prepare('SELECT given_name FROM participant WHERE id = ?').pluck().get(placement.participantId) as string | undefined;
  return name ?? placement.participantName;
}

/** "mandag og tirsdag", "mandag, onsdag og fredag": the days as a sentence says them. */
export function weekdayList(days: readonly string[], texts: DocumentTexts): string {
  const names = days.map((day) => texts.t(`followUp.print.weekdays.${day}`));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${texts.t('followUp.print.and')} ${names.at(-1) ?? ''}`;
}
