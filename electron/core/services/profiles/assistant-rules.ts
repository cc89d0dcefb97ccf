import type { Course } from '../../../../shared/domain/courses';
import type { Participant } from '../../../../shared/domain/participants';
import type { ParticipantProfile } from '../../../../shared/domain/assessments';
import type { FollowUpOverview } from '../../../../shared/domain/practice-follow-up';
import type { Placement } from '../../../../shared/domain/practice';
import { ApiFailure } from '../../db/errors';
import type { AssistantScope, ScopedEntity } from './assistant-scope';

/**
 * What a signed-in mother-tongue assistant may reach, enforced in dispatch for every call
 * (the UI only hides what this refuses). The contract's roles come first: sensitive notes
 * and every change except glossaries and the user's own settings are for teachers and
 * admins only. Among what is left, an assistant sees plans, glossaries and the participants
 * of their own classes (course_staff), never another class, never assessment comments.
 *
 * | method(s)                                                  | for an assistant                                   |
 * |------------------------------------------------------------|----------------------------------------------------|
 * | app.info, backups.status, staff.*, profiles.*, goals.*,    | open: not tied to a class                           |
 * |   calendar.* (without courseId), practiceSites.*,          |                                                     |
 * |   materials.tags, assessments.alignment, glossary.*,       |                                                     |
 * |   print.wordList, print.flashcards                         |                                                     |
 * | settings.update                                            | own choices only: uiLanguage, idleLockMinutes       |
 * | courses.list                                               | own classes only (the others are left out)          |
 * | courses.get, courses.languageGroups                        | own class, else `forbidden`                         |
 * | participants.list                                          | participants of own classes only                    |
 * | participants.get                                           | participant of an own class, else `forbidden`       |
 * | themes.get                                                 | theme of an own class                               |
 * | lessons.get, lessons.versions                              | lesson of an own class                              |
 * | placements.get, print.buddyTask, materials.get, print.material | the participant's class must be own             |
 * | placements.list (by site)                                  | placements of own participants only                 |
 * | materials.list                                             | only for one own participant or placement           |
 * | plansForMe.get, translationTasks.list                      | only the assistant's own (staffId / assistantId)    |
 * | documents.list                                             | only for one own class (courseId)                   |
 * | practiceFollowUp.overview                                  | placements of own participants only                 |
 * | assessments.profile                                        | own participant; comments removed                   |
 * | every other call with courseId / sourceCourseId /          | each named class, participant, lesson or placement  |
 * |   targetCourseId / participantId / lessonId / placementId  |   must be the assistant's own, else `forbidden`     |
 *
 * Sensitive notes are never reachable (contract roles). Material files served or exported
 * outside the contract get the same check in open-api.ts.
 */
export interface AssistantRule {
  /** The input's `id` names a row of this kind that must belong to an own class. */
  id?: ScopedEntity;
  /** True when the input as a whole is not for an assistant (answered with `forbidden`). */
  refuse?: (input: Record<string, unknown>, scope: AssistantScope) => boolean;
  /** Leaves out (or blanks) what is not the assistant's from the answer. */
  filter?: (value: unknown, scope: AssistantScope) => unknown;
}

/** Top-level input fields that name something belonging to a class. */
const referenceFields: Readonly<Record<string, ScopedEntity>> = {
  courseId: 'course',
  sourceCourseId: 'course',
  targetCourseId: 'course',
  participantId: 'participant',
  lessonId: 'lesson',
  placementId: 'placement',
};

const ownSettings = new Set(['uiLanguage', 'idleLockMinutes']);

export const assistantRules: Readonly<Record<string, AssistantRule>> = {
  'settings.update': { refuse: (input) => Object.keys(input).some((key) => !ownSettings.has(key)) },
  'courses.list': { filter: (value, scope) => (value as Course[]).filter((course) => scope.courseIds().has(course.id)) },
  'courses.get': { id: 'course' },
  'courses.languageGroups': { id: 'course' },
  'participants.list': {
    filter: (value, scope) => (value as Participant[]).filter((participant) => scope.participantIds().has(participant.id)),
  },
  'participants.get': { id: 'participant' },
  'themes.get': { id: 'theme' },
  'lessons.get': { id: 'lesson' },
  'lessons.versions': { id: 'lesson' },
  'placements.get': { id: 'placement' },
  'placements.list': {
    filter: (value, scope) => (value as Placement[]).filter((placement) => scope.participantIds().has(placement.participantId)),
  },
  'print.buddyTask': { id: 'buddyTask' },
  'materials.get': { id: 'material' },
  'print.material': { id: 'material' },
  'materials.list': { refuse: (input) => input.participantId === undefined && input.placementId === undefined },
  // An assistant's own plans and queue; another assistant's are theirs.
  'plansForMe.get': { refuse: (input, scope) => input.staffId !== scope.staffId },
  'translationTasks.list': { refuse: (input, scope) => input.assistantId !== scope.staffId },
  'documents.list': { refuse: (input) => input.courseId === undefined },
  'practiceFollowUp.overview': {
    filter: (value, scope) => {
      const overview = value as FollowUpOverview;
      const own = (row: { participantId: string }) => scope.participantIds().has(row.participantId);
      return { ...overview, meetings: overview.meetings.filter(own), endingSoon: overview.endingSoon.filter(own) };
    },
  },
  'assessments.profile': {
    filter: (value) => {
      const profile = value as ParticipantProfile;
      return { ...profile, history: profile.history.map((assessment) => ({ ...assessment, comment: '' })) };
    },
  },
};

/** Throws `forbidden` when an assistant's call reaches outside their classes. */
export function guardAssistantInput(method: string, input: unknown, scope: AssistantScope): void {
  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const rule = assistantRules[method];
  if (rule?.refuse?.(fields, scope)) throw new ApiFailure('forbidden');
  if (rule?.id && typeof fields.id === 'string') scope.require(rule.id, fields.id);
  for (const [field, entity] of Object.entries(referenceFields)) {
    const value = fields[field];
    if (typeof value === 'string') scope.require(entity, value);
  }
}

export function filterAssistantOutput(method: string, value: unknown, scope: AssistantScope): unknown {
  const filter = assistantRules[method]?.filter;
  return filter ? filter(value, scope) : value;
}
