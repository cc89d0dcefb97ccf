import { useTranslation } from 'react-i18next';
import type { CopySkip, LessonCopyResult } from '../../../../shared/domain/copy-plan';
import { isolate } from '../../../../shared/domain/text-direction';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';

/** What a copy would do: each lesson's source and target day, warnings, what is skipped and why. */
export function CopyPreview({ preview }: { preview: LessonCopyResult }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const reason = (skip: CopySkip) => {
    const text = t(`copyPlan.reasons.${skip.reason}`);
    return skip.name ? `${text}: ${isolate(skip.name)}` : text;
  };
  return (
    <div className="copy-preview" role="status">
      <p>{preview.items.length > 0 ? t('copyPlan.willCopy', { count: preview.items.length }) : t('copyPlan.nothing')}</p>
      {preview.themes.length > 0 ? (
        <p>{t('copyPlan.themes', { names: preview.themes.map((theme) => isolate(theme.name)).join(', ') })}</p>
      ) : null}
      {preview.skippedThemes.map((theme) => (
        <p key={theme.sourceId} className="copy-preview__warning">
          {t('copyPlan.skippedTheme', { name: isolate(theme.name) })}
        </p>
      ))}
      {preview.conflicts.map((conflict) => (
        <p key={conflict.date} className="muted">
          {t('copyPlan.conflict', { count: conflict.existing, date: formatDate(conflict.date, ui) })}
        </p>
      ))}
      {preview.items.length > 0 ? (
        <div className="copy-preview__scroll" tabIndex={0} role="region" aria-label={t('copyPlan.caption')}>
          <table className="copy-preview__table">
            <caption className="copy-preview__caption">{t('copyPlan.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('copyPlan.columns.from')}</th>
                <th scope="col">{t('copyPlan.columns.to')}</th>
                <th scope="col">{t('copyPlan.columns.title')}</th>
                <th scope="col">{t('copyPlan.columns.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.items.map((item) => (
                <tr key={item.sourceId}>
                  <td>{formatDate(item.sourceDate, ui)}</td>
                  <td>{formatDate(item.targetDate, ui)}</td>
                  <td>
                    <bdi dir="auto">{item.title}</bdi>
                  </td>
                  <td>{item.warnings.map((warning) => t(`copyPlan.warnings.${warning}`)).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {preview.skipped.length > 0 ? (
        <>
          <p>{t('copyPlan.skipped', { count: preview.skipped.length })}</p>
          <ul className="copy-preview__skipped">
            {preview.skipped.map((skip) => (
              <li key={skip.sourceId}>
                {formatDate(skip.sourceDate, ui)}
                {skip.targetDate ? ` → ${formatDate(skip.targetDate, ui)}` : ''}: <bdi dir="auto">{skip.title}</bdi> ({reason(skip)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
