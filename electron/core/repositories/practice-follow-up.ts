import { setDeleted } from '../db/tombstone';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type { Goal } from '../../../shared/domain/goals';
import {
  meetingAttendees,
  workTaskStatuses,
  type BuddyTask,
  type BuddyTaskStatus,
  type SiteVisit,
  type StatusMeeting,
  type TrainingPlan,
  type WorkTask,
} from '../../../shared/domain/practice-follow-up';
import { invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { parseStringArray, stripUndefined } from '../db/json';
import { localToday } from '../services/attendance/today';
import { toGoal, type GoalRow } from './goals';
import { checkGoals } from './lessons';
import { getPlacement } from './practice';

/**
 * The follow-up of a placement: its training plan, status meetings, site visits and buddy
 * tasks. Rows of a deleted placement (or of its deleted participant or site) are out of
 * sight with it and come back with it, as the placement itself does.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The placement must be live (with its participant and site); otherwise the row refers to nothing. */
function checkPlacement(db: Database, placementId: string): void {
  try {
    getPlacement(db, placementId);
  } catch {
    throw invalidField('placementId', 'invalidValue');
  }
}

const livePlacement = `JOIN placement pl ON pl.id = x.placement_id AND pl.deleted_at IS NULL
  JOIN participant p ON p.id = pl.participant_id AND p.deleted_at IS NULL
  JOIN practice_site s ON s.id = pl.site_id AND s.deleted_at IS NULL`;

/**
 * Listing and reading one kind of follow-up row (meetings, visits, buddy tasks): live rows
 * of a live placement only, a placement's list newest first by `dateColumn`.
 */
function followUpRows<Row, Item>(table: 'status_meeting' | 'site_visit' | 'buddy_task', dateColumn: 'date' | 'given_on', toItem: (row: Row) => Item) {
  return {
    list(db: Database, placementId: string): Item[] {
      const rows = db
        .prepare(`SELECT x.* FROM ${table} x ${livePlacement} WHERE x.placement_id = ? AND x.deleted_at IS NULL ORDER BY x.${dateColumn} DESC, x.id DESC`)
        .all(placementId) as Row[];
      return rows.map(toItem);
    },
    get(db: Database, id: string): Item {
      const row = db.prepare(`SELECT x.* FROM ${table} x ${livePlacement} WHERE x.id = ? AND x.deleted_at IS NULL`).get(id) as Row | undefined;
      if (!row) throw notFound();
      return toItem(row);
    },
  };
}

// ---- Training plan ----

interface TrainingPlanRow {
  placement_id: string;
  agreed_on: string | null;
  agreed_with: string;
  tasks: string;
  note: string;
  created_at: string;
  updated_at: string;
}

/** Reads the stored work tasks; anything malformed is left out rather than breaking the plan. */
function parseTasks(json: string): WorkTask[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => ({
    text: typeof item.text === 'string' ? item.text : '',
    status: workTaskStatuses.find((status) => status === item.status) ?? 'planned',
  }));
}

export function trainingPlanGoalIds(db: Database, placementId: string): string[] {
  return db
    .prepare('SELECT goal_id FROM training_plan_goal WHERE placement_id = ? ORDER BY position, goal_id')
    .pluck()
    .all(placementId) as string[];
}

/** The plan's goals in their order, binned ones included (the plan still names them), in one query. */
export function trainingPlanGoals(db: Database, placementId: string): Goal[] {
  const rows = db
    .prepare('SELECT g.* FROM training_plan_goal t JOIN goal g ON g.id = t.goal_id WHERE t.placement_id = ? ORDER BY t.position, t.goal_id')
    .all(placementId) as GoalRow[];
  return rows.map(toGoal);
}

/** A placement's plan; a placement without one has an empty plan, not an error. */
export function getTrainingPlan(db: Database, placementId: string): TrainingPlan {
  const placement = getPlacement(db, placementId);
  const row = db.prepare('SELECT * FROM training_plan WHERE placement_id = ?').get(placementId) as TrainingPlanRow | undefined;
  return {
    id: placementId,
    placementId,
    agreedOn: row?.agreed_on ?? null,
    agreedWith: row?.agreed_with ?? '',
    goalIds: trainingPlanGoalIds(db, placementId),
    tasks: row ? parseTasks(row.tasks) : [],
    note: row?.note ?? '',
    createdAt: row?.created_at ?? placement.createdAt,
    updatedAt: row?.updated_at ?? placement.createdAt,
  };
}

function replacePlanGoals(db: Database, placementId: string, goalIds: readonly string[], stamp: string): void {
  db.prepare('DELETE FROM training_plan_goal WHERE placement_id = ?').run(placementId);
  const insert = db.prepare(
    'INSERT INTO training_plan_goal (placement_id, goal_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  goalIds.forEach((goalId, position) => insert.run(placementId, goalId, position, stamp, stamp));
}

export function updateTrainingPlan(db: Database, input: ParsedInput<'trainingPlans.update'>): TrainingPlan {
  const current = getTrainingPlan(db, input.id);
  if (input.goalIds) checkGoals(db, input.goalIds);
  const next = { ...current, ...stripUndefined(input) };
  const stamp = now();
  db.prepare(
    `INSERT INTO training_plan (placement_id, agreed_on, agreed_with, tasks, note, created_at, updated_at)
     VALUES (@id, @agreedOn, @agreedWith, @tasks, @note, @stamp, @stamp)
     ON CONFLICT (placement_id) DO UPDATE SET agreed_on = excluded.agreed_on, agreed_with = excluded.agreed_with,
       tasks = excluded.tasks, note = excluded.note, updated_at = excluded.updated_at`,
  ).run({ id: input.id, agreedOn: next.agreedOn, agreedWith: next.agreedWith, tasks: JSON.stringify(next.tasks), note: next.note, stamp });
  if (input.goalIds) replacePlanGoals(db, input.id, input.goalIds, stamp);
  return getTrainingPlan(db, input.id);
}

// ---- Status meetings ----

interface StatusMeetingRow {
  id: string;
  placement_id: string;
  date: string;
  attendees: string;
  other_attendees: string;
  agreed: string;
  next_steps: string;
  created_at: string;
  updated_at: string;
}

const toStatusMeeting = (row: StatusMeetingRow): StatusMeeting => {
  const stored = parseStringArray(row.attendees);
  return {
    id: row.id,
    placementId: row.placement_id,
    date: row.date,
    attendees: meetingAttendees.filter((who) => stored.includes(who)),
    otherAttendees: row.other_attendees,
    agreed: row.agreed,
    nextSteps: row.next_steps,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

const statusMeetings = followUpRows('status_meeting', 'date', toStatusMeeting);
/** Newest first: the last meeting is the one the next is counted from. */
export const listStatusMeetings = statusMeetings.list;
export const getStatusMeeting = statusMeetings.get;

export function createStatusMeeting(db: Database, input: ParsedInput<'statusMeetings.create'>): StatusMeeting {
  checkPlacement(db, input.placementId);
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO status_meeting (id, placement_id, date, attendees, other_attendees, agreed, next_steps, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.placementId, input.date, JSON.stringify(input.attendees), input.otherAttendees, input.agreed, input.nextSteps, stamp, stamp);
  return getStatusMeeting(db, id);
}

export function updateStatusMeeting(db: Database, input: ParsedInput<'statusMeetings.update'>): StatusMeeting {
  const next = { ...getStatusMeeting(db, input.id), ...stripUndefined(input) };
  db.prepare(
    'UPDATE status_meeting SET date = ?, attendees = ?, other_attendees = ?, agreed = ?, next_steps = ?, updated_at = ? WHERE id = ?',
  ).run(next.date, JSON.stringify(next.attendees), next.otherAttendees, next.agreed, next.nextSteps, now(), input.id);
  return getStatusMeeting(db, input.id);
}

// ---- Site visits ----

interface SiteVisitRow {
  id: string;
  placement_id: string;
  date: string;
  observed: string;
  material: string;
  follow_up: string;
  created_at: string;
  updated_at: string;
}

const toSiteVisit = (row: SiteVisitRow): SiteVisit => ({
  id: row.id,
  placementId: row.placement_id,
  date: row.date,
  observed: row.observed,
  material: row.material,
  followUp: row.follow_up,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const siteVisits = followUpRows('site_visit', 'date', toSiteVisit);
export const listSiteVisits = siteVisits.list;
export const getSiteVisit = siteVisits.get;

export function createSiteVisit(db: Database, input: ParsedInput<'siteVisits.create'>): SiteVisit {
  checkPlacement(db, input.placementId);
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO site_visit (id, placement_id, date, observed, material, follow_up, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.placementId, input.date, input.observed, input.material, input.followUp, stamp, stamp);
  return getSiteVisit(db, id);
}

export function updateSiteVisit(db: Database, input: ParsedInput<'siteVisits.update'>): SiteVisit {
  const next = { ...getSiteVisit(db, input.id), ...stripUndefined(input) };
  db.prepare('UPDATE site_visit SET date = ?, observed = ?, material = ?, follow_up = ?, updated_at = ? WHERE id = ?').run(
    next.date, next.observed, next.material, next.followUp, now(), input.id,
  );
  return getSiteVisit(db, input.id);
}

// ---- Buddy tasks ----

interface BuddyTaskRow {
  id: string;
  placement_id: string;
  text: string;
  given_on: string;
  due_on: string | null;
  status: BuddyTaskStatus;
  answered_on: string | null;
  answer: string;
  created_at: string;
  updated_at: string;
}

const toBuddyTask = (row: BuddyTaskRow): BuddyTask => ({
  id: row.id,
  placementId: row.placement_id,
  text: row.text,
  givenOn: row.given_on,
  dueOn: row.due_on,
  status: row.status,
  answeredOn: row.answered_on,
  answer: row.answer,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const buddyTasks = followUpRows('buddy_task', 'given_on', toBuddyTask);
export const listBuddyTasks = buddyTasks.list;
export const getBuddyTask = buddyTasks.get;

type TaskDates = Pick<BuddyTask, 'givenOn' | 'dueOn' | 'status' | 'answeredOn'>;

/**
 * The status flow: a task is given; it comes back (answered, on a date) or is dropped, and
 * either can be undone back to given. Only an answered task has an answer date: marking a
 * task answered without one dates it today; leaving "answered" clears the date.
 */
function settleTaskDates(task: TaskDates, today: string): TaskDates {
  if (task.status !== 'answered') {
    if (task.answeredOn !== null) throw invalidField('answeredOn', 'invalidValue');
    return task;
  }
  const answeredOn = task.answeredOn ?? (today < task.givenOn ? task.givenOn : today);
  if (answeredOn < task.givenOn) throw invalidField('answeredOn', 'endBeforeStart');
  return { ...task, answeredOn };
}

export function createBuddyTask(db: Database, input: ParsedInput<'buddyTasks.create'>, today = localToday()): BuddyTask {
  checkPlacement(db, input.placementId);
  const dates = settleTaskDates(input, today);
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO buddy_task (id, placement_id, text, given_on, due_on, status, answered_on, answer, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.placementId, input.text, dates.givenOn, dates.dueOn, dates.status, dates.answeredOn, input.answer, stamp, stamp);
  return getBuddyTask(db, id);
}

export function updateBuddyTask(db: Database, input: ParsedInput<'buddyTasks.update'>, today = localToday()): BuddyTask {
  const current = getBuddyTask(db, input.id);
  const merged = { ...current, ...stripUndefined(input) };
  // A status change away from "answered" takes its date with it unless a date was sent too.
  if (input.status !== undefined && input.status !== 'answered' && input.answeredOn === undefined) merged.answeredOn = null;
  if (merged.dueOn !== null && merged.dueOn < merged.givenOn) throw invalidField('dueOn', 'endBeforeStart');
  const next = { ...merged, ...settleTaskDates(merged, today) };
  db.prepare(
    'UPDATE buddy_task SET text = ?, given_on = ?, due_on = ?, status = ?, answered_on = ?, answer = ?, updated_at = ? WHERE id = ?',
  ).run(next.text, next.givenOn, next.dueOn, next.status, next.answeredOn, next.answer, now(), input.id);
  return getBuddyTask(db, input.id);
}

/** Restoring a row checks it is reachable again (its placement may have gone meanwhile). */
export const restoreStatusMeeting = (db: Database, id: string) => (setDeleted(db, 'status_meeting', id, false), getStatusMeeting(db, id));
export const restoreSiteVisit = (db: Database, id: string) => (setDeleted(db, 'site_visit', id, false), getSiteVisit(db, id));
export const restoreBuddyTask = (db: Database, id: string) => (setDeleted(db, 'buddy_task', id, false), getBuddyTask(db, id));
