import { useId, type ReactNode } from 'react';
import type { FieldIssue } from '../../../shared/result';
import { useErrorText } from '../i18n/use-error-text';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

interface FieldProps {
  label: string;
  help?: string;
  issue?: FieldIssue | undefined;
  required?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled control with its help text and inline error, wired for screen readers. */
export function Field({ label, help, issue, required, children }: FieldProps) {
  const id = useId();
  const { issueText } = useErrorText();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : '', issue ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={issue ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': issue ? true : undefined })}
      {help ? <p id={helpId} className="field__help">{help}</p> : null}
      {issue ? (
        <p id={errorId} className="field__error" role="alert">
          {issueText(issue)}
        </p>
      ) : null}
    </div>
  );
}

/** The first issue for a field path (or for any path below it, like `motherTongues.1`). */
export function issueFor(issues: readonly FieldIssue[], path: string): FieldIssue | undefined {
  return issues.find((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
}
