import { z } from 'zod';
import {
  idSchema,
  languageListSchema,
  nameSchema,
  optionalTextSchema,
  rowMetaSchema,
  searchSchema,
  textSchema,
} from './common';

export const staffRoles = ['teacher', 'assistant', 'admin'] as const;
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

// No defaults here: the update schema makes these optional, and a default there would
// overwrite the stored value whenever a partial update leaves the field out.
const staffFields = {
  name: nameSchema,
  role: staffRoleSchema,
  /** ISO 639 codes of the languages this person covers (for assistants, the support languages). */
  languages: languageListSchema,
  positionPercent: z.number().int().min(0).max(100),
  email: textSchema(200),
  phone: textSchema(50),
};

export const staffCreateSchema = z
  .object({
    ...staffFields,
    languages: languageListSchema.default([]),
    email: optionalTextSchema(200),
    phone: optionalTextSchema(50),
  })
  .strict();
export const staffUpdateSchema = z
  .object({ id: idSchema, ...z.object(staffFields).partial().shape })
  .strict();
export const staffListSchema = z
  .object({ search: searchSchema, role: staffRoleSchema.optional() })
  .strict();

export const staffSchema = rowMetaSchema.extend({
  name: z.string(),
  role: staffRoleSchema,
  languages: z.array(z.string()),
  positionPercent: z.number(),
  email: z.string(),
  phone: z.string(),
  courseIds: z.array(z.string()),
});
export type Staff = z.infer<typeof staffSchema>;
export type StaffCreate = z.input<typeof staffCreateSchema>;
export type StaffUpdate = z.input<typeof staffUpdateSchema>;
