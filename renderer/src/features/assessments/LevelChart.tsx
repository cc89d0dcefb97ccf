import { useTranslation } from 'react-i18next';
import { levelRank, type AssessmentSkill } from '../../../../shared/domain/assessment-levels';
import type { Assessment } from '../../../../shared/domain/assessments';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useLevelText } from './use-level-text';

const width = 340;
const height = 150;
const left = 58;
const right = 12;
const top = 10;
const bottom = 26;
/** Whole levels on the y axis, by rank (half steps): under A1, A1 … C1. */
const gridRanks = [0, 2, 4, 6, 8, 10];
const gridLabels = ['under-A1', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * A skill's level history as a small step chart: teacher judgements (observations and mock
 * tests) as a stepped line, official results as filled squares, the participant's own
 * self-assessment as hollow triangles of their own, never joined to the teacher's line.
 * Between-levels observations sit on the half steps.
 */
export function LevelChart({ skill, history, from, to }: { skill: AssessmentSkill; history: readonly Assessment[]; from: string; to: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const levelText = useLevelText();
  const points = history.filter((item) => item.skill === skill && levelRank(item.level) !== null);
  const start = dayNumber(from);
  const span = Math.max(dayNumber(to) - start, 1);
  const x = (date: string) => left + ((dayNumber(date) - start) / span) * (width - left - right);
  const y = (rank: number) => top + (1 - rank / 10) * (height - top - bottom);
  const teacher = points.filter((item) => item.source === 'observation' || item.source === 'mock');
  const official = points.filter((item) => item.source === 'official');
  const self = points.filter((item) => item.source === 'self');
  const step = teacher
    .map((item, index) => {
      const px = x(item.date);
      const py = y(levelRank(item.level) ?? 0);
      if (index === 0) return `M${px},${py}`;
      return `H${px}V${py}`;
    })
    .join('');
  const last = teacher.at(-1);
  const line = last ? `${step}H${width - right}` : '';
  const skillName = t(`assessments.skills.${skill}`);
  const summary = points.length
    ? t('assessments.chart.summary', { skill: skillName, count: points.length, level: levelText(last?.level ?? points.at(-1)?.level) })
    : t('assessments.chart.empty', { skill: skillName });

  return (
    <figure className="level-chart">
      <figcaption>{skillName}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {gridRanks.map((rank, index) => (
          <g key={rank}>
            <line x1={left} x2={width - right} y1={y(rank)} y2={y(rank)} className="level-chart__grid" />
            <text x={left - 6} y={y(rank) + 4} textAnchor="end" className="level-chart__label">
              {levelText(gridLabels[index])}
            </text>
          </g>
        ))}
        <text x={left} y={height - 8} className="level-chart__label">{formatDate(from, language)}</text>
        <text x={width - right} y={height - 8} textAnchor="end" className="level-chart__label">{formatDate(to, language)}</text>
        {line ? <path d={line} className="level-chart__line" /> : null}
        {teacher.map((item) => (
          <circle key={item.id} cx={x(item.date)} cy={y(levelRank(item.level) ?? 0)} r={4} className="level-chart__teacher">
            <title>{`${formatDate(item.date, language)}: ${levelText(item.level)} (${t(`assessments.sources.${item.source}`)})`}</title>
          </circle>
        ))}
        {official.map((item) => (
          <rect key={item.id} x={x(item.date) - 5} y={y(levelRank(item.level) ?? 0) - 5} width={10} height={10} className="level-chart__official">
            <title>{`${formatDate(item.date, language)}: ${levelText(item.level)} (${t('assessments.sources.official')})`}</title>
          </rect>
        ))}
        {self.map((item) => {
          const cx = x(item.date);
          const cy = y(levelRank(item.level) ?? 0);
          return (
            <polygon key={item.id} points={`${cx},${cy - 6} ${cx + 6},${cy + 5} ${cx - 6},${cy + 5}`} className="level-chart__self">
              <title>{`${formatDate(item.date, language)}: ${levelText(item.level)} (${t('assessments.sources.self')})`}</title>
            </polygon>
          );
        })}
      </svg>
    </figure>
  );
}

/** The key to the chart's marks, shown once under all four charts. */
export function LevelChartLegend() {
  const { t } = useTranslation();
  return (
    <p className="level-chart-legend">
      <svg viewBox="0 0 12 12" aria-hidden="true"><circle cx="6" cy="6" r="4" className="level-chart__teacher" /></svg>
      {t('assessments.chart.teacher')}
      <svg viewBox="0 0 12 12" aria-hidden="true"><rect x="1" y="1" width="10" height="10" className="level-chart__official" /></svg>
      {t('assessments.chart.official')}
      <svg viewBox="0 0 12 12" aria-hidden="true"><polygon points="6,0 12,11 0,11" className="level-chart__self" /></svg>
      {t('assessments.chart.self')}
    </p>
  );
}
