import type { Database } from 'better-sqlite3';
import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { latestSchemaVersion } from '../db/migrations';
import { setDeleted } from '../db/tombstone';
import { createCourse, enrol, getCourse, listCourses, unenrol, updateCourse } from '../repositories/courses';
import { createParticipant, getParticipant, listParticipants, updateParticipant } from '../repositories/participants';
import { readSettings, writeSettings } from '../repositories/settings';
import type { BackupService } from '../services/backup/service';
import type { SensitiveKeyProvider } from '../services/sensitive-notes/key-file';
import {
  createSensitiveNote,
  listSensitiveNotes,
  openSensitiveNote,
  sensitiveNoteLog,
  setSensitiveNoteDeleted,
  updateSensitiveNote,
} from '../repositories/sensitive-notes';
import type { StaffRole } from '../../../shared/domain/staff';
import { backupStatus, startBackupJob, updateSettings } from './backup-handlers';
import { deleteParticipantCompletely } from '../services/participant-data/delete';
import { participantExportResult, startParticipantExport } from '../services/participant-data/export';
import { privacyLog } from '../services/participant-data/privacy-log';
import { retentionList, setRetentionYears } from '../services/participant-data/retention';
import { createStaff, getStaff, listStaff, updateStaff } from '../repositories/staff';
import { createExampleCentre } from '../services/example-centre/example-centre';
import { courseLanguageGroups } from '../services/language-groups/course-language-groups';
import { createClosure, getClosure, listClosures, updateClosure } from '../repositories/closures';
import { createSchoolYear, getSchoolYear, listSchoolYears, updateSchoolYear } from '../repositories/school-years';
import { calendarDays } from '../services/calendar/calendar-days';
import { suggestedBreaks } from '../services/calendar/suggested-breaks';
import { createGoal, getGoal, setGoalDeleted, updateGoal } from '../repositories/goals';
import { commitImport, previewImport } from '../services/goals/import';
import { searchGoals } from '../services/goals/search';
import { createLesson, getLesson, moveLesson, updateLesson } from '../repositories/lessons';
import { createTheme, getTheme, listThemes, updateTheme } from '../repositories/themes';
import { applyMoves, bumpLessons } from '../services/lessons/bump';
import { cancelToEnd } from '../services/lessons/cancel-to-end';
import { generateLessons } from '../services/lessons/generate';
import { listVersions, restoreVersion } from '../services/lessons/versions';
import { lessonWeek } from '../services/lessons/week';
import { printAssistantPlan } from '../services/printing/assistant-plan';
import { printSubstitutePacket } from '../services/printing/substitute-packet';
import { printWeekPlan } from '../services/printing/week-plan';
import { commitCopy, deleteMany, previewCopy } from '../services/lessons/copy-plan';
import { courseAttendanceSummary, hoursLedger } from '../services/attendance/ledger';
import { lessonAttendance, markAllPresent, recordAttendance } from '../services/attendance/register';
import {
  createPlacement,
  createPracticeSite,
  getPlacement,
  getPracticeSite,
  listPlacements,
  listPracticeSites,
  restorePlacement,
  updatePlacement,
  updatePracticeSite,
} from '../repositories/practice';
import {
  createBuddyTask,
  createSiteVisit,
  createStatusMeeting,
  getTrainingPlan,
  listBuddyTasks,
  listSiteVisits,
  listStatusMeetings,
  restoreBuddyTask,
  restoreSiteVisit,
  restoreStatusMeeting,
  updateBuddyTask,
  updateSiteVisit,
  updateStatusMeeting,
  updateTrainingPlan,
} from '../repositories/practice-follow-up';
import { followUpOverview, placementNextMeeting } from '../services/practice/follow-up-overview';
import { practiceHours } from '../services/practice/practice-hours';
import { printBuddyTask } from '../services/printing/buddy-task';
import { printTrainingPlan } from '../services/printing/training-plan';
import {
  getMaterial,
  listMaterials,
  materialTags,
  setMaterialDeleted,
  updateMaterial,
} from '../repositories/materials';
import { evidenceBoard } from '../services/materials/evidence';
import type { MaterialStore } from '../services/materials/store';
import { printMaterial } from '../services/printing/material';
import {
  createGlossaryTerm,
  getGlossaryTerm,
  glossaryLessonOptions,
  glossaryOverview,
  listGlossaryTerms,
  setGlossaryTermDeleted,
  updateGlossaryTerm,
} from '../repositories/glossary';
import {
  createGlossaryTranslation,
  getGlossaryTranslation,
  setGlossaryTranslationDeleted,
  updateGlossaryTranslation,
} from '../repositories/glossary-translations';
import {
  createUserLanguage,
  getUserLanguage,
  listUserLanguages,
  setUserLanguageDeleted,
  updateUserLanguage,
} from '../repositories/glossary-languages';
import { exportGlossary } from '../services/glossary/formats/export';
import { commitGlossaryImport, previewGlossaryImport } from '../services/glossary/formats/import';
import { printFlashcards } from '../services/printing/flashcards';
import { listReceivedPackages, listSentPackages } from '../repositories/exchange-packages';
import { exportPackage } from '../services/exchange/export-package';
import { inspectPackage, mergePackage, undoMerge } from '../services/exchange/merge';
import { receivedPackage, receivePackage, returnPackage } from '../services/exchange/assistant-side';
import { printWordList } from '../services/printing/word-list';
import {
  createAssessment,
  restoreAssessment,
  setAssessmentDeleted,
  updateAssessment,
} from '../repositories/assessments';
import { listAudit } from '../repositories/assessment-audit';
import { addSittingResult, createSitting, getSitting, setSittingDeleted } from '../repositories/assessment-sittings';
import { createTarget, getTarget, setTargetDeleted, updateTarget } from '../repositories/assessment-targets';
import { participantProfile } from '../services/assessments/profile';
import { classMatrix } from '../services/assessments/class-matrix';
import { goalCoverage, setGoalAchieved } from '../services/assessments/goal-coverage';
import { goalAlignment } from '../services/assessments/alignment';
import { evidenceOptions } from '../services/assessments/evidence-options';
import { recordSelfAssessment } from '../services/assessments/self-assessment';
import { printClassMatrix } from '../services/printing/class-matrix';
import { printSelfAssessment } from '../services/printing/self-assessment';
import type { ProfileSession } from '../services/profiles/session';
import { listProfiles } from '../repositories/profiles';
import { ApiFailure } from '../db/errors';
import {
  createTranslationTask,
  deleteTranslationTask,
  lessonTranslationStatus,
  restoreTranslationTask,
  translationQueue,
  updateTranslationTask,
} from '../services/translation-queue/queue';
import { plansForMe } from '../services/translation-queue/plans-for-me';
import { assistantLimit } from '../services/translation-queue/own-classes';

import * as certificates from '../services/certificates/api';
import { readCentreProfile, updateCentreProfile } from '../services/certificates/centre-settings';
import { documentCandidates, type DocumentCredentials } from '../services/certificates/issue';
import * as credentials from '../services/credentials/api';
import type { CredentialService } from '../services/credentials/service';
import type { IssuerSeedProvider } from '../services/credentials/issuer-key';

export interface HandlerContext {
  db: Database;
  mode: 'electron' | 'browser' | 'test';
  version: string;
  /** Where the bundled print fonts are (dist/fonts); passed in by the shell, never guessed. */
  fontsDir?: string;
  /** The material store in the data folder; without it, every material reads as fileMissing. */
  materialStore?: MaterialStore;
  /** Snapshots and restore; only where the shell runs one (it needs the data folder). */
  backups?: BackupService;
  /** The key for sensitive notes (kept outside the database); without it they cannot be read or written. */
  sensitiveKey?: SensitiveKeyProvider;
  /**
   * The verifiable-credentials step for issued documents (services/credentials): when set,
   * each document issued gets a QR code and a verification section. See certificates/issue.ts.
   */
  credentials?: DocumentCredentials;
  /** The centre's credential-signing key (kept outside the database); open-api.ts defaults it to a key file. */
  issuerSeed?: IssuerSeedProvider;
  /** Signing and checking credentials (services/credentials); the shells make one per database. */
  credentialService?: CredentialService;
  /** Who is calling (set by dispatch for each call), for the logs that need it. */
  caller?: { role: StaffRole; staffId?: string };
  /** Who is signed in on this PC (set by dispatch for each call). */
  profiles?: ProfileSession;
}

export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>, context: HandlerContext) => MethodOutput<M>;
};

const count = (db: Database, table: string): number =>
  (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;

/** The profile session dispatch hands every call; a context without one is a wiring bug. */
function session(context: HandlerContext): ProfileSession {
  if (!context.profiles) throw new ApiFailure('internal');
  return context.profiles;
}

/** One handler per contract method. Inputs arrive parsed by the method's schema. */
export const handlers: Handlers = {
  'app.info': (_input, { db, mode, version }) => ({
    version,
    mode,
    schemaVersion: latestSchemaVersion,
    counts: { staff: count(db, 'staff'), courses: count(db, 'course'), participants: count(db, 'participant') },
  }),
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': (input, { db, backups }) => updateSettings(db, backups, input),
  'backups.status': (_input, { db, backups }) => backupStatus(db, backups),
  'sensitiveNotes.list': ({ participantId }, { db }) => listSensitiveNotes(db, participantId),
  'sensitiveNotes.open': ({ id }, { db, sensitiveKey, caller }) => openSensitiveNote(db, sensitiveKey, id, caller?.role ?? 'unknown'),
  'sensitiveNotes.create': (input, { db, sensitiveKey, caller }) => createSensitiveNote(db, sensitiveKey, input, caller?.role ?? 'unknown'),
  'sensitiveNotes.update': (input, { db, sensitiveKey, caller }) => updateSensitiveNote(db, sensitiveKey, input, caller?.role ?? 'unknown'),
  'sensitiveNotes.delete': ({ id }, { db, caller }) => setSensitiveNoteDeleted(db, id, true, caller?.role ?? 'unknown'),
  'sensitiveNotes.restore': ({ id }, { db, caller }) => setSensitiveNoteDeleted(db, id, false, caller?.role ?? 'unknown'),
  'sensitiveNotes.log': ({ participantId }, { db }) => sensitiveNoteLog(db, participantId),
  'participantData.retention': (_input, { db }) => retentionList(db),
  'participantData.setRetentionYears': ({ years }, { db }) => (setRetentionYears(db, years), retentionList(db)),
  'participantData.exportStart': (input, context) => startParticipantExport(context, input, context.caller?.role ?? 'unknown'),
  'participantData.exportResult': ({ jobId }, { db }) => participantExportResult(db, jobId),
  'participantData.delete': (input, { db, materialStore, caller }) => deleteParticipantCompletely(db, materialStore, input, caller?.role ?? 'unknown'),
  'participantData.log': (_input, { db }) => privacyLog(db),
  'backups.run': ({ password }, { db, backups }) => startBackupJob(db, backups, (service) => service.startBackup(password)),
  'backups.restore': ({ id, password }, { db, backups }) =>
    startBackupJob(db, backups, (service) => service.startRestore(id, password)),
  'backups.undoRestore': (_input, { db, backups }) => startBackupJob(db, backups, (service) => service.startUndoRestore()),
  'exampleCentre.create': (_input, { db }) => {
    createExampleCentre(db);
    writeSettings(db, { welcomeDone: true });
    return null;
  },

  'staff.list': (input, { db }) => listStaff(db, input),
  'staff.get': ({ id }, { db }) => getStaff(db, id),
  'staff.create': (input, { db }) => createStaff(db, input),
  'staff.update': (input, { db }) => updateStaff(db, input),
  'staff.delete': ({ id }, { db }) => (setDeleted(db, 'staff', id, true), null),
  'staff.restore': ({ id }, { db }) => (setDeleted(db, 'staff', id, false), getStaff(db, id)),

  'profiles.list': (_input, { db }) => listProfiles(db),
  'profiles.current': (_input, context) => session(context).current(),
  'profiles.signIn': ({ staffId, pin }, context) => session(context).signIn(staffId, pin),
  'profiles.signOut': (_input, context) => session(context).signOut(),
  'profiles.lock': (_input, context) => session(context).lock(),
  'profiles.unlock': ({ pin }, context) => session(context).unlock(pin),
  'profiles.setPin': ({ pin, currentPin }, context) => session(context).setPin(context.caller ?? { role: 'assistant' }, pin, currentPin),
  'profiles.clearPin': ({ staffId, currentPin }, context) =>
    session(context).clearPin(context.caller ?? { role: 'assistant' }, staffId, currentPin),

  'courses.list': (input, { db }) => listCourses(db, input),
  'courses.get': ({ id }, { db }) => getCourse(db, id),
  'courses.create': (input, { db }) => createCourse(db, input),
  'courses.update': (input, { db }) => updateCourse(db, input),
  'courses.delete': ({ id }, { db }) => (setDeleted(db, 'course', id, true), null),
  'courses.restore': ({ id }, { db }) => (setDeleted(db, 'course', id, false), getCourse(db, id)),
  'courses.enrol': ({ courseId, participantId }, { db }) => enrol(db, courseId, participantId),
  'courses.unenrol': ({ courseId, participantId }, { db }) => unenrol(db, courseId, participantId),
  'courses.languageGroups': ({ id }, { db }) => courseLanguageGroups(db, id),

  'participants.list': (input, { db }) => listParticipants(db, input),
  'participants.get': ({ id }, { db }) => getParticipant(db, id),
  'participants.create': (input, { db }) => createParticipant(db, input),
  'participants.update': (input, { db }) => updateParticipant(db, input),
  'participants.delete': ({ id }, { db }) => (setDeleted(db, 'participant', id, true), null),
  'participants.restore': ({ id }, { db }) => (setDeleted(db, 'participant', id, false), getParticipant(db, id)),

  'calendar.schoolYears.list': (_input, { db }) => listSchoolYears(db),
  'calendar.schoolYears.create': (input, { db }) => createSchoolYear(db, input),
  'calendar.schoolYears.update': (input, { db }) => updateSchoolYear(db, input),
  'calendar.schoolYears.delete': ({ id }, { db }) => (setDeleted(db, 'school_year', id, true), null),
  'calendar.schoolYears.restore': ({ id }, { db }) => (setDeleted(db, 'school_year', id, false), getSchoolYear(db, id)),
  'calendar.schoolYears.suggestBreaks': ({ schoolYearId }, { db }) => suggestedBreaks(db, schoolYearId),
  'calendar.closures.list': ({ schoolYearId }, { db }) => listClosures(db, schoolYearId),
  'calendar.closures.create': (input, { db }) => createClosure(db, input),
  'calendar.closures.update': (input, { db }) => updateClosure(db, input),
  'calendar.closures.delete': ({ id }, { db }) => (setDeleted(db, 'closure', id, true), null),
  'calendar.closures.restore': ({ id }, { db }) => (setDeleted(db, 'closure', id, false), getClosure(db, id)),
  'calendar.days': ({ from, to, courseId }, { db }) => calendarDays(db, from, to, courseId),

  'goals.search': (input, { db }) => searchGoals(db, input),
  'goals.get': ({ id }, { db }) => getGoal(db, id),
  'goals.create': (input, { db }) => createGoal(db, input),
  'goals.update': (input, { db }) => updateGoal(db, input),
  'goals.delete': ({ id }, { db }) => (setGoalDeleted(db, id, true), null),
  'goals.restore': ({ id }, { db }) => (setGoalDeleted(db, id, false), getGoal(db, id)),
  'goals.importPreview': (input, { db }) => previewImport(db, input),
  'goals.importCommit': (input, { db }) => commitImport(db, input),

  'themes.list': (input, { db }) => listThemes(db, input),
  'themes.get': ({ id }, { db }) => getTheme(db, id),
  'themes.create': (input, { db }) => createTheme(db, input),
  'themes.update': (input, { db }) => updateTheme(db, input),
  'themes.delete': ({ id }, { db }) => (setDeleted(db, 'theme', id, true), null),
  'themes.restore': ({ id }, { db }) => (setDeleted(db, 'theme', id, false), getTheme(db, id)),

  'lessons.week': (input, { db }) => lessonWeek(db, input),
  'lessons.get': ({ id }, { db }) => getLesson(db, id),
  'lessons.create': (input, { db }) => createLesson(db, input),
  'lessons.update': (input, { db }) => updateLesson(db, input),
  'lessons.delete': ({ id }, { db }) => (setDeleted(db, 'lesson', id, true), null),
  'lessons.restore': ({ id }, { db }) => (setDeleted(db, 'lesson', id, false), getLesson(db, id)),
  'lessons.move': (input, { db }) => moveLesson(db, input),
  'lessons.generate': (input, { db }) => generateLessons(db, input),
  'lessons.bump': (input, { db }) => ({ moves: bumpLessons(db, input) }),
  'lessons.applyMoves': ({ moves }, { db }) => ({ moves: applyMoves(db, moves) }),
  'lessons.cancelToEnd': ({ id }, { db }) => cancelToEnd(db, id),
  'lessons.versions': ({ id }, { db }) => (getLesson(db, id), listVersions(db, id)),
  'lessons.restoreVersion': ({ id, versionId }, { db }) => (restoreVersion(db, getLesson(db, id), versionId), getLesson(db, id)),
  'lessons.copyPreview': (input, { db }) => previewCopy(db, input),
  'lessons.copyCommit': (input, { db }) => commitCopy(db, input),
  'lessons.deleteMany': (input, { db }) => deleteMany(db, input),

  'attendance.forLesson': ({ lessonId }, { db }) => lessonAttendance(db, lessonId),
  'attendance.record': (input, { db }) => recordAttendance(db, input),
  'attendance.markAllPresent': ({ lessonId }, { db }) => markAllPresent(db, lessonId),
  'attendance.ledger': (input, { db }) => hoursLedger(db, input),
  'attendance.courseSummary': ({ courseId }, { db }) => courseAttendanceSummary(db, courseId),

  'practiceSites.list': (input, { db }) => listPracticeSites(db, input),
  'practiceSites.get': ({ id }, { db }) => getPracticeSite(db, id),
  'practiceSites.create': (input, { db }) => createPracticeSite(db, input),
  'practiceSites.update': (input, { db }) => updatePracticeSite(db, input),
  'practiceSites.delete': ({ id }, { db }) => (setDeleted(db, 'practice_site', id, true), null),
  'practiceSites.restore': ({ id }, { db }) => (setDeleted(db, 'practice_site', id, false), getPracticeSite(db, id)),
  'placements.list': (input, { db }) => listPlacements(db, input),
  'placements.get': ({ id }, { db }) => getPlacement(db, id),
  'placements.create': (input, { db }) => createPlacement(db, input),
  'placements.update': (input, { db }) => updatePlacement(db, input),
  'placements.delete': ({ id }, { db }) => (setDeleted(db, 'placement', id, true), null),
  'placements.restore': ({ id }, { db }) => restorePlacement(db, id),
  'trainingPlans.get': ({ placementId }, { db }) => getTrainingPlan(db, placementId),
  'trainingPlans.update': (input, { db }) => updateTrainingPlan(db, input),
  'statusMeetings.list': ({ placementId }, { db }) => listStatusMeetings(db, placementId),
  'statusMeetings.create': (input, { db }) => createStatusMeeting(db, input),
  'statusMeetings.update': (input, { db }) => updateStatusMeeting(db, input),
  'statusMeetings.delete': ({ id }, { db }) => (setDeleted(db, 'status_meeting', id, true), null),
  'statusMeetings.restore': ({ id }, { db }) => restoreStatusMeeting(db, id),
  'siteVisits.list': ({ placementId }, { db }) => listSiteVisits(db, placementId),
  'siteVisits.create': (input, { db }) => createSiteVisit(db, input),
  'siteVisits.update': (input, { db }) => updateSiteVisit(db, input),
  'siteVisits.delete': ({ id }, { db }) => (setDeleted(db, 'site_visit', id, true), null),
  'siteVisits.restore': ({ id }, { db }) => restoreSiteVisit(db, id),
  'buddyTasks.list': ({ placementId }, { db }) => listBuddyTasks(db, placementId),
  'buddyTasks.create': (input, { db }) => createBuddyTask(db, input),
  'buddyTasks.update': (input, { db }) => updateBuddyTask(db, input),
  'buddyTasks.delete': ({ id }, { db }) => (setDeleted(db, 'buddy_task', id, true), null),
  'buddyTasks.restore': ({ id }, { db }) => restoreBuddyTask(db, id),
  'practiceFollowUp.overview': ({ today }, { db }) => followUpOverview(db, today),
  'practiceFollowUp.hours': ({ placementId, today }, { db }) => practiceHours(db, placementId, today),
  'practiceFollowUp.nextMeeting': ({ placementId, today }, { db }) => placementNextMeeting(db, placementId, today),

  'materials.list': (input, { db, materialStore }) => listMaterials(db, materialStore, input),
  'materials.get': ({ id }, { db, materialStore }) => getMaterial(db, materialStore, id),
  'materials.update': (input, { db, materialStore }) => updateMaterial(db, materialStore, input),
  'materials.delete': ({ id }, { db }) => (setMaterialDeleted(db, id, true), null),
  'materials.restore': ({ id }, { db, materialStore }) => (setMaterialDeleted(db, id, false), getMaterial(db, materialStore, id)),
  'materials.tags': (_input, { db }) => materialTags(db),
  'materials.evidence': (input, { db, materialStore }) => evidenceBoard(db, materialStore, input),

  'assessments.profile': ({ participantId }, { db }) => participantProfile(db, participantId),
  'assessments.create': (input, { db }) => createAssessment(db, input),
  'assessments.update': (input, { db }) => updateAssessment(db, input),
  'assessments.delete': ({ id }, { db }) => (setAssessmentDeleted(db, id, true), null),
  'assessments.restore': ({ id }, { db }) => restoreAssessment(db, id),
  'assessments.audit': ({ participantId }, { db }) => listAudit(db, participantId),
  'assessments.classMatrix': ({ courseId }, { db }) => classMatrix(db, courseId),
  'assessments.goalCoverage': ({ participantId }, { db }) => goalCoverage(db, participantId),
  'assessments.setGoalAchieved': (input, { db }) => setGoalAchieved(db, input),
  'assessments.alignment': (_input, { db }) => goalAlignment(db),
  'assessments.evidenceOptions': ({ participantId }, { db }) => evidenceOptions(db, participantId),
  'norskproven.create': (input, { db }) => createSitting(db, input),
  'norskproven.addResult': (input, { db }) => addSittingResult(db, input),
  'norskproven.delete': ({ id }, { db }) => (setSittingDeleted(db, id, true), null),
  'norskproven.restore': ({ id }, { db }) => (setSittingDeleted(db, id, false), getSitting(db, id)),
  'levelTargets.create': (input, { db }) => createTarget(db, input),
  'levelTargets.update': (input, { db }) => updateTarget(db, input),
  'levelTargets.delete': ({ id }, { db }) => (setTargetDeleted(db, id, true), null),
  'levelTargets.restore': ({ id }, { db }) => (setTargetDeleted(db, id, false), getTarget(db, id)),
  'selfAssessments.record': (input, { db }) => recordSelfAssessment(db, input),

  // A signed-in assistant: only the tasks and plans of their own classes.
  'translationTasks.list': (input, { db, caller }) => translationQueue(db, input, assistantLimit(caller)),
  'translationTasks.create': (input, { db, caller }) => createTranslationTask(db, input, assistantLimit(caller)),
  'translationTasks.update': (input, { db, caller }) => updateTranslationTask(db, input, assistantLimit(caller)),
  'translationTasks.delete': ({ id }, { db, caller }) => (deleteTranslationTask(db, id, assistantLimit(caller)), null),
  'translationTasks.restore': ({ id }, { db, caller }) => restoreTranslationTask(db, id, assistantLimit(caller)),
  'translationTasks.forLesson': ({ lessonId }, { db }) => lessonTranslationStatus(db, lessonId),
  'plansForMe.get': (input, { db, caller }) => plansForMe(db, input, assistantLimit(caller)),

  'print.weekPlan': (input, { db, fontsDir }) => printWeekPlan(db, input, { fontsDir }),
  'print.assistantPlan': (input, { db, fontsDir }) => printAssistantPlan(db, input, { fontsDir }),
  'print.substitutePacket': (input, { db, fontsDir, materialStore }) => printSubstitutePacket(db, input, { fontsDir, materialStore }),
  'print.trainingPlan': (input, { db, fontsDir }) => printTrainingPlan(db, input, { fontsDir }),
  'print.buddyTask': (input, { db, fontsDir }) => printBuddyTask(db, input, { fontsDir }),
  'print.material': ({ id }, { db, fontsDir, materialStore }) => printMaterial(db, materialStore, id, { fontsDir }),
  'print.classMatrix': (input, { db, fontsDir }) => printClassMatrix(db, input, { fontsDir }),
  'print.selfAssessment': (input, { db, fontsDir }) => printSelfAssessment(db, input, { fontsDir }),

  'glossary.overview': (_input, { db }) => glossaryOverview(db),
  'glossary.list': (input, { db }) => listGlossaryTerms(db, input),
  'glossary.get': ({ id }, { db }) => getGlossaryTerm(db, id),
  'glossary.create': (input, { db }) => createGlossaryTerm(db, input),
  'glossary.update': (input, { db }) => updateGlossaryTerm(db, input),
  'glossary.delete': ({ id }, { db }) => (setGlossaryTermDeleted(db, id, true), null),
  'glossary.restore': ({ id }, { db }) => (setGlossaryTermDeleted(db, id, false), getGlossaryTerm(db, id)),
  'glossary.lessonOptions': ({ id }, { db }) => glossaryLessonOptions(db, id),
  'glossary.translations.create': (input, { db }) => createGlossaryTranslation(db, input),
  'glossary.translations.update': (input, { db }) => updateGlossaryTranslation(db, input),
  'glossary.translations.delete': ({ id }, { db }) => (setGlossaryTranslationDeleted(db, id, true), null),
  'glossary.translations.restore': ({ id }, { db }) => (setGlossaryTranslationDeleted(db, id, false), getGlossaryTranslation(db, id)),
  'glossary.languages.list': (_input, { db }) => listUserLanguages(db),
  'glossary.languages.create': (input, { db }) => createUserLanguage(db, input),
  'glossary.languages.update': (input, { db }) => updateUserLanguage(db, input),
  'glossary.languages.delete': ({ id }, { db }) => (setUserLanguageDeleted(db, id, true), null),
  'glossary.languages.restore': ({ id }, { db }) => (setUserLanguageDeleted(db, id, false), getUserLanguage(db, id)),
  'glossary.import.preview': (input, { db }) => previewGlossaryImport(db, input),
  'glossary.import.commit': (input, { db }) => commitGlossaryImport(db, input),
  'glossary.export': (input, { db }) => exportGlossary(db, input),
  'print.wordList': (input, { db, fontsDir, materialStore }) => printWordList(db, materialStore, input, { fontsDir }),
  'print.flashcards': (input, { db, fontsDir, materialStore }) => printFlashcards(db, materialStore, input, { fontsDir }),
  'exchange.export': (input, { db }) => exportPackage(db, input),
  'exchange.sent.list': ({ courseId }, { db }) => listSentPackages(db, courseId),
  'exchange.inspect': ({ data }, { db }) => inspectPackage(db, data),
  'exchange.merge': ({ data, choices }, { db }) => mergePackage(db, data, choices),
  'exchange.undoMerge': ({ mergeId }, { db }) => undoMerge(db, mergeId),
  'exchange.receive': ({ data }, { db }) => receivePackage(db, data),
  'exchange.received.list': (_input, { db }) => listReceivedPackages(db),
  'exchange.received.get': ({ id }, { db }) => receivedPackage(db, id),
  'exchange.returnPackage': ({ id }, { db }) => returnPackage(db, id),
  'documents.centre.get': (_input, { db }) => readCentreProfile(db),
  'documents.centre.update': (input, { db }) => updateCentreProfile(db, input),
  'documents.texts.get': (input, context) => certificates.getDocumentTexts(input, context),
  'documents.texts.update': (input, context) => certificates.updateDocumentTexts(input, context),
  'documents.preview': (input, context) => certificates.documentPreview(input, context),
  'documents.candidates': ({ courseId }, { db }) => documentCandidates(db, courseId),
  'documents.issue': (input, context) => certificates.issue(input, context),
  'documents.list': (input, context) => certificates.listDocuments(input, context),
  'documents.revoke': (input, context) => certificates.revokeDocument(input, context),
  'print.documents': (input, context) => certificates.printDocuments(input, context),
  'credentials.issuer': (_input, context) => credentials.credentialIssuer(context),
  'credentials.export': (input, context) => credentials.exportCredential(input, context),
  'credentials.verify': (input, context) => credentials.startVerification(input, context),
  'credentials.check': (input, context) => credentials.verificationState(input, context),
};
