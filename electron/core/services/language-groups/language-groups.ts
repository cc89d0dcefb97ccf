import type { LanguageGroups } from '../../../../shared/domain/courses';

/** The language code for participants whose mother tongue is not recorded (ISO 639 "undetermined"). */
export const undeterminedLanguage = 'und';

export interface GroupingParticipant {
  id: string;
  motherTongues: readonly string[];
}

export interface GroupingAssistant {
  id: string;
  languages: readonly string[];
}

/**
 * Groups a class by mother tongue, as the mother-tongue model forms language groups around
 * the languages its assistants cover. A participant joins the group of their first mother
 * tongue that an assistant of the class covers; with none covered they join the group of
 * their first mother tongue and are listed as having no assistant language.
 */
export function groupByLanguage(
  participants: readonly GroupingParticipant[],
  assistants: readonly GroupingAssistant[],
): LanguageGroups {
  const assistantsByLanguage = new Map<string, string[]>();
  for (const assistant of assistants) {
    for (const language of assistant.languages) {
      assistantsByLanguage.set(language, [...(assistantsByLanguage.get(language) ?? []), assistant.id]);
    }
  }
  const members = new Map<string, string[]>();
  const uncoveredParticipantIds: string[] = [];
  for (const participant of participants) {
    const covered = participant.motherTongues.find((language) => assistantsByLanguage.has(language));
    const language = covered ?? participant.motherTongues[0] ?? undeterminedLanguage;
    if (!covered) uncoveredParticipantIds.push(participant.id);
    members.set(language, [...(members.get(language) ?? []), participant.id]);
  }
  const groups = [...members.entries()]
    .map(([language, participantIds]) => ({
      language,
      participantIds,
      assistantIds: assistantsByLanguage.get(language) ?? [],
    }))
    .sort((a, b) => b.participantIds.length - a.participantIds.length || a.language.localeCompare(b.language));
  return { groups, uncoveredParticipantIds };
}
