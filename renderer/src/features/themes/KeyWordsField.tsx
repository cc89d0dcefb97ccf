import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface KeyWordsFieldProps {
  value: readonly string[];
  onChange: (words: string[]) => void;
}

/** Key words of a theme, in any language: typed one at a time, shown as removable chips. */
export function KeyWordsField({ value, onChange }: KeyWordsFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const add = () => {
    const word = text.trim();
    if (word && !value.includes(word)) onChange([...value, word]);
    setText('');
  };
  return (
    <fieldset className="fieldset">
      <legend>{t('themes.keyWords')}</legend>
      {value.length === 0 ? <p className="muted">{t('themes.noKeyWords')}</p> : null}
      <ul className="chips">
        {value.map((word) => (
          <li key={word} className="chip">
            <bdi dir="auto">{word}</bdi>
            <button
              type="button"
              className="chip__remove"
              aria-label={t('themes.removeKeyWord', { word })}
              onClick={() => onChange(value.filter((item) => item !== word))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <label>
          {t('themes.newKeyWord')}
          <input
            dir="auto"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
        </label>
        <button type="button" className="button button--small" onClick={add} disabled={text.trim() === ''}>
          {t('common.add')}
        </button>
      </div>
    </fieldset>
  );
}
