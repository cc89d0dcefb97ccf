import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { canDoLevels, canDoLines, canDoText, elpSkillIcons, elpSkills, type ElpSkill } from '../../../../shared/domain/can-do';
import { participantDisplayName } from '../../../../shared/domain/participants';
import type { PrintDocument } from '../../../../shared/domain/printing';
import { getParticipant } from '../../repositories/participants';
import { escapeHtml } from './escape-html';
import { bdi, pdfFileName, renderDocument, type PrintOptions } from './layout';
import { textsFor } from './plan-data';

/** Big tick boxes and pictograms: participants with little schooling fill it in by hand. */
const checklistCss = `
html { font-size: 10.5pt; }
h2 { display: flex; align-items: center; gap: 2mm; break-after: avoid; }
h2 svg { inline-size: 8mm; block-size: 8mm; }
.lines { list-style: none; margin: 0; padding: 0; }
.lines li { display: flex; align-items: center; gap: 3mm; padding-block: 1.2mm; border-block-end: 0.5pt solid #999; break-inside: avoid; }
.box { flex: none; inline-size: 6mm; block-size: 6mm; border: 1pt solid #000; }
.lvl { flex: none; inline-size: 9mm; font-weight: 700; }
.who { margin-block-end: 3mm; font-size: 11pt; }
`;

const icon = (skill: ElpSkill): string =>
  `<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="#000" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"><path d="${elpSkillIcons[skill]}"/></svg>`;

/**
 * «Egenvurdering»: the can-do checklist, one section per portfolio skill. Lines are in the
 * participant's language where a translation exists (glossaries, issue 7), otherwise in Norwegian.
 */
export function printSelfAssessment(db: Database, input: ParsedInput<'print.selfAssessment'>, options: PrintOptions): PrintDocument {
  const texts = textsFor(db);
  const e = (key: string, params?: Record<string, string | number>) => escapeHtml(texts.t(key, params));
  const participant = input.participantId ? getParticipant(db, input.participantId) : null;
  const name = participant ? participantDisplayName(participant) : '';
  const language = participant?.motherTongues[0] ?? null;
  const sections = elpSkills
    .map((skill) => {
      const lines = canDoLevels
        .flatMap((level) => canDoLines.filter((line) => line.skill === skill && line.level === level))
        .map((line) => {
          const text = canDoText(line, language);
          return `<li><span class="box"></span><span class="lvl">${escapeHtml(line.level)}</span><span lang="${escapeHtml(text.language)}" dir="auto">${escapeHtml(text.text)}</span></li>`;
        })
        .join('');
      return `<section><h2>${icon(skill)}${e(`assessments.elpSkills.${skill}`)}</h2><ul class="lines">${lines}</ul></section>`;
    })
    .join('\n');
  const who = `<p class="who">${e('assessments.print.name')}: ${name ? bdi(name) : '____________________'} &nbsp; ${e('assessments.print.date')}: ____________</p>`;
  const title = texts.t('assessments.print.checklistTitle');
  return {
    html: renderDocument({
      texts, title, landscape: false, css: checklistCss,
      heading: escapeHtml(title), subHeading: e('assessments.print.checklistSub'),
      body: `${who}<p>${e('assessments.print.checklistHelp')}</p>${sections}`, options,
    }),
    fileName: pdfFileName(name ? `${title} ${name}` : title),
    landscape: false,
  };
}
