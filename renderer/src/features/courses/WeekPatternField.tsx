import { useTranslation } from 'react-i18next';
import { dayKinds, weekdays, type DayKind, type WeekPattern } from '../../../../shared/domain/courses';

/** Monday to Friday, each a school day, a practice day or free, as radio groups (arrow keys move within a day). */
export function WeekPatternField({ value, onChange }: { value: WeekPattern; onChange: (next: WeekPattern) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="week-pattern">
      <legend>{t('classes.weekPattern')}</legend>
      <p className="field__help">{t('classes.weekPatternHelp')}</p>
      <div className="week-pattern__days">
        {weekdays.map((day) => (
          <fieldset key={day} className={`week-pattern__day week-pattern__day--${value[day]}`}>
            <legend>{t(`classes.weekdays.${day}`)}</legend>
            {dayKinds.map((kind) => (
              <label key={kind} className="radio">
                <input
                  type="radio"
                  name={`pattern-${day}`}
                  value={kind}
                  checked={value[day] === kind}
                  onChange={() => onChange({ ...value, [day]: kind as DayKind })}
                />
                {t(`classes.dayKinds.${kind}`)}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
