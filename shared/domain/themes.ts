import { z } from 'zod';
import { endNotBeforeStart, idSchema, isoDateSchema, nameSchema, optionalTextSchema, rowMetaSchema, textSchema } from './common';
import { goalIdListSchema } from './lessons';

/** Key words of a theme, in any language: the assistants translate them for their groups. */
export const keyWordsSchema = z
  .array(z.string().trim().min(1).max(100))
  .max(200)
  .refine((words) => new Set(words).size === words.length, { message: 'duplicate' });

const themeFields = {
  name: nameSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  keyWords: keyWordsSchema,
  goalIds: goalIdListSchema,
  note: textSchema(4000),
};

export const themeCreateSchema = z
  .object({
    courseId: idSchema,
    ...themeFields,
    keyWords: keyWordsSchema.default([]),
    goalIds: goalIdListSchema.default([]),
    note: optionalTextSchema(4000),
  })
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['endDate'] });

export const themeUpdateSchema = z
  .object({ id: idSchema, ...z.object(themeFields).partial().shape })
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['endDate'] });
export type ThemeUpdate = z.input<typeof themeUpdateSchema>;

export const themeListSchema = z.object({ courseId: idSchema }).strict();

export const themeSchema = rowMetaSchema.extend({
  courseId: z.string(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  keyWords: z.array(z.string()),
  goalIds: z.array(z.string()),
  note: z.string(),
  /** The theme's goals that at least one planned lesson of the class links to. */
  goalIdsWithLessons: z.array(z.string()),
  lessonCount: z.number(),
});
export type Theme = z.infer<typeof themeSchema>;
