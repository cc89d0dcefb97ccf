import { z } from 'zod';
import {
  endNotBeforeStart,
  idSchema,
  isoDateSchema,
  nameSchema,
  optionalTextSchema,
  rowMetaSchema,
  searchSchema,
  textSchema,
} from './common';
import { goalTrades } from './goals';

/** The trades a practice site can belong to: the same list as the goal catalogue's. */
export const practiceTrades = goalTrades;
export const practiceTradeSchema = z.enum(practiceTrades);
export type PracticeTrade = z.infer<typeof practiceTradeSchema>;

const orgNumberWeights = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** An organisation number as typed, without its spaces (the register prints "123 456 789"). */
export const stripOrgNumber = (value: string): string => value.replace(/\s+/gu, '');

/**
 * True for a valid Norwegian organisasjonsnummer: 9 digits whose last is the mod-11 check
 * digit of the first 8 (weights 3 2 7 6 5 4 3 2; remainder 0 gives 0, a check digit of 10
 * means the number cannot exist). Spaces are allowed and ignored.
 */
export function isValidOrgNumber(value: string): boolean {
  const digits = stripOrgNumber(value);
  if (!/^\d{9}$/u.test(digits)) return false;
  const sum = orgNumberWeights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(digits[8]);
}

/** Organisation number input: spaces stripped, empty means none, otherwise it must be valid. */
export const orgNumberSchema = z
  .string()
  .max(30)
  .transform(stripOrgNumber)
  .refine((digits) => digits === '' || isValidOrgNumber(digits), { message: 'invalidOrgNumber' })
  .transform((digits) => (digits === '' ? null : digits))
  .nullable();

export const contactRoles = ['buddy', 'contact'] as const;
export const contactRoleSchema = z.enum(contactRoles);
export type ContactRole = z.infer<typeof contactRoleSchema>;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const phonePattern = /^[0-9+()\-\s.]*$/u;

export const siteContactSchema = z
  .object({
    name: nameSchema,
    role: contactRoleSchema,
    phone: z.string().trim().max(40).regex(phonePattern, { message: 'invalidValue' }).default(''),
    email: z
      .string()
      .trim()
      .max(200)
      .refine((value) => value === '' || emailPattern.test(value), { message: 'invalidValue' })
      .default(''),
  })
  .strict();
export type SiteContact = z.output<typeof siteContactSchema>;
export type SiteContactInput = z.input<typeof siteContactSchema>;
export const siteContactsSchema = z.array(siteContactSchema).max(30);

const siteFields = {
  name: nameSchema,
  orgNumber: orgNumberSchema,
  address: textSchema(500),
  trade: practiceTradeSchema.nullable(),
  contacts: siteContactsSchema,
  note: textSchema(4000),
};

export const practiceSiteCreateSchema = z
  .object({
    ...siteFields,
    orgNumber: orgNumberSchema.default(null),
    address: optionalTextSchema(500),
    trade: practiceTradeSchema.nullable().default(null),
    contacts: siteContactsSchema.default([]),
    note: optionalTextSchema(4000),
  })
  .strict();
export type PracticeSiteCreate = z.input<typeof practiceSiteCreateSchema>;

export const practiceSiteUpdateSchema = z
  .object({ id: idSchema, ...z.object(siteFields).partial().shape })
  .strict();
export type PracticeSiteUpdate = z.input<typeof practiceSiteUpdateSchema>;

export const practiceSiteListSchema = z
  .object({ search: searchSchema, trade: practiceTradeSchema.optional() })
  .strict();

export const practiceSiteSchema = rowMetaSchema.extend({
  name: z.string(),
  orgNumber: z.string().nullable(),
  address: z.string(),
  trade: practiceTradeSchema.nullable(),
  contacts: z.array(
    z.object({ name: z.string(), role: contactRoleSchema, phone: z.string(), email: z.string() }),
  ),
  note: z.string(),
  /** Live placements at the site. */
  placementCount: z.number(),
});
export type PracticeSite = z.infer<typeof practiceSiteSchema>;

/** Weekdays a participant can be at the site; practice is on school days. */
export const practiceWeekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export const practiceWeekdaySchema = z.enum(practiceWeekdays);
export type PracticeWeekday = z.infer<typeof practiceWeekdaySchema>;

export const placementWeekdaysSchema = z
  .array(practiceWeekdaySchema)
  .min(1, { message: 'required' })
  .max(5)
  .refine((days) => new Set(days).size === days.length, { message: 'duplicate' })
  .transform((days) => practiceWeekdays.filter((day) => days.includes(day)));

/** Hours a practice day counts for (the language-practice hours); quarter hours, at most a long day. */
export const hoursPerDaySchema = z
  .number()
  .min(0.25)
  .max(12)
  .refine((hours) => Number.isInteger(hours * 4), { message: 'invalidValue' });
export const defaultHoursPerDay = 6;

const placementFields = {
  siteId: idSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  weekdays: placementWeekdaysSchema,
  hoursPerDay: hoursPerDaySchema,
  note: textSchema(4000),
};

export const placementCreateSchema = z
  .object({
    participantId: idSchema,
    ...placementFields,
    hoursPerDay: hoursPerDaySchema.default(defaultHoursPerDay),
    note: optionalTextSchema(4000),
  })
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['endDate'] });
export type PlacementCreate = z.input<typeof placementCreateSchema>;

export const placementUpdateSchema = z
  .object({ id: idSchema, ...z.object(placementFields).partial().shape })
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['endDate'] });
export type PlacementUpdate = z.input<typeof placementUpdateSchema>;

/** Placements of one participant or of one site (exactly one of the two). */
export const placementListSchema = z
  .object({ participantId: idSchema.optional(), siteId: idSchema.optional() })
  .strict()
  .refine((value) => (value.participantId === undefined) !== (value.siteId === undefined), {
    message: 'required',
    path: ['participantId'],
  });

export const placementSchema = rowMetaSchema.extend({
  participantId: z.string(),
  participantName: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  weekdays: z.array(practiceWeekdaySchema),
  hoursPerDay: z.number(),
  note: z.string(),
});
export type Placement = z.infer<typeof placementSchema>;

/** Two placements clash when their periods share a day and they share a weekday. */
export function placementsOverlap(
  a: { startDate: string; endDate: string; weekdays: readonly string[] },
  b: { startDate: string; endDate: string; weekdays: readonly string[] },
): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate && a.weekdays.some((day) => b.weekdays.includes(day));
}
