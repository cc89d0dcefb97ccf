import { z } from 'zod';
import { byIdSchema, idSchema } from '../domain/common';
import {
  courseCreateSchema,
  courseListSchema,
  courseSchema,
  courseUpdateSchema,
  enrolmentSchema,
  languageGroupsSchema,
} from '../domain/courses';
import {
  participantCreateSchema,
  participantListSchema,
  participantSchema,
  participantUpdateSchema,
} from '../domain/participants';
import { appInfoSchema, settingsSchema, settingsUpdateSchema } from '../domain/settings';
import { backupRestoreSchema, backupRunSchema, backupStatusSchema } from '../domain/backups';
import {
  sensitiveNoteCreateSchema,
  sensitiveNoteListSchema,
  sensitiveNoteLogEntrySchema,
  sensitiveNoteSchema,
  sensitiveNoteSummarySchema,
  sensitiveNoteUpdateSchema,
} from '../domain/sensitive-notes';
import {
  participantDeleteResultSchema,
  participantDeleteSchema,
  participantExportJobSchema,
  participantExportResultInputSchema,
  participantExportResultSchema,
  participantExportStartSchema,
  privacyLogEntrySchema,
  retentionInputSchema,
  retentionListSchema,
  retentionYearsInputSchema,
} from '../domain/participant-data';
import {
  calendarDaySchema,
  calendarDaysInputSchema,
  closureCreateSchema,
  closureListSchema,
  closureSchema,
  closureUpdateSchema,
  schoolYearCreateSchema,
  schoolYearSchema,
  schoolYearUpdateSchema,
  suggestedBreakSchema,
} from '../domain/calendar/school-calendar';
import {
  goalByIdSchema,
  goalCreateSchema,
  goalImportPreviewSchema,
  goalImportResultSchema,
  goalImportSchema,
  goalSchema,
  goalSearchSchema,
  goalUpdateSchema,
} from '../domain/goals';
import {
  lessonApplyMovesSchema,
  lessonBumpSchema,
  lessonCancelToEndResultSchema,
  lessonCreateSchema,
  lessonGeneratePreviewSchema,
  lessonGenerateSchema,
  lessonMoveSchema,
  lessonMovesSchema,
  lessonRestoreVersionSchema,
  lessonSchema,
  lessonUpdateSchema,
  lessonVersionSchema,
  lessonWeekInputSchema,
  lessonWeekSchema,
} from '../domain/lessons';
import {
  printAssistantPlanSchema,
  printDocumentSchema,
  printSubstitutePacketSchema,
  printWeekPlanSchema,
} from '../domain/printing';
import {
  attendanceCourseInputSchema,
  attendanceLedgerInputSchema,
  attendanceLessonInputSchema,
  attendanceRecordInputSchema,
  courseAttendanceSummarySchema,
  hoursLedgerSchema,
  lessonAttendanceSchema,
  markAllPresentResultSchema,
} from '../domain/attendance';
import { themeCreateSchema, themeListSchema, themeSchema, themeUpdateSchema } from '../domain/themes';
import { lessonCopyResultSchema, lessonCopySchema, lessonDeleteManyResultSchema, lessonDeleteManySchema } from '../domain/copy-plan';
import {
  placementCreateSchema,
  placementListSchema,
  placementSchema,
  placementUpdateSchema,
  practiceSiteCreateSchema,
  practiceSiteListSchema,
  practiceSiteSchema,
  practiceSiteUpdateSchema,
} from '../domain/practice';
import {
  buddyTaskCreateSchema,
  buddyTaskSchema,
  buddyTaskUpdateSchema,
  followUpOverviewInputSchema,
  followUpOverviewSchema,
  nextMeetingSchema,
  placementFollowUpInputSchema,
  placementRowsSchema,
  practiceHoursSchema,
  printBuddyTaskSchema,
  printTrainingPlanSchema,
  siteVisitCreateSchema,
  siteVisitSchema,
  siteVisitUpdateSchema,
  statusMeetingCreateSchema,
  statusMeetingSchema,
  statusMeetingUpdateSchema,
  trainingPlanGetSchema,
  trainingPlanSchema,
  trainingPlanUpdateSchema,
} from '../domain/practice-follow-up';
import {
  evidenceBoardInputSchema,
  evidenceBoardSchema,
  materialListSchema,
  materialPageSchema,
  materialSchema,
  materialUpdateSchema,
} from '../domain/materials';
import {
  alignmentSchema,
  assessmentCreateSchema,
  assessmentSchema,
  assessmentUpdateSchema,
  auditEntrySchema,
  classMatrixInputSchema,
  classMatrixSchema,
  evidenceOptionsSchema,
  goalAchievedSchema,
  goalCoverageRowSchema,
  participantProfileSchema,
  participantScopeSchema,
  printClassMatrixSchema,
  printSelfAssessmentSchema,
  selfAssessmentRecordSchema,
  sittingAddResultSchema,
  sittingCreateSchema,
  sittingSchema,
  targetCreateSchema,
  targetSchema,
  targetUpdateSchema,
} from '../domain/assessments';
import {
  glossaryLessonOptionSchema,
  glossaryListSchema,
  glossaryOverviewSchema,
  glossaryTermCreateSchema,
  glossaryTermSchema,
  glossaryTermUpdateSchema,
  glossaryTranslationCreateSchema,
  glossaryTranslationSchema,
  glossaryTranslationUpdateSchema,
  printFlashcardsSchema,
  printWordListSchema,
} from '../domain/glossary';
import {
  glossaryExportFileSchema,
  glossaryExportSchema,
  glossaryImportPreviewSchema,
  glossaryImportResultSchema,
  glossaryImportSchema,
  userLanguageCreateSchema,
  userLanguageSchema,
  userLanguageUpdateSchema,
} from '../domain/glossary-exchange';
import {
  lessonTranslationStatusInputSchema,
  lessonTranslationStatusSchema,
  plansForMeInputSchema,
  plansForMeSchema,
  translationQueueInputSchema,
  translationQueueSchema,
  translationTaskCreateSchema,
  translationTaskSchema,
  translationTaskUpdateSchema,
} from '../domain/translation-queue';
import {
  exchangeExportSchema,
  exchangeMergeSchema,
  mergeResultSchema,
  packageDataInputSchema,
  packageFileSchema,
  packageInspectionSchema,
  receivedPackageSchema,
  receivedPackageSummarySchema,
  sentPackageListSchema,
  sentPackageSchema,
} from '../domain/exchange';
import {
  centreProfileSchema,
  centreProfileUpdateSchema,
  documentCandidateSchema,
  documentCandidatesSchema,
  documentIssueSchema,
  documentListSchema,
  documentPreviewAnswerSchema,
  documentPreviewSchema,
  documentRevokeSchema,
  documentTextsAnswerSchema,
  documentTextsKeySchema,
  documentTextsUpdateSchema,
  issuedDocumentSchema,
  printDocumentsSchema,
} from '../domain/certificates';
import { apiChannel, isMethodName, methodNames, type MethodName } from './method-names';
import {
  credentialCheckInputSchema,
  credentialCheckStateSchema,
  credentialExportInputSchema,
  credentialExportSchema,
  credentialIssuerSchema,
  credentialVerifyInputSchema,
} from '../domain/credentials';
import {
  profileClearPinSchema,
  profileCurrentSchema,
  profileListItemSchema,
  profileSchema,
  profileSetPinSchema,
  profileSignInSchema,
  profileUnlockSchema,
} from '../domain/profiles';
import { staffCreateSchema, staffListSchema, staffSchema, staffUpdateSchema, type StaffRole } from '../domain/staff';

/** Who may call a method. Reading is open to every profile; changing data is for teachers and admins. */
const everyone: readonly StaffRole[] = ['teacher', 'assistant', 'admin'];
const editors: readonly StaffRole[] = ['teacher', 'admin'];

const empty = z.object({}).strict();
const nothing = z.null();

interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  roles: readonly StaffRole[];
}

/**
 * The one API contract: method name → input schema, output schema, roles allowed.
 * Preload, the HTTP server, the handlers and the renderer's client are all derived from it.
 */
export const contract = {
  'app.info': { input: empty, output: appInfoSchema, roles: everyone },
  'settings.get': { input: empty, output: settingsSchema, roles: everyone },
  'settings.update': { input: settingsUpdateSchema, output: settingsSchema, roles: everyone },
  // Backups run as jobs: these start one and answer the status at once; poll backups.status.
  'backups.status': { input: empty, output: backupStatusSchema, roles: everyone },
  'backups.run': { input: backupRunSchema, output: backupStatusSchema, roles: editors },
  'backups.restore': { input: backupRestoreSchema, output: backupStatusSchema, roles: editors },
  'backups.undoRestore': { input: empty, output: backupStatusSchema, roles: editors },
  'exampleCentre.create': { input: empty, output: nothing, roles: editors },

  'staff.list': { input: staffListSchema, output: z.array(staffSchema), roles: everyone },
  'staff.get': { input: byIdSchema, output: staffSchema, roles: everyone },
  'staff.create': { input: staffCreateSchema, output: staffSchema, roles: editors },
  'staff.update': { input: staffUpdateSchema, output: staffSchema, roles: editors },
  'staff.delete': { input: byIdSchema, output: nothing, roles: editors },
  'staff.restore': { input: byIdSchema, output: staffSchema, roles: editors },
  // Profiles on this PC. Everyone may sign in, out and lock; the session (not the role) decides
  // which of these work while signed out or locked (see shared/domain/profiles.ts).
  'profiles.list': { input: empty, output: z.array(profileListItemSchema), roles: everyone },
  'profiles.current': { input: empty, output: profileCurrentSchema, roles: everyone },
  'profiles.signIn': { input: profileSignInSchema, output: profileCurrentSchema, roles: everyone },
  'profiles.signOut': { input: empty, output: profileCurrentSchema, roles: everyone },
  'profiles.lock': { input: empty, output: profileCurrentSchema, roles: everyone },
  'profiles.unlock': { input: profileUnlockSchema, output: profileCurrentSchema, roles: everyone },
  'profiles.setPin': { input: profileSetPinSchema, output: profileSchema, roles: everyone },
  // Own PIN for everyone; an admin may also remove another profile's forgotten PIN (checked in the handler).
  'profiles.clearPin': { input: profileClearPinSchema, output: profileSchema, roles: everyone },

  'courses.list': { input: courseListSchema, output: z.array(courseSchema), roles: everyone },
  'courses.get': { input: byIdSchema, output: courseSchema, roles: everyone },
  'courses.create': { input: courseCreateSchema, output: courseSchema, roles: editors },
  'courses.update': { input: courseUpdateSchema, output: courseSchema, roles: editors },
  'courses.delete': { input: byIdSchema, output: nothing, roles: editors },
  'courses.restore': { input: byIdSchema, output: courseSchema, roles: editors },
  'courses.enrol': { input: enrolmentSchema, output: courseSchema, roles: editors },
  'courses.unenrol': { input: enrolmentSchema, output: courseSchema, roles: editors },
  'courses.languageGroups': { input: byIdSchema, output: languageGroupsSchema, roles: everyone },

  'participants.list': { input: participantListSchema, output: z.array(participantSchema), roles: everyone },
  'participants.get': { input: byIdSchema, output: participantSchema, roles: everyone },
  'participants.create': { input: participantCreateSchema, output: participantSchema, roles: editors },
  'participants.update': { input: participantUpdateSchema, output: participantSchema, roles: editors },
  'participants.delete': { input: byIdSchema, output: nothing, roles: editors },
  'participants.restore': { input: byIdSchema, output: participantSchema, roles: editors },
  // Sensitive notes: teachers and admins only, even to see that one exists; opening one is logged.
  'sensitiveNotes.list': { input: sensitiveNoteListSchema, output: z.array(sensitiveNoteSummarySchema), roles: editors },
  'sensitiveNotes.open': { input: byIdSchema, output: sensitiveNoteSchema, roles: editors },
  'sensitiveNotes.create': { input: sensitiveNoteCreateSchema, output: sensitiveNoteSchema, roles: editors },
  'sensitiveNotes.update': { input: sensitiveNoteUpdateSchema, output: sensitiveNoteSchema, roles: editors },
  'sensitiveNotes.delete': { input: byIdSchema, output: sensitiveNoteSummarySchema, roles: editors },
  'sensitiveNotes.restore': { input: byIdSchema, output: sensitiveNoteSummarySchema, roles: editors },
  'sensitiveNotes.log': { input: sensitiveNoteListSchema, output: z.array(sensitiveNoteLogEntrySchema), roles: editors },
  // A participant's data on request: a package (polled: copying the files takes time) and complete deletion.
  'participantData.retention': { input: retentionInputSchema, output: retentionListSchema, roles: editors },
  'participantData.setRetentionYears': { input: retentionYearsInputSchema, output: retentionListSchema, roles: editors },
  'participantData.exportStart': { input: participantExportStartSchema, output: participantExportJobSchema, roles: editors },
  'participantData.exportResult': { input: participantExportResultInputSchema, output: participantExportResultSchema, roles: editors },
  'participantData.delete': { input: participantDeleteSchema, output: participantDeleteResultSchema, roles: editors },
  'participantData.log': { input: z.object({}).strict(), output: z.array(privacyLogEntrySchema), roles: editors },

  'calendar.schoolYears.list': { input: empty, output: z.array(schoolYearSchema), roles: everyone },
  'calendar.schoolYears.create': { input: schoolYearCreateSchema, output: schoolYearSchema, roles: editors },
  'calendar.schoolYears.update': { input: schoolYearUpdateSchema, output: schoolYearSchema, roles: editors },
  'calendar.schoolYears.delete': { input: byIdSchema, output: nothing, roles: editors },
  'calendar.schoolYears.restore': { input: byIdSchema, output: schoolYearSchema, roles: editors },
  // A proposal only: nothing is saved until the user creates the breaks they accept.
  'calendar.schoolYears.suggestBreaks': {
    input: z.object({ schoolYearId: idSchema }).strict(),
    output: z.array(suggestedBreakSchema),
    roles: everyone,
  },
  'calendar.closures.list': { input: closureListSchema, output: z.array(closureSchema), roles: everyone },
  'calendar.closures.create': { input: closureCreateSchema, output: closureSchema, roles: editors },
  'calendar.closures.update': { input: closureUpdateSchema, output: closureSchema, roles: editors },
  'calendar.closures.delete': { input: byIdSchema, output: nothing, roles: editors },
  'calendar.closures.restore': { input: byIdSchema, output: closureSchema, roles: editors },
  'calendar.days': { input: calendarDaysInputSchema, output: z.array(calendarDaySchema), roles: everyone },

  'goals.search': { input: goalSearchSchema, output: z.array(goalSchema), roles: everyone },
  'goals.get': { input: goalByIdSchema, output: goalSchema, roles: everyone },
  'goals.create': { input: goalCreateSchema, output: goalSchema, roles: editors },
  'goals.update': { input: goalUpdateSchema, output: goalSchema, roles: editors },
  'goals.delete': { input: goalByIdSchema, output: nothing, roles: editors },
  'goals.restore': { input: goalByIdSchema, output: goalSchema, roles: editors },
  // Preview changes nothing, but it belongs to importing, which is for those who may import.
  'goals.importPreview': { input: goalImportSchema, output: goalImportPreviewSchema, roles: editors },
  'goals.importCommit': { input: goalImportSchema, output: goalImportResultSchema, roles: editors },

  'themes.list': { input: themeListSchema, output: z.array(themeSchema), roles: everyone },
  'themes.get': { input: byIdSchema, output: themeSchema, roles: everyone },
  'themes.create': { input: themeCreateSchema, output: themeSchema, roles: editors },
  'themes.update': { input: themeUpdateSchema, output: themeSchema, roles: editors },
  'themes.delete': { input: byIdSchema, output: nothing, roles: editors },
  'themes.restore': { input: byIdSchema, output: themeSchema, roles: editors },

  'lessons.week': { input: lessonWeekInputSchema, output: lessonWeekSchema, roles: everyone },
  'lessons.get': { input: byIdSchema, output: lessonSchema, roles: everyone },
  'lessons.create': { input: lessonCreateSchema, output: lessonSchema, roles: editors },
  'lessons.update': { input: lessonUpdateSchema, output: lessonSchema, roles: editors },
  'lessons.delete': { input: byIdSchema, output: nothing, roles: editors },
  'lessons.restore': { input: byIdSchema, output: lessonSchema, roles: editors },
  'lessons.move': { input: lessonMoveSchema, output: lessonSchema, roles: editors },
  // Without `confirm` it is only a preview, but it belongs to planning, which is for editors.
  'lessons.generate': { input: lessonGenerateSchema, output: lessonGeneratePreviewSchema, roles: editors },
  'lessons.bump': { input: lessonBumpSchema, output: lessonMovesSchema, roles: editors },
  'lessons.applyMoves': { input: lessonApplyMovesSchema, output: lessonMovesSchema, roles: editors },
  'lessons.cancelToEnd': { input: byIdSchema, output: lessonCancelToEndResultSchema, roles: editors },
  'lessons.versions': { input: byIdSchema, output: z.array(lessonVersionSchema), roles: everyone },
  'lessons.restoreVersion': { input: lessonRestoreVersionSchema, output: lessonSchema, roles: editors },
  // Copying a plan: the preview only reads, so everyone may look; storing (and its undo) is for editors.
  'lessons.copyPreview': { input: lessonCopySchema, output: lessonCopyResultSchema, roles: everyone },
  'lessons.copyCommit': { input: lessonCopySchema, output: lessonCopyResultSchema, roles: editors },
  'lessons.deleteMany': { input: lessonDeleteManySchema, output: lessonDeleteManyResultSchema, roles: editors },

  'attendance.forLesson': { input: attendanceLessonInputSchema, output: lessonAttendanceSchema, roles: everyone },
  'attendance.record': { input: attendanceRecordInputSchema, output: lessonAttendanceSchema, roles: editors },
  'attendance.markAllPresent': { input: attendanceLessonInputSchema, output: markAllPresentResultSchema, roles: editors },
  'attendance.ledger': { input: attendanceLedgerInputSchema, output: hoursLedgerSchema, roles: everyone },
  'attendance.courseSummary': { input: attendanceCourseInputSchema, output: courseAttendanceSummarySchema, roles: everyone },

  'practiceSites.list': { input: practiceSiteListSchema, output: z.array(practiceSiteSchema), roles: everyone },
  'practiceSites.get': { input: byIdSchema, output: practiceSiteSchema, roles: everyone },
  'practiceSites.create': { input: practiceSiteCreateSchema, output: practiceSiteSchema, roles: editors },
  'practiceSites.update': { input: practiceSiteUpdateSchema, output: practiceSiteSchema, roles: editors },
  'practiceSites.delete': { input: byIdSchema, output: nothing, roles: editors },
  'practiceSites.restore': { input: byIdSchema, output: practiceSiteSchema, roles: editors },
  'placements.list': { input: placementListSchema, output: z.array(placementSchema), roles: everyone },
  'placements.get': { input: byIdSchema, output: placementSchema, roles: everyone },
  'placements.create': { input: placementCreateSchema, output: placementSchema, roles: editors },
  'placements.update': { input: placementUpdateSchema, output: placementSchema, roles: editors },
  'placements.delete': { input: byIdSchema, output: nothing, roles: editors },
  'placements.restore': { input: byIdSchema, output: placementSchema, roles: editors },
  // Following up a placement. A training plan belongs to its placement (its id is the placement's id).
  'trainingPlans.get': { input: trainingPlanGetSchema, output: trainingPlanSchema, roles: everyone },
  'trainingPlans.update': { input: trainingPlanUpdateSchema, output: trainingPlanSchema, roles: editors },
  'statusMeetings.list': { input: placementRowsSchema, output: z.array(statusMeetingSchema), roles: everyone },
  'statusMeetings.create': { input: statusMeetingCreateSchema, output: statusMeetingSchema, roles: editors },
  'statusMeetings.update': { input: statusMeetingUpdateSchema, output: statusMeetingSchema, roles: editors },
  'statusMeetings.delete': { input: byIdSchema, output: nothing, roles: editors },
  'statusMeetings.restore': { input: byIdSchema, output: statusMeetingSchema, roles: editors },
  'siteVisits.list': { input: placementRowsSchema, output: z.array(siteVisitSchema), roles: everyone },
  'siteVisits.create': { input: siteVisitCreateSchema, output: siteVisitSchema, roles: editors },
  'siteVisits.update': { input: siteVisitUpdateSchema, output: siteVisitSchema, roles: editors },
  'siteVisits.delete': { input: byIdSchema, output: nothing, roles: editors },
  'siteVisits.restore': { input: byIdSchema, output: siteVisitSchema, roles: editors },
  'buddyTasks.list': { input: placementRowsSchema, output: z.array(buddyTaskSchema), roles: everyone },
  'buddyTasks.create': { input: buddyTaskCreateSchema, output: buddyTaskSchema, roles: editors },
  'buddyTasks.update': { input: buddyTaskUpdateSchema, output: buddyTaskSchema, roles: editors },
  'buddyTasks.delete': { input: byIdSchema, output: nothing, roles: editors },
  'buddyTasks.restore': { input: byIdSchema, output: buddyTaskSchema, roles: editors },
  'practiceFollowUp.overview': { input: followUpOverviewInputSchema, output: followUpOverviewSchema, roles: everyone },
  'practiceFollowUp.hours': { input: placementFollowUpInputSchema, output: practiceHoursSchema, roles: everyone },
  'practiceFollowUp.nextMeeting': { input: placementFollowUpInputSchema, output: nextMeetingSchema, roles: everyone },

  // Importing and exporting files go through the shells (SprakbroApi.importMaterial/exportMaterial).
  'materials.list': { input: materialListSchema, output: materialPageSchema, roles: everyone },
  'materials.get': { input: byIdSchema, output: materialSchema, roles: everyone },
  'materials.update': { input: materialUpdateSchema, output: materialSchema, roles: editors },
  'materials.delete': { input: byIdSchema, output: nothing, roles: editors },
  'materials.restore': { input: byIdSchema, output: materialSchema, roles: editors },
  'materials.tags': { input: z.object({}).strict(), output: z.array(z.string()), roles: everyone },
  'materials.evidence': { input: evidenceBoardInputSchema, output: evidenceBoardSchema, roles: everyone },

  // Levels (CEFR) per skill. Official results come with a Norskprøven sitting; a correction of one needs a reason.
  'assessments.profile': { input: participantScopeSchema, output: participantProfileSchema, roles: everyone },
  'assessments.create': { input: assessmentCreateSchema, output: assessmentSchema, roles: editors },
  'assessments.update': { input: assessmentUpdateSchema, output: assessmentSchema, roles: editors },
  'assessments.delete': { input: byIdSchema, output: nothing, roles: editors },
  'assessments.restore': { input: byIdSchema, output: assessmentSchema, roles: editors },
  'assessments.audit': { input: participantScopeSchema, output: z.array(auditEntrySchema), roles: everyone },
  'assessments.classMatrix': { input: classMatrixInputSchema, output: classMatrixSchema, roles: everyone },
  'assessments.goalCoverage': { input: participantScopeSchema, output: z.array(goalCoverageRowSchema), roles: everyone },
  'assessments.setGoalAchieved': { input: goalAchievedSchema, output: z.array(goalCoverageRowSchema), roles: editors },
  'assessments.alignment': { input: empty, output: alignmentSchema, roles: everyone },
  'assessments.evidenceOptions': { input: participantScopeSchema, output: evidenceOptionsSchema, roles: everyone },
  'norskproven.create': { input: sittingCreateSchema, output: sittingSchema, roles: editors },
  'norskproven.addResult': { input: sittingAddResultSchema, output: sittingSchema, roles: editors },
  'norskproven.delete': { input: byIdSchema, output: nothing, roles: editors },
  'norskproven.restore': { input: byIdSchema, output: sittingSchema, roles: editors },
  'levelTargets.create': { input: targetCreateSchema, output: targetSchema, roles: editors },
  'levelTargets.update': { input: targetUpdateSchema, output: targetSchema, roles: editors },
  'levelTargets.delete': { input: byIdSchema, output: nothing, roles: editors },
  'levelTargets.restore': { input: byIdSchema, output: targetSchema, roles: editors },
  'selfAssessments.record': { input: selfAssessmentRecordSchema, output: z.array(assessmentSchema), roles: editors },

  // The translation queue. Mother-tongue assistants do this work, so every profile may change tasks.
  // Reading the queue first brings it in step with the plan (makes missing tasks, never a second one).
  'translationTasks.list': { input: translationQueueInputSchema, output: translationQueueSchema, roles: everyone },
  'translationTasks.create': { input: translationTaskCreateSchema, output: translationTaskSchema, roles: everyone },
  'translationTasks.update': { input: translationTaskUpdateSchema, output: translationTaskSchema, roles: everyone },
  'translationTasks.delete': { input: byIdSchema, output: nothing, roles: everyone },
  'translationTasks.restore': { input: byIdSchema, output: translationTaskSchema, roles: everyone },
  'translationTasks.forLesson': { input: lessonTranslationStatusInputSchema, output: lessonTranslationStatusSchema, roles: everyone },
  'plansForMe.get': { input: plansForMeInputSchema, output: plansForMeSchema, roles: everyone },

  // Documents as HTML; the shells print them to PDF. Everyone who may read the plan may print it.
  'print.weekPlan': { input: printWeekPlanSchema, output: printDocumentSchema, roles: everyone },
  'print.assistantPlan': { input: printAssistantPlanSchema, output: printDocumentSchema, roles: everyone },
  'print.substitutePacket': { input: printSubstitutePacketSchema, output: printDocumentSchema, roles: everyone },
  'print.trainingPlan': { input: printTrainingPlanSchema, output: printDocumentSchema, roles: everyone },
  'print.buddyTask': { input: printBuddyTaskSchema, output: printDocumentSchema, roles: everyone },
  'print.material': { input: byIdSchema, output: printDocumentSchema, roles: everyone },
  'print.classMatrix': { input: printClassMatrixSchema, output: printDocumentSchema, roles: everyone },
  'print.selfAssessment': { input: printSelfAssessmentSchema, output: printDocumentSchema, roles: everyone },

  // Glossaries. Mother-tongue assistants write the translations, so every profile may change them.
  'glossary.overview': { input: empty, output: glossaryOverviewSchema, roles: everyone },
  'glossary.list': { input: glossaryListSchema, output: z.array(glossaryTermSchema), roles: everyone },
  'glossary.get': { input: byIdSchema, output: glossaryTermSchema, roles: everyone },
  'glossary.create': { input: glossaryTermCreateSchema, output: glossaryTermSchema, roles: everyone },
  'glossary.update': { input: glossaryTermUpdateSchema, output: glossaryTermSchema, roles: everyone },
  'glossary.delete': { input: byIdSchema, output: nothing, roles: everyone },
  'glossary.restore': { input: byIdSchema, output: glossaryTermSchema, roles: everyone },
  'glossary.lessonOptions': { input: byIdSchema, output: z.array(glossaryLessonOptionSchema), roles: everyone },
  'glossary.translations.create': { input: glossaryTranslationCreateSchema, output: glossaryTranslationSchema, roles: everyone },
  'glossary.translations.update': { input: glossaryTranslationUpdateSchema, output: glossaryTranslationSchema, roles: everyone },
  'glossary.translations.delete': { input: byIdSchema, output: nothing, roles: everyone },
  'glossary.translations.restore': { input: byIdSchema, output: glossaryTranslationSchema, roles: everyone },
  // Languages beside the built-in list; assistants translate, so they may add the language they translate into.
  'glossary.languages.list': { input: empty, output: z.array(userLanguageSchema), roles: everyone },
  'glossary.languages.create': { input: userLanguageCreateSchema, output: userLanguageSchema, roles: everyone },
  'glossary.languages.update': { input: userLanguageUpdateSchema, output: userLanguageSchema, roles: everyone },
  'glossary.languages.delete': { input: byIdSchema, output: nothing, roles: everyone },
  'glossary.languages.restore': { input: byIdSchema, output: userLanguageSchema, roles: everyone },
  // CSV and TBX in with a preview first (changes nothing), all or nothing; CSV, TBX and Anki out.
  'glossary.import.preview': { input: glossaryImportSchema, output: glossaryImportPreviewSchema, roles: everyone },
  'glossary.import.commit': { input: glossaryImportSchema, output: glossaryImportResultSchema, roles: everyone },
  'glossary.export': { input: glossaryExportSchema, output: glossaryExportFileSchema, roles: everyone },
  'print.wordList': { input: printWordListSchema, output: printDocumentSchema, roles: everyone },
  'print.flashcards': { input: printFlashcardsSchema, output: printDocumentSchema, roles: everyone },
  // Exchange packages (a zip as base64): the teacher sends plans and glossaries to an assistant's laptop and merges the return.
  'exchange.export': { input: exchangeExportSchema, output: packageFileSchema, roles: editors },
  'exchange.sent.list': { input: sentPackageListSchema, output: z.array(sentPackageSchema), roles: everyone },
  'exchange.inspect': { input: packageDataInputSchema, output: packageInspectionSchema, roles: everyone },
  'exchange.merge': { input: exchangeMergeSchema, output: mergeResultSchema, roles: editors },
  'exchange.undoMerge': { input: z.object({ mergeId: idSchema }).strict(), output: nothing, roles: editors },
  // On the assistant's own laptop: take in the centre's package (glossary editable, plans read-only) and make the return.
  'exchange.receive': { input: packageDataInputSchema, output: receivedPackageSchema, roles: everyone },
  'exchange.received.list': { input: empty, output: z.array(receivedPackageSummarySchema), roles: everyone },
  'exchange.received.get': { input: byIdSchema, output: receivedPackageSchema, roles: everyone },
  'exchange.returnPackage': { input: byIdSchema, output: packageFileSchema, roles: everyone },
  // Certificates and documents: office staff and teachers issue and revoke; everyone may read the register and reprint.
  'documents.centre.get': { input: empty, output: centreProfileSchema, roles: everyone },
  'documents.centre.update': { input: centreProfileUpdateSchema, output: centreProfileSchema, roles: editors },
  'documents.texts.get': { input: documentTextsKeySchema, output: documentTextsAnswerSchema, roles: everyone },
  'documents.texts.update': { input: documentTextsUpdateSchema, output: documentTextsAnswerSchema, roles: editors },
  'documents.preview': { input: documentPreviewSchema, output: documentPreviewAnswerSchema, roles: everyone },
  'documents.candidates': { input: documentCandidatesSchema, output: z.array(documentCandidateSchema), roles: everyone },
  'documents.issue': { input: documentIssueSchema, output: z.array(issuedDocumentSchema), roles: editors },
  'documents.list': { input: documentListSchema, output: z.array(issuedDocumentSchema), roles: everyone },
  'documents.revoke': { input: documentRevokeSchema, output: issuedDocumentSchema, roles: editors },
  'print.documents': { input: printDocumentsSchema, output: printDocumentSchema, roles: everyone },
  // Verifiable documents: the centre's did:key, a document's signed credential, and checking a file or serial
  // offline; for office staff and teachers, like issuing.
  // A check of a file runs beside the call (the signature libraries are asynchronous): poll credentials.check.
  'credentials.issuer': { input: empty, output: credentialIssuerSchema, roles: editors },
  'credentials.export': { input: credentialExportInputSchema, output: credentialExportSchema, roles: editors },
  'credentials.verify': { input: credentialVerifyInputSchema, output: credentialCheckStateSchema, roles: editors },
  'credentials.check': { input: credentialCheckInputSchema, output: credentialCheckStateSchema, roles: editors },
} as const satisfies Record<MethodName, MethodSpec>;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** The input after parsing: defaults filled in, strings trimmed. Handlers receive this. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export { apiChannel, isMethodName, methodNames, type MethodName };

/** Header carrying the per-start token in browser mode. */
export const tokenHeader = 'x-sprakbro-token';
