import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { PrintDocument } from '../../../../shared/domain/printing';
import { getPlacement } from '../../repositories/practice';
import { getBuddyTask } from '../../repositories/practice-follow-up';
import { escapeHtml } from './escape-html';
import { bdi, pdfFileName, renderDocument, type PrintOptions } from './layout';
import { participantFirstName, siteBuddy, siteTextsFor } from '../practice/print-data';
import { formatDate } from './texts';

/** Large, clear text with room to write the answer by hand: it hangs on a workplace wall. */
const taskCss = `
html { font-size: 15pt; line-height: 1.45; }
h1 { font-size: 24pt; }
h2 { font-size: 17pt; margin-block-start: 6mm; }
.doc-header .sub { font-size: 15pt; }
.facts { margin-block-end: 6mm; }
.facts th { inline-size: 35%; }
.task { border: 2pt solid #000; padding: 4mm 5mm; font-size: 17pt; white-space: pre-wrap; margin-block-end: 6mm; }
.answer { border: 1pt solid #000; padding: 3mm 5mm 6mm; }
.answer p { margin: 0; }
.answer .line { block-size: 11mm; border-block-end: 0.75pt solid #000; }
`;

/** Ruled lines to write the answer on: as many as fill the page under a task of a few lines. */
const answerLines = 10;

/** «Oppgave til fadder»: one page for the buddy, with the task and space for what comes back. */
export function printBuddyTask(db: Database, input: ParsedInput<'print.buddyTask'>, options: PrintOptions): PrintDocument {
  const texts = siteTextsFor(db);
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));
  const task = getBuddyTask(db, input.id);
  const placement = getPlacement(db, task.placementId);
  const buddy = siteBuddy(db, placement.siteId);
  const firstName = participantFirstName(db, placement);

  const body = `
<table class="facts"><tbody>
<tr><th scope="row">${e('followUp.print.to')}</th><td>${buddy ? bdi(buddy.name) : e('followUp.print.theBuddy')}</td></tr>
<tr><th scope="row">${e('followUp.print.participant')}</th><td>${bdi(firstName)}</td></tr>
<tr><th scope="row">${e('followUp.print.site')}</th><td>${bdi(placement.siteName)}</td></tr>
<tr><th scope="row">${e('followUp.print.given')}</th><td>${escapeHtml(formatDate(task.givenOn))}</td></tr>
${task.dueOn ? `<tr><th scope="row">${e('followUp.print.due')}</th><td>${escapeHtml(formatDate(task.dueOn))}</td></tr>` : ''}
</tbody></table>
<h2>${e('followUp.print.taskTitle')}</h2>
<div class="task" dir="auto">${escapeHtml(task.text)}</div>
<h2>${e('followUp.print.answerTitle')}</h2>
<div class="answer"><p>${e('followUp.print.answerHint')}</p>${'<div class="line"></div>'.repeat(answerLines)}</div>`;

  return {
    html: renderDocument({
      texts,
      title: `${texts.t('followUp.print.buddyTaskTitle')} – ${firstName}`,
      landscape: false,
      css: taskCss,
      heading: e('followUp.print.buddyTaskTitle'),
      subHeading: escapeHtml(formatDate(task.givenOn)),
      body,
      options,
    }),
    fileName: pdfFileName(texts.t('followUp.print.buddyTaskFileName', { name: firstName, date: formatDate(task.givenOn) })),
    landscape: false,
  };
}
