import { useTranslation } from 'react-i18next';
import type { HoursTotals } from '../../../../shared/domain/attendance';
import { useHoursFormat } from './format-hours';

/** The header cells of the hours columns, shared by the participant ledger and the class summary. */
export function HoursHeaderCells() {
  const { t } = useTranslation();
  const headers = [
    t('attendance.hours.planned'),
    t('attendance.hours.attended'),
    t('attendance.hours.validAbsence'),
    t('attendance.hours.absent'),
    t('attendance.hours.unrecorded'),
    t('attendance.hours.percent'),
    t('attendance.hours.future'),
  ];
  return (
    <>
      {headers.map((header) => (
        <th key={header} scope="col" className="hours-table__number">
          {header}
        </th>
      ))}
    </>
  );
}

/** One row's hours in the same order as HoursHeaderCells. */
export function HoursCells({ totals }: { totals: HoursTotals }) {
  const format = useHoursFormat();
  const cells = [
    format.duration(totals.plannedMinutes),
    format.duration(totals.attendedMinutes),
    format.duration(totals.validAbsenceMinutes),
    format.duration(totals.absentMinutes),
    format.duration(totals.unrecordedMinutes),
    format.percent(totals.percent),
    format.duration(totals.futureMinutes),
  ];
  return (
    <>
      {cells.map((cell, index) => (
        <td key={index} className="hours-table__number">
          {cell}
        </td>
      ))}
    </>
  );
}
