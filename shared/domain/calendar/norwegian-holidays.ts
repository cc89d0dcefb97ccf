import { addDays, isoOf } from './dates';

/**
 * The Norwegian public holidays (offentlige høytidsdager, lov om 1. og 17. mai som
 * høgtidsdager and helligdagsfredloven). Julaften and nyttårsaften are not among them:
 * centres add those as closure days or inside the Christmas break.
 */
export const holidayKeys = [
  'newYearsDay',
  'maundyThursday',
  'goodFriday',
  'easterSunday',
  'easterMonday',
  'labourDay',
  'constitutionDay',
  'ascensionDay',
  'whitSunday',
  'whitMonday',
  'christmasDay',
  'boxingDay',
] as const;
export type HolidayKey = (typeof holidayKeys)[number];

/**
 * Bokmål names, for places without the UI's i18n (core's ClosedDay.name, logs, exports).
 * The UI translates `calendar.holidays.<key>` instead.
 */
export const holidayNamesNb: Readonly<Record<HolidayKey, string>> = {
  newYearsDay: 'Første nyttårsdag',
  maundyThursday: 'Skjærtorsdag',
  goodFriday: 'Langfredag',
  easterSunday: 'Første påskedag',
  easterMonday: 'Andre påskedag',
  labourDay: 'Arbeidernes dag',
  constitutionDay: 'Grunnlovsdag',
  ascensionDay: 'Kristi himmelfartsdag',
  whitSunday: 'Første pinsedag',
  whitMonday: 'Andre pinsedag',
  christmasDay: 'Første juledag',
  boxingDay: 'Andre juledag',
};

export interface PublicHoliday {
  date: string;
  key: HolidayKey;
}

/** The years the computation is checked for; the app's dates are limited to the same span. */
export const firstHolidayYear = 1900;
export const lastHolidayYear = 2200;

/** Easter Sunday (Gregorian) by the anonymous algorithm as given by Meeus. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

/**
 * Every public holiday of `year` in date order, by today's rules (1 and 17 May became
 * public holidays in 1947; the planner only looks at current and coming school years).
 * Throws a RangeError outside 1900–2200.
 */
export function norwegianPublicHolidays(year: number): PublicHoliday[] {
  if (!Number.isInteger(year) || year < firstHolidayYear || year > lastHolidayYear) {
    throw new RangeError(`Public holidays are computed for ${firstHolidayYear}–${lastHolidayYear}, not ${year}`);
  }
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: isoOf(year, 1, 1), key: 'newYearsDay' },
    { date: addDays(easter, -3), key: 'maundyThursday' },
    { date: addDays(easter, -2), key: 'goodFriday' },
    { date: easter, key: 'easterSunday' },
    { date: addDays(easter, 1), key: 'easterMonday' },
    { date: isoOf(year, 5, 1), key: 'labourDay' },
    { date: isoOf(year, 5, 17), key: 'constitutionDay' },
    { date: addDays(easter, 39), key: 'ascensionDay' },
    { date: addDays(easter, 49), key: 'whitSunday' },
    { date: addDays(easter, 50), key: 'whitMonday' },
    { date: isoOf(year, 12, 25), key: 'christmasDay' },
    { date: isoOf(year, 12, 26), key: 'boxingDay' },
  ];
  // Ascension can fall on 1 or 17 May (e.g. 2008: 1 May); keep date order, both names stay.
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
