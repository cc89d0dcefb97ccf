/**
 * Every API method by name, without its schemas. The sandboxed preload needs only this
 * list; importing the contract there would bundle zod and every schema into it.
 * contract.ts is checked against this list (every name has a spec, no spec without a name).
 */
export const methodNames = [
  'app.info',
  'settings.get',
  'settings.update',
  'exampleCentre.create',
  'staff.list',
  'staff.get',
  'staff.create',
  'staff.update',
  'staff.delete',
  'staff.restore',
  'courses.list',
  'courses.get',
  'courses.create',
  'courses.update',
  'courses.delete',
  'courses.restore',
  'courses.enrol',
  'courses.unenrol',
  'courses.languageGroups',
  'participants.list',
  'participants.get',
  'participants.create',
  'participants.update',
  'participants.delete',
  'participants.restore',
  'calendar.schoolYears.list',
  'calendar.schoolYears.create',
  'calendar.schoolYears.update',
  'calendar.schoolYears.delete',
  'calendar.schoolYears.restore',
  'calendar.schoolYears.suggestBreaks',
  'calendar.closures.list',
  'calendar.closures.create',
  'calendar.closures.update',
  'calendar.closures.delete',
  'calendar.closures.restore',
  'calendar.days',
  'goals.search',
  'goals.get',
  'goals.create',
  'goals.update',
  'goals.delete',
  'goals.restore',
  'goals.importPreview',
  'goals.importCommit',
  'themes.list',
  'themes.get',
  'themes.create',
  'themes.update',
  'themes.delete',
  'themes.restore',
  'lessons.week',
  'lessons.get',
  'lessons.create',
  'lessons.update',
  'lessons.delete',
  'lessons.restore',
  'lessons.move',
  'lessons.generate',
  'lessons.bump',
  'lessons.applyMoves',
  'lessons.cancelToEnd',
  'lessons.versions',
  'lessons.restoreVersion',
] as const;

export type MethodName = (typeof methodNames)[number];

const known = new Set<string>(methodNames);
export const isMethodName = (name: unknown): name is MethodName => typeof name === 'string' && known.has(name);

/** Channel name of the one IPC message the preload sends. */
export const apiChannel = 'sprakbro:api';
