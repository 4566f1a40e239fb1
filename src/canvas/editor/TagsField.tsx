import { useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { LIMITS } from '../../model/index.ts';
import { addTags, removeTag, splitTagInput } from './tags.ts';

interface Props {
  /** The id of the element that names the field ("Tags"). */
  labelId: string;
  tags: readonly string[];
  onChange(tags: string[]): void;
}

/** The card's tags as removable chips, and a box that adds one on Enter or at each comma. */
export function TagsField({ labelId, tags, onChange }: Props) {
  const t = useT();
  const [input, setInput] = useState('');
  const full = tags.length >= LIMITS.tags;

  const take = (value: string, finished: boolean) => {
    const { tags: added, rest } = splitTagInput(value, finished);
    if (added.length > 0) {
      const next = addTags(tags, added);
      if (next.length !== tags.length) onChange(next);
    }
    setInput(rest);
  };

  return (
    <div className="card-editor__tags" role="group" aria-labelledby={labelId}>
      {tags.length > 0 && (
        <ul className="card-editor__chips" aria-label={t('canvas.tags.list')}>
          {tags.map((tag, i) => (
            // A broken client could store a tag twice; the index keeps keys unique.
            <li key={`${i}:${tag}`} className="card-editor__chip">
              <span>#{tag}</span>
              <button type="button" className="card-editor__chip-remove" aria-label={t('canvas.tags.remove', { tag })} onClick={() => onChange(removeTag(tags, tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        className="card-editor__input"
        value={input}
        aria-label={t('canvas.tags.add')}
        disabled={full}
        maxLength={LIMITS.tag * 4}
        placeholder={full ? t('canvas.tags.full', { max: LIMITS.tags }) : t('canvas.tags.placeholder')}
        onChange={(e) => take(e.target.value, false)}
        onBlur={(e) => take(e.target.value, true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            take(e.currentTarget.value, true);
          }
        }}
      />
    </div>
  );
}
