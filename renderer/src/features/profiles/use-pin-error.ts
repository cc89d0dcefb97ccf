import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../api/client';
import { useErrorText } from '../../i18n/use-error-text';

/** The message under a PIN field for a failed sign-in, unlock or PIN change. */
export function usePinError() {
  const { t } = useTranslation();
  const { errorText, issueText } = useErrorText();
  return (error: unknown): string => {
    const apiError = apiErrorOf(error);
    if (apiError.code === 'pin_wrong' && apiError.params?.waitSeconds) return t('profiles.pinWrongWait', { seconds: apiError.params.waitSeconds });
    const issue = apiError.issues?.[0];
    if (apiError.code === 'validation' && issue) return issue.code === 'required' ? t('profiles.pinRequired') : issueText(issue);
    return errorText(apiError);
  };
}
