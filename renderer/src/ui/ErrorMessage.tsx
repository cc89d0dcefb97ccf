import { apiErrorOf } from '../api/client';
import { useErrorText } from '../i18n/use-error-text';

/** A translated error banner for a failed query or mutation. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { errorText } = useErrorText();
  return (
    <div className="error-banner" role="alert">
      {errorText(apiErrorOf(error))}
    </div>
  );
}
