import { z } from 'zod';
import { idSchema, rowMetaSchema } from './common';
import { cefrLevels } from './courses';

/** CEFR skills as Norskprøven and the adult curriculum split them, plus mediation. */
export const goalSkills = [
  'lese',
  'lytte',
  'skrive',
  'muntlig-samhandling',
  'muntlig-produksjon',
  'mediering',
] as const;
export const goalDomains = [
  'arbeidsliv',
  'helse',
  'bolig',
  'barnehage-og-skole',
  'offentlige-tjenester',
  'hverdagsliv',
  'samfunn',
] as const;
/** Trades of work-oriented Norwegian; a goal with a trade is a practical workplace task. */
export const goalTrades = [
  'helse-og-omsorg',
  'renhold',
  'barnehage',
  'butikk',
  'lager-og-logistikk',
  'restaurant-og-kjokken',
  'bygg-og-anlegg',
] as const;
export const goalStatuses = ['active', 'retired'] as const;
/** Where a goal came from: our shipped catalogue, a teacher, or a CSV/Grep import. */
export const goalSources = ['catalogue', 'teacher', 'import'] as const;

export const goalLevelSchema = z.enum(cefrLevels);
export const goalSkillSchema = z.enum(goalSkills);
export const goalDomainSchema = z.enum(goalDomains);
export const goalTradeSchema = z.enum(goalTrades);
export type GoalLevel = z.infer<typeof goalLevelSchema>;
export type GoalSkill = z.infer<typeof goalSkillSchema>;
export type GoalDomain = z.infer<typeof goalDomainSchema>;
export type GoalTrade = z.infer<typeof goalTradeSchema>;

/** Limits shared by catalogue, teacher goals and imports. */
export const goalTextMax = 500;
const goalText = z.string().trim().min(1).max(goalTextMax);
const optionalGoalText = z.string().trim().max(goalTextMax);

/** Catalogue ids are ours, readable and stable: `sb-goal-` and lowercase letters, digits, dashes. */
export const catalogueGoalIdSchema = z.string().regex(/^sb-goal-[a-z0-9]+(-[a-z0-9]+)*$/).max(80);

// ---- The shipped catalogue file (resources/curriculum/goals-catalogue.json) ----

export const catalogueGoalSchema = z
  .object({
    id: catalogueGoalIdSchema.describe('Stable id; never reused, never given a new meaning.'),
    level: goalLevelSchema,
    skill: goalSkillSchema,
    domain: goalDomainSchema,
    trade: goalTradeSchema.optional(),
    nb: goalText.describe('Can-do text in plain Bokmål, in our own words.'),
    en: goalText.describe('The same goal in English.'),
    status: z.enum(goalStatuses),
  })
  .strict();

export const goalCatalogueSchema = z
  .object({
    /** Lets editors find the JSON Schema; ignored when loading. */
    $schema: z.string().optional(),
    catalogueVersion: z.string().regex(/^\d{4}\.\d+$/).describe('Year and release number, e.g. 2026.1.'),
    goals: z
      .array(catalogueGoalSchema)
      .min(1)
      .refine((goals) => new Set(goals.map((goal) => goal.id)).size === goals.length, { message: 'duplicate' }),
  })
  .strict()
  .describe('Språkbro competence-goal catalogue');
export type GoalCatalogue = z.infer<typeof goalCatalogueSchema>;
export type CatalogueGoal = z.infer<typeof catalogueGoalSchema>;

// ---- API ----

export const goalSchema = rowMetaSchema.extend({
  source: z.enum(goalSources),
  catalogueVersion: z.string().nullable(),
  level: goalLevelSchema,
  skill: goalSkillSchema,
  domain: goalDomainSchema,
  trade: goalTradeSchema.nullable(),
  textNb: z.string(),
  textEn: z.string(),
  status: z.enum(goalStatuses),
  grepCode: z.string().nullable(),
  grepId: z.string().nullable(),
  /** Set while the goal sits in the bin (only teacher and imported goals can be deleted). */
  deletedAt: z.string().nullable(),
});
export type Goal = z.infer<typeof goalSchema>;

export const goalSearchLimitMax = 200;

export const goalSearchSchema = z
  .object({
    query: z.string().trim().max(200).optional(),
    level: goalLevelSchema.optional(),
    skill: goalSkillSchema.optional(),
    domain: goalDomainSchema.optional(),
    trade: goalTradeSchema.optional(),
    includeRetired: z.boolean().default(false),
    limit: z.number().int().min(1).max(goalSearchLimitMax).default(50),
  })
  .strict();

/** A goal id is a catalogue id or a UUIDv7 (teacher and imported goals). */
export const goalIdSchema = z.union([idSchema, catalogueGoalIdSchema], { message: 'invalidValue' });
export const goalByIdSchema = z.object({ id: goalIdSchema }).strict();

const goalFields = {
  level: goalLevelSchema,
  skill: goalSkillSchema,
  domain: goalDomainSchema,
  trade: goalTradeSchema.nullable(),
  textNb: goalText,
  textEn: optionalGoalText,
};

export const goalCreateSchema = z
  .object({ ...goalFields, trade: goalTradeSchema.nullable().default(null), textEn: optionalGoalText.default('') })
  .strict();
// Any goal id is accepted, so asking to edit a catalogue goal gets the clear 'readOnly' answer.
export const goalUpdateSchema = z
  .object({ id: goalIdSchema, ...z.object(goalFields).partial().shape })
  .strict();
export type GoalCreate = z.input<typeof goalCreateSchema>;
export type GoalUpdate = z.input<typeof goalUpdateSchema>;

// ---- Import (CSV and Grep JSON) ----

export const goalImportFormats = ['csv', 'grep-json'] as const;
/**
 * Characters, not bytes: 2 million characters are 2–4 MB of UTF-8, under the 5 MiB the
 * HTTP route accepts, and far more than 5,000 goals of 500 characters need.
 */
export const goalImportMaxChars = 2_000_000;
/** More rows than any real curriculum file has; beyond it the preview would be unreadable anyway. */
export const goalImportMaxRows = 5_000;

export const goalImportDefaultsSchema = z
  .object({
    level: goalLevelSchema,
    skill: goalSkillSchema,
    domain: goalDomainSchema,
    trade: goalTradeSchema.nullable().optional(),
  })
  .strict();

export const goalImportSchema = z
  .object({
    format: z.enum(goalImportFormats),
    content: z.string().min(1).max(goalImportMaxChars),
    /** Grep has no level, skill or domain: the user chooses them in the import dialog. */
    defaults: goalImportDefaultsSchema.optional(),
  })
  .strict();
export type GoalImport = z.input<typeof goalImportSchema>;

/** Why one line of an import cannot be used; `code` is a key under `goals.importIssue`. */
export const goalImportIssueCodes = [
  'required',
  'tooLong',
  'invalidLevel',
  'invalidSkill',
  'invalidDomain',
  'invalidTrade',
  'badEncoding',
  'wrongColumnCount',
  'unclosedQuote',
  'missingHeader',
  'duplicateInFile',
  'duplicateExisting',
  'duplicateId',
  'notJson',
  'notGrep',
  'missingDefaults',
  'noRows',
  'tooManyRows',
] as const;
export const goalImportIssueSchema = z.object({
  /** 1-based line of the file (CSV) or position in the list (Grep); 0 for the file as a whole. */
  line: z.number().int().min(0),
  field: z.string(),
  code: z.enum(goalImportIssueCodes),
});
export type GoalImportIssue = z.infer<typeof goalImportIssueSchema>;

export const goalDraftSchema = z.object({
  level: goalLevelSchema,
  skill: goalSkillSchema,
  domain: goalDomainSchema,
  trade: goalTradeSchema.nullable(),
  textNb: z.string(),
  textEn: z.string(),
  grepCode: z.string().nullable(),
  grepId: z.string().nullable(),
  /** Grep marks expired goals; they come in retired, readable but out of the way. */
  status: z.enum(goalStatuses),
});
export type GoalDraft = z.infer<typeof goalDraftSchema>;

export const goalImportPreviewSchema = z.object({
  rows: z.array(
    z.object({
      line: z.number().int().min(0),
      /** The Norwegian text as read, so a line that cannot become a goal is still recognisable. */
      text: z.string().optional(),
      goal: goalDraftSchema.optional(),
      errors: z.array(goalImportIssueSchema),
    }),
  ),
  validCount: z.number().int().min(0),
  errorCount: z.number().int().min(0),
  duplicateCount: z.number().int().min(0),
});
export type GoalImportPreview = z.infer<typeof goalImportPreviewSchema>;

export const goalImportResultSchema = z.object({ imported: z.number().int().min(0), ids: z.array(z.string()) });

/**
 * The JSON Schema of the catalogue file, made from the zod schema so there is one source
 * of truth. resources/curriculum/goals-catalogue.schema.json is this, committed for editors
 * and other tools; a unit test fails when the two differ.
 */
export function goalCatalogueJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(goalCatalogueSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://sprakbro.invalid/schemas/goals-catalogue.schema.json',
    title: 'Språkbro competence-goal catalogue',
  };
}
