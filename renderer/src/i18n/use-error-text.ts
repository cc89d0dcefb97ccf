import { useTranslation } from 'react-i18next';
import type { ApiError, FieldIssue } from '../../../shared/result';

/** Translates error envelopes and field issues by their stable codes. */
export function useErrorText() {
  const { t } = useTranslation();
  return {
    errorText(error: ApiError): string {
      if (error.params?.reason === 'network') return t('errors.code.network');
      return t(`errors.code.${error.code}`, { ...error.params });
    },
    issueText(issue: FieldIssue): string {
      return t(`errors.field.${issue.code}`, { ...issue.params });
    },
  };
}
