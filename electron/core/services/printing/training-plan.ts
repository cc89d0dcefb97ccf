import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { PrintDocument } from '../../../../shared/domain/printing';
import { getPlacement } from '../../repositories/practice';
import { getTrainingPlan, trainingPlanGoals } from '../../repositories/practice-follow-up';
import { escapeHtml } from './escape-html';
import { bdi, pdfFileName, renderDocument, type PrintOptions } from './layout';
import { siteBuddy, siteTextsFor, weekdayList } from '../practice/print-data';
import { formatDate } from './texts';
import { readCentreProfile } from '../certificates/centre-settings';

/** Portrait, a little larger than the class plans: it is read at the workplace, often standing. */
const planCss = `
html { font-size: 10.5pt; line-height: 1.4; }
.facts th { inline-size: 34%; }
.goals { margin: 0; padding-inline-start: 5mm; }
.goals li { margin-block-end: 1.5mm; break-inside: avoid; }
.level { font-weight: 700; }
.tasks td:last-child { inline-size: 30%; }
.pre { white-space: pre-wrap; }
h2 { break-after: avoid; }
tr { break-inside: avoid; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 12mm; margin-block-start: 12mm; }
.signatures div { border-block-start: 0.75pt solid #000; padding-block-start: 1mm; }
`;

/**
 * «Opplæringsplan» for the practice site: who, where, when, the language goals, the work
 * tasks with how far the participant has come, and when the plan was agreed. One A4 page
 * when it fits; every piece of data is escaped, names are isolated for their script.
 */
export function printTrainingPlan(db: Database, input: ParsedInput<'print.trainingPlan'>, options: PrintOptions): PrintDocument {
  const texts = siteTextsFor(db);
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));
  const placement = getPlacement(db, input.placementId);
  const plan = getTrainingPlan(db, input.placementId);
  const buddy = siteBuddy(db, placement.siteId);
  const goals = trainingPlanGoals(db, input.placementId);
  const tasks = plan.tasks.filter((task) => task.text !== '');
  // The centre as the settings describe it for documents (Innstillinger → Opplæringsstedet på dokumenter).
  const centre = readCentreProfile(db);

  const buddyCell = buddy
    ? [bdi(buddy.name), buddy.phone ? escapeHtml(buddy.phone) : '', buddy.email ? escapeHtml(buddy.email) : ''].filter(Boolean).join(' · ')
    : `<span class="muted">${e('followUp.print.noBuddy')}</span>`;
  const facts = `
<table class="facts"><tbody>
<tr><th scope="row">${e('followUp.print.participant')}</th><td>${bdi(placement.participantName)}</td></tr>
<tr><th scope="row">${e('followUp.print.site')}</th><td>${bdi(placement.siteName)}</td></tr>
<tr><th scope="row">${e('followUp.print.period')}</th><td>${escapeHtml(formatDate(placement.startDate))}–${escapeHtml(formatDate(placement.endDate))}</td></tr>
<tr><th scope="row">${e('followUp.print.days')}</th><td>${escapeHtml(weekdayList(placement.weekdays, texts))}, ${e('followUp.print.hoursPerDay', { hours: placement.hoursPerDay })}</td></tr>
<tr><th scope="row">${e('followUp.print.buddy')}</th><td>${buddyCell}</td></tr>
${centre.name ? `<tr><th scope="row">${e('certificates.doc.centre')}</th><td>${bdi([centre.name, centre.address].filter(Boolean).join(', '))}</td></tr>` : ''}
</tbody></table>`;

  const goalList =
    goals.length > 0
      ? `<ol class="goals">${goals.map((goal) => `<li><span class="level">${escapeHtml(goal.level)}</span> ${bdi(goal.textNb)}</li>`).join('')}</ol>`
      : `<p class="muted">${e('followUp.print.noGoals')}</p>`;
  const taskTable =
    tasks.length > 0
      ? `<table class="tasks"><thead><tr><th scope="col">${e('followUp.print.task')}</th><th scope="col">${e('followUp.print.taskStatus')}</th></tr></thead>
<tbody>${tasks.map((task) => `<tr><td>${bdi(task.text)}</td><td>${e(`followUp.taskStatus.${task.status}`)}</td></tr>`).join('')}</tbody></table>`
      : `<p class="muted">${e('followUp.print.noTasks')}</p>`;
  const agreedLines = [
    plan.agreedOn ? `${e('followUp.print.agreedOn')}: ${escapeHtml(formatDate(plan.agreedOn))}` : '',
    plan.agreedWith ? `${e('followUp.print.agreedWith')}: ${bdi(plan.agreedWith)}` : '',
  ].filter(Boolean);
  const agreed = agreedLines.length > 0 ? agreedLines.join('<br>') : e('followUp.print.notAgreed');

  const body = `
${facts}
<h2>${e('followUp.print.goalsTitle')}</h2>
<p>${e('followUp.print.goalsIntro')}</p>
${goalList}
<h2>${e('followUp.print.tasksTitle')}</h2>
${taskTable}
<h2>${e('followUp.print.agreementTitle')}</h2>
<p>${agreed}</p>
${plan.note ? `<p class="pre" dir="auto">${escapeHtml(plan.note)}</p>` : ''}
<div class="signatures"><div>${e('followUp.print.signSite')}</div><div>${e('followUp.print.signSchool')}</div></div>`;

  return {
    html: renderDocument({
      texts,
      title: `${texts.t('followUp.print.planTitle')} – ${placement.participantName}`,
      landscape: false,
      css: planCss,
      heading: e('followUp.print.planTitle'),
      subHeading: bdi(placement.siteName),
      body,
      options,
    }),
    fileName: pdfFileName(texts.t('followUp.print.planFileName', { name: placement.participantName, site: placement.siteName })),
    landscape: false,
  };
}
