import { z } from 'zod';
import { idSchema, isoDateSchema, optionalTextSchema, rowMetaSchema, textSchema } from './common';
import {
  allLevels,
  assessmentSkills,
  assessmentSources,
  levelAllowedForSource,
  levelPairs,
  norskprovenParts,
  norskprovenTests,
  subTestProblem,
  targetLevels,
  targetStatuses,
} from './assessment-levels';
import { isCanDoLineId } from './can-do';
import { goalIdSchema, goalLevelSchema, goalSkillSchema } from './goals';

export const assessmentSkillSchema = z.enum(assessmentSkills);
export const levelSchema = z.enum(allLevels);
export const assessmentSourceSchema = z.enum(assessmentSources);
export const levelPairSchema = z.enum(levelPairs);
export const norskprovenPartSchema = z.enum(norskprovenParts);
export const norskprovenTestSchema = z.enum(norskprovenTests);
export const targetLevelSchema = z.enum(targetLevels);

/** Sources a teacher records directly; official results come with a sitting, self-assessment with its checklist. */
export const teacherSources = ['observation', 'mock'] as const;

const idList = z
  .array(idSchema)
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate' });

export const assessmentCreateSchema = z
  .object({
    participantId: idSchema,
    skill: assessmentSkillSchema,
    level: levelSchema,
    date: isoDateSchema,
    source: z.enum(teacherSources),
    comment: optionalTextSchema(2000),
    lessonIds: idList.default([]),
    materialIds: idList.default([]),
    /** The staff member who judged it; null until user profiles exist (everyone acts as teacher). */
    recordedBy: idSchema.nullable().default(null),
  })
  .strict()
  .refine((value) => levelAllowedForSource(value.source, value.level), { message: 'invalidValue', path: ['level'] });
export type AssessmentCreate = z.input<typeof assessmentCreateSchema>;

/** A correction. An official result needs a reason; the old value stays in the audit trail. */
export const assessmentUpdateSchema = z
  .object({
    id: idSchema,
    level: levelSchema.optional(),
    date: isoDateSchema.optional(),
    comment: textSchema(2000).optional(),
    lessonIds: idList.optional(),
    materialIds: idList.optional(),
    /** Why an official result is corrected; not stored on the row but in the audit trail. */
    reason: textSchema(500).optional(),
  })
  .strict();
export type AssessmentUpdate = z.input<typeof assessmentUpdateSchema>;

export const participantScopeSchema = z.object({ participantId: idSchema }).strict();

export const evidenceLessonSchema = z.object({ id: z.string(), title: z.string(), date: z.string() });

export const assessmentSchema = rowMetaSchema.extend({
  participantId: z.string(),
  skill: assessmentSkillSchema,
  level: levelSchema,
  source: assessmentSourceSchema,
  date: z.string(),
  comment: z.string(),
  recordedBy: z.string().nullable(),
  recordedByName: z.string().nullable(),
  sittingId: z.string().nullable(),
  levelPair: levelPairSchema.nullable(),
  /** Ticked can-do line ids of a self-assessment. */
  checklist: z.array(z.string()),
  lessons: z.array(evidenceLessonSchema),
  materialIds: z.array(z.string()),
  /** True once the level or date was corrected after it was first recorded. */
  corrected: z.boolean(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

// ---- Norskprøven sittings ----

export const subTestInputSchema = z
  .object({
    part: norskprovenPartSchema,
    result: levelSchema,
    levelPair: levelPairSchema.nullable().default(null),
  })
  .strict();

const problemIssue = {
  notAnOfficialResult: { code: 'invalidValue', field: 'result' },
  levelPairRequired: { code: 'required', field: 'levelPair' },
  levelPairNotUsed: { code: 'invalidValue', field: 'levelPair' },
  aboveLevelPair: { code: 'aboveLevelPair', field: 'result' },
} as const;

export const sittingCreateSchema = z
  .object({
    participantId: idSchema,
    date: isoDateSchema,
    test: norskprovenTestSchema.default('a1-b2'),
    note: optionalTextSchema(1000),
    results: z.array(subTestInputSchema).min(1).max(4),
  })
  .strict()
  .superRefine((value, context) => {
    const seen = new Set<string>();
    value.results.forEach((result, index) => {
      if (seen.has(result.part)) context.addIssue({ code: 'custom', message: 'duplicate', path: ['results', index, 'part'] });
      seen.add(result.part);
      const problem = subTestProblem(value.test, result.part, result.result, result.levelPair);
      if (problem) {
        const { code, field } = problemIssue[problem];
        context.addIssue({ code: 'custom', message: code, path: ['results', index, field] });
      }
    });
  });
export type SittingCreate = z.input<typeof sittingCreateSchema>;

/** A sub-test added to a sitting later (forgotten when the sitting was entered). */
export const sittingAddResultSchema = z
  .object({ sittingId: idSchema, part: norskprovenPartSchema, result: levelSchema, levelPair: levelPairSchema.nullable().default(null) })
  .strict();

export const sittingResultSchema = z.object({
  assessmentId: z.string(),
  part: norskprovenPartSchema,
  level: levelSchema,
  levelPair: levelPairSchema.nullable(),
  corrected: z.boolean(),
});

export const sittingSchema = rowMetaSchema.extend({
  participantId: z.string(),
  date: z.string(),
  test: norskprovenTestSchema,
  note: z.string(),
  results: z.array(sittingResultSchema),
});
export type Sitting = z.infer<typeof sittingSchema>;

// ---- Targets ----

export const targetCreateSchema = z
  .object({
    participantId: idSchema,
    skill: assessmentSkillSchema,
    level: targetLevelSchema,
    dueDate: isoDateSchema,
    note: optionalTextSchema(500),
  })
  .strict();
export type TargetCreate = z.input<typeof targetCreateSchema>;

export const targetUpdateSchema = z
  .object({
    id: idSchema,
    level: targetLevelSchema.optional(),
    dueDate: isoDateSchema.optional(),
    note: textSchema(500).optional(),
    dropped: z.boolean().optional(),
  })
  .strict();

export const targetSchema = rowMetaSchema.extend({
  participantId: z.string(),
  skill: assessmentSkillSchema,
  level: targetLevelSchema,
  dueDate: z.string(),
  note: z.string(),
  dropped: z.boolean(),
  status: z.enum(targetStatuses),
});
export type LevelTarget = z.infer<typeof targetSchema>;

// ---- Self-assessment ----

export const selfAssessmentRecordSchema = z
  .object({
    participantId: idSchema,
    date: isoDateSchema,
    ticked: z
      .array(z.string().max(40).refine(isCanDoLineId, { message: 'invalidValue' }))
      .max(200)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate' }),
  })
  .strict();

// ---- Views ----

const datedLevelSchema = z.object({ level: levelSchema, date: z.string(), source: assessmentSourceSchema });
export type DatedLevel = z.infer<typeof datedLevelSchema>;

export const skillStandingSchema = z.object({
  skill: assessmentSkillSchema,
  /** The latest judgement by a teacher or a test (never the participant's own). */
  current: datedLevelSchema.nullable(),
  /** Best official result over all sittings, as on the certificate. */
  official: datedLevelSchema.nullable(),
  /** The participant's latest self-assessment, shown beside the others and never averaged with them. */
  self: datedLevelSchema.nullable(),
});
export type SkillStanding = z.infer<typeof skillStandingSchema>;

export const participantProfileSchema = z.object({
  participantId: z.string(),
  standings: z.array(skillStandingSchema),
  history: z.array(assessmentSchema),
  sittings: z.array(sittingSchema),
  targets: z.array(targetSchema),
});
export type ParticipantProfile = z.infer<typeof participantProfileSchema>;

export const auditActions = ['create', 'correct', 'delete', 'restore'] as const;
export const auditEntrySchema = z.object({
  id: z.string(),
  assessmentId: z.string(),
  skill: assessmentSkillSchema,
  source: assessmentSourceSchema,
  action: z.enum(auditActions),
  oldLevel: levelSchema.nullable(),
  newLevel: levelSchema.nullable(),
  oldDate: z.string().nullable(),
  newDate: z.string().nullable(),
  reason: z.string(),
  changedBy: z.string().nullable(),
  changedByName: z.string().nullable(),
  changedAt: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const classMatrixInputSchema = z.object({ courseId: idSchema }).strict();

const matrixCellSchema = z.object({
  current: levelSchema.nullable(),
  official: levelSchema.nullable(),
  self: levelSchema.nullable(),
  /** The standing at the start of the course (latest before it, or the first during it). */
  atStart: levelSchema.nullable(),
  /** Change since the start of the course in half levels (2 = one whole level). */
  change: z.number().nullable(),
});
export type MatrixCell = z.infer<typeof matrixCellSchema>;

export const classMatrixSchema = z.object({
  courseId: z.string(),
  courseName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  rows: z.array(
    z.object({
      participantId: z.string(),
      name: z.string(),
      skills: z.object({ lese: matrixCellSchema, lytte: matrixCellSchema, skrive: matrixCellSchema, muntlig: matrixCellSchema }),
    }),
  ),
});
export type ClassMatrix = z.infer<typeof classMatrixSchema>;


export const goalCoverageRowSchema = z.object({
  goalId: z.string(),
  level: goalLevelSchema,
  skill: goalSkillSchema,
  textNb: z.string(),
  /** Lessons with this goal that the participant took part in (or that were held in their classes). */
  lessonCount: z.number(),
  lastLessonDate: z.string().nullable(),
  achievedOn: z.string().nullable(),
});
export type GoalCoverageRow = z.infer<typeof goalCoverageRowSchema>;

export const goalAchievedSchema = z
  .object({ participantId: idSchema, goalId: goalIdSchema, achievedOn: isoDateSchema.nullable() })
  .strict();

export const alignmentSchema = z.array(
  z.object({
    level: goalLevelSchema,
    skill: goalSkillSchema,
    goals: z.array(z.object({ id: z.string(), textNb: z.string(), domain: z.string() })),
  }),
);


/** What a new assessment can point to as evidence: recent lessons of the participant's classes and their material. */
export const evidenceOptionsSchema = z.object({
  lessons: z.array(evidenceLessonSchema),
  materials: z.array(z.object({ id: z.string(), name: z.string(), date: z.string().nullable() })),
});
export type EvidenceOptions = z.infer<typeof evidenceOptionsSchema>;

// ---- Printing ----

export const printClassMatrixSchema = classMatrixInputSchema;
/** The checklist for one participant (their name on it), or blank for anyone. */
export const printSelfAssessmentSchema = z.object({ participantId: idSchema.optional() }).strict();
