import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../api/client';
import { useErrorText } from '../../i18n/use-error-text';

/** A refused package says why in words (foreign, tampered, …); any other error as usual. */
export function usePackageErrorText() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  return (error: unknown): string => {
    const apiError = apiErrorOf(error);
    const reason = apiError.params?.reason;
    if (apiError.code === 'package_rejected' && typeof reason === 'string') {
      return t(`exchange.rejected.${reason}`, { defaultValue: t('errors.code.package_rejected'), ...apiError.params });
    }
    return errorText(apiError);
  };
}
