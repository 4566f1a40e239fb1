import { useT } from '../../browser/i18n.tsx';
import { LIMITS, safeHref } from '../../model/index.ts';
import { DraftInput } from './DraftInput.tsx';

interface Props {
  id: string;
  value: string;
  onCommit(link: string): void;
}

/**
 * The card's link. Only a link safeHref accepts gets an "Open link" button: a `javascript:` or
 * `data:` link typed by anyone on the board must never run in someone else's browser.
 */
export function LinkField({ id, value, onCommit }: Props) {
  const t = useT();
  const href = safeHref(value);
  const noteId = `${id}-note`;
  return (
    <div className="card-editor__link">
      <div className="card-editor__link-row">
        <DraftInput
          id={id}
          className="card-editor__input"
          inputMode="url"
          spellCheck={false}
          maxLength={LIMITS.link}
          placeholder="https://…"
          aria-describedby={href || !value.trim() ? undefined : noteId}
          value={value}
          onCommit={(link) => onCommit(link.trim())}
        />
        {href && (
          <a className="button button--large" href={href} target="_blank" rel="noopener noreferrer">
            {t('canvas.link.open')}
          </a>
        )}
      </div>
      {!href && value.trim() && (
        <p id={noteId} className="card-editor__note">
          {t('canvas.link.notFollowed')}
        </p>
      )}
    </div>
  );
}
