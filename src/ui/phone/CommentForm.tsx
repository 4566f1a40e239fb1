import { useId, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { LIMITS } from '../../model/index.ts';

interface Props {
  placeholder: string;
  /** Writes the comment; a throw keeps the text and says why. */
  onSend(text: string): void;
  label?: string;
}

/** A comment box for the phone: a textarea and a full-width Send, within a thumb's reach. */
export function CommentForm({ placeholder, onSend, label }: Props) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const text = draft.trim();
  return (
    <form
      className="phone-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text) return;
        try {
          onSend(text);
          setDraft('');
          setError(null);
        } catch (e) {
          setError(t('phone.comment.failed', { reason: e instanceof Error ? e.message : String(e) }));
        }
      }}
    >
      <label className="phone-form__label" htmlFor={`${id}-text`}>
        {label ?? t('phone.comment.text')}
      </label>
      <textarea
        id={`${id}-text`}
        className="phone-field phone-field--text"
        rows={3}
        maxLength={LIMITS.longText}
        placeholder={placeholder}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      {error && (
        <p className="banner" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary phone-button" disabled={!text}>
        {t('phone.comment.send')}
      </button>
    </form>
  );
}
