import { useId, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { LIMITS } from '../../model/index.ts';
import { Sheet } from './Sheet.tsx';

export interface CardDraft {
  title: string;
  body: string;
}

export const EMPTY_DRAFT: CardDraft = { title: '', body: '' };

interface Props {
  open: boolean;
  /** Where the card will go, as the phone names the cell. */
  cellName: string;
  /** Kept by the screen: a sheet closed by a stray tap loses nothing typed in it. */
  draft: CardDraft;
  onDraft(draft: CardDraft): void;
  /** Adds the card; a throw keeps the draft and says why. */
  onAdd(draft: CardDraft): void;
  onClose(): void;
}

export function AddCardSheet({ open, cellName, draft, onDraft, onAdd, onClose }: Props) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const title = draft.title.trim();
  return (
    <Sheet open={open} onClose={onClose} title={t('phone.addCard.title')} subtitle={t('phone.addCard.where', { cell: cellName })} testId="phone-add-card">
      <form
        className="phone-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!title) return;
          try {
            onAdd({ title, body: draft.body.trim() });
            setError(null);
          } catch (e) {
            setError(t('phone.addCard.failed', { reason: e instanceof Error ? e.message : String(e) }));
          }
        }}
      >
        <label className="phone-form__label" htmlFor={`${id}-title`}>
          {t('phone.addCard.titleLabel')}
        </label>
        <textarea
          id={`${id}-title`}
          className="phone-field phone-field--title"
          rows={2}
          autoFocus
          maxLength={LIMITS.shortText}
          placeholder={t('phone.addCard.titlePlaceholder')}
          value={draft.title}
          onChange={(event) => onDraft({ ...draft, title: event.target.value })}
          onKeyDown={(event) => {
            // A title is one line: Enter adds the card, as on the canvas.
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
        <label className="phone-form__label" htmlFor={`${id}-body`}>
          {t('phone.addCard.bodyLabel')}
        </label>
        <textarea
          id={`${id}-body`}
          className="phone-field phone-field--text"
          rows={3}
          maxLength={LIMITS.longText}
          value={draft.body}
          onChange={(event) => onDraft({ ...draft, body: event.target.value })}
        />
        {error && (
          <p className="banner" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary phone-button" disabled={!title}>
          {t('phone.addCard.save')}
        </button>
      </form>
    </Sheet>
  );
}
