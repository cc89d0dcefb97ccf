import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { weekdayOf } from '../../../../shared/domain/calendar/dates';
import { languageName } from '../../../../shared/domain/languages';
import type { PrintDocument } from '../../../../shared/domain/printing';
import type { Staff } from '../../../../shared/domain/staff';
import { getCourse } from '../../repositories/courses';
import { listParticipants } from '../../repositories/participants';
import { listThemes } from '../../repositories/themes';
import { courseLanguageGroups } from '../language-groups/course-language-groups';
import { coursePlan, patternKind } from '../lessons/course-plan';
import { sanitiseLessonHtml } from '../lessons/sanitise-html';
import { escapeHtml } from './escape-html';
import { inlineMaterialImages } from './material';
import { bdi, pdfFileName, renderDocument, type PrintOptions } from './layout';
import { closedDays, closedName, lessonsBetween, staffById, supportWho, textsFor } from './plan-data';
import { formatDate } from './texts';

const packetCss = `
.lesson { border: 0.75pt solid #000; padding: 2mm; margin-block-end: 3mm; }
.lesson--support { border-inline-start: 3.5pt solid #000; }
.lesson h3 { margin-block-start: 0; }
.lesson-text { border-block-start: 0.75pt dashed #000; margin-block-start: 1.5mm; padding-block-start: 1.5mm; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.class-list td:first-child { inline-size: 8mm; }
.day-note { font-weight: 700; border: 1.5pt dotted #000; padding: 2mm; }
section { break-inside: avoid-page; }
.note { white-space: pre-wrap; }
`;

/**
 * «Vikarpakke»: everything a substitute needs for one day of a class: the lessons with
 * their full plan, the class list, the language groups, who the staff are and how to
 * reach them, and where the material is (the notes of the class and of the day's themes).
 * Participants' own notes are never printed.
 */
export function printSubstitutePacket(db: Database, input: ParsedInput<'print.substitutePacket'>, options: PrintOptions): PrintDocument {
  const texts = textsFor(db);
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));
  const languages = (codes: readonly string[]) => escapeHtml(codes.map((code) => languageName(code, texts.language)).join(', '));
  const course = getCourse(db, input.courseId);
  const plan = coursePlan(db, input.courseId);
  const staff = staffById(db);
  const closed = closedDays(db, input.date, input.date, course.id).get(input.date);
  const kind = patternKind(plan, input.date);
  const lessons = lessonsBetween(db, course.id, input.date, input.date);
  const participants = listParticipants(db, { courseId: course.id, sort: 'name' });
  const participantNames = new Map(participants.map((person) => [person.id, `${person.givenName} ${person.familyName}`.trim()]));
  const groups = courseLanguageGroups(db, course.id);

  const notes: string[] = [];
  if (closed) notes.push(e('printing.doc.closedDay', { name: closedName(closed, texts) }));
  if (kind !== 'school') notes.push(e(`printing.doc.kind.${kind}`));
  const lessonHtml = lessons.length === 0
    ? `<p class="muted">${e('printing.doc.noLessons')}</p>`
    : lessons
        .map((lesson) => {
          const text = inlineMaterialImages(db, options.materialStore, sanitiseLessonHtml(lesson.bodyHtml), texts);
          const support = lesson.support
            ? e('printing.doc.support', { who: '\u2068' + supportWho(lesson.support, staff, texts) + '\u2069' })
            : `<strong>${e('printing.doc.noSupport')}</strong>`;
          return `<article class="lesson${lesson.support ? ' lesson--support' : ''}">
<h3>${escapeHtml(`${lesson.startTime}–${lesson.endTime}`)} ${bdi(lesson.title)}${lesson.status === 'cancelled' ? ` <span class="tag">${e('printing.doc.cancelled')}</span>` : ''}</h3>
${lesson.themeName ? `<p>${e('printing.doc.theme')}: ${bdi(lesson.themeName)}</p>` : ''}
<p>${support}</p>
<div class="lesson-text"><strong>${e('printing.doc.lessonText')}:</strong>${text ? `<div dir="auto">${text}</div>` : ` <span class="muted">${e('printing.doc.noLessonText')}</span>`}</div>
</article>`;
        })
        .join('\n');

  const classList = participants.length === 0
    ? `<p class="muted">${e('printing.doc.noParticipants')}</p>`
    : `<p>${e('printing.doc.classListCount', { count: participants.length })}</p><table class="class-list"><thead><tr><th scope="col">#</th>
<th scope="col">${e('printing.doc.name')}</th><th scope="col">${e('printing.doc.motherTongues')}</th></tr></thead><tbody>
${participants.map((person, index) => `<tr><td>${index + 1}</td><td dir="auto">${escapeHtml(participantNames.get(person.id) ?? '')}</td><td>${languages(person.motherTongues)}</td></tr>`).join('\n')}
</tbody></table>`;

  const names = (ids: readonly string[], lookup: (id: string) => string | undefined) =>
    ids.map(lookup).filter((name): name is string => Boolean(name)).map(bdi).join(', ');
  const groupRows = groups.groups.map(
    (group) => `<tr><td>${escapeHtml(languageName(group.language, texts.language))}</td>
<td>${names(group.participantIds, (id) => participantNames.get(id))}</td>
<td>${group.assistantIds.length > 0 ? names(group.assistantIds, (id) => staff.get(id)?.name) : `<span class="muted">${e('printing.doc.noAssistantForGroup')}</span>`}</td></tr>`,
  );
  const groupHtml = `<table><thead><tr><th scope="col">${e('printing.doc.group')}</th><th scope="col">${e('printing.doc.participants')}</th>
<th scope="col">${e('printing.doc.groupAssistants')}</th></tr></thead><tbody>${groupRows.join('\n')}</tbody></table>
${groups.uncoveredParticipantIds.length > 0 ? `<p><strong>${e('printing.doc.uncovered')}:</strong> ${names(groups.uncoveredParticipantIds, (id) => participantNames.get(id))}</p>` : ''}`;

  const people = [...course.teacherIds, ...course.assistantIds]
    .map((id) => staff.get(id))
    .filter((person): person is Staff => person !== undefined);
  const staffHtml = people.length === 0
    ? `<p class="muted">${e('printing.doc.noAssistants')}</p>`
    : `<table><thead><tr><th scope="col">${e('printing.doc.name')}</th><th scope="col">${e('printing.doc.role')}</th>
<th scope="col">${e('printing.doc.languages')}</th><th scope="col">${e('printing.doc.contact')}</th></tr></thead><tbody>
${people.map((person) => `<tr><td dir="auto">${escapeHtml(person.name)}</td><td>${e(`printing.doc.roles.${person.role}`)}</td>
<td>${languages(person.languages)}</td><td>${escapeHtml([person.phone, person.email].filter(Boolean).join(' · '))}</td></tr>`).join('\n')}
</tbody></table>`;

  const themeIds = new Set(lessons.map((lesson) => lesson.themeId).filter((id): id is string => id !== null));
  const themeNotes = listThemes(db, { courseId: course.id }).filter((theme) => themeIds.has(theme.id) && theme.note.trim() !== '');
  const materials = [
    course.note.trim() !== '' ? `<h3>${e('printing.doc.classNote')}</h3><p dir="auto" class="note">${escapeHtml(course.note)}</p>` : '',
    ...themeNotes.map((theme) => `<h3>${e('printing.doc.themeNote', { theme: theme.name })}</h3><p dir="auto" class="note">${escapeHtml(theme.note)}</p>`),
  ].filter(Boolean);

  const when = `${texts.t(`printing.doc.weekdays.${weekdayOf(input.date)}`, {})} ${formatDate(input.date)}`;
  const body = `
${notes.map((note) => `<p class="day-note">${note}</p>`).join('')}
<section><h2>${e('printing.doc.dayPlan')}</h2>${lessonHtml}</section>
<section><h2>${e('printing.doc.materials')}</h2>${materials.length > 0 ? materials.join('\n') : `<p class="muted">${e('printing.doc.noMaterials')}</p>`}</section>
<section><h2>${e('printing.doc.staff')}</h2>${staffHtml}</section>
<section><h2>${e('printing.doc.languageGroups')}</h2>${groupHtml}</section>
<section><h2>${e('printing.doc.classList')}</h2>${classList}</section>`;

  return {
    html: renderDocument({
      texts,
      title: `${texts.t('printing.doc.substituteTitle')} – ${course.name}`,
      landscape: false,
      css: packetCss,
      heading: `${e('printing.doc.substituteTitle')} – ${bdi(course.name)}`,
      subHeading: escapeHtml(when),
      body,
      options,
    }),
    fileName: pdfFileName(texts.t('printing.fileName.substitutePacket', { course: course.name, date: input.date })),
    landscape: false,
  };
}
