import { elpSkillIcons, type ElpSkill } from '../../../../shared/domain/can-do';
import type { AssessmentSkill } from '../../../../shared/domain/assessment-levels';

/** The pictogram of the skill (drawn as SVG, so it looks the same on screen and on paper). Decorative: the name is always beside it. */
export function SkillIcon({ skill }: { skill: ElpSkill | AssessmentSkill }) {
  const path = elpSkillIcons[skill === 'muntlig' ? 'muntlig-produksjon' : skill];
  return (
    <svg className="skill-icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
      <path d={path} />
    </svg>
  );
}
