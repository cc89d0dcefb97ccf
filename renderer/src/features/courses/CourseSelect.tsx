import type { SelectHTMLAttributes } from 'react';
import { useApiQuery } from '../../api/hooks';

interface CourseSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  /** A class id, or '' for the first option. */
  value: string;
  onChange: (courseId: string) => void;
  /** The first option's text: "all classes", "whole centre" and the like. */
  noneLabel: string;
}

/** A choice of class (newest first, as courses.list answers), with one option for none of them. */
export function CourseSelect({ value, onChange, noneLabel, ...rest }: CourseSelectProps) {
  const courses = useApiQuery('courses.list', {});
  return (
    <select {...rest} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{noneLabel}</option>
      {(courses.data ?? []).map((course) => (
        <option key={course.id} value={course.id}>
          {course.name}
        </option>
      ))}
    </select>
  );
}
