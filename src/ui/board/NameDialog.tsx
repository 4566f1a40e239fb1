import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import '../../styles/dialog.css';
import { LIMITS } from '../../model/index.ts';

interface Props {
  open: boolean;
  initialName: string;
  onSave(name: string): void;
  /** Absent the first time: a name is needed before others can see who you are. */
  onCancel?: () => void;
}

export function NameDialog({ open, initialName, onSave, onCancel }: Props) {
  const [name, setName] = useState(initialName);
  const trimmed = name.trim();
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onCancel?.()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content
          className="dialog"
          onEscapeKeyDown={(e) => !onCancel && e.preventDefault()}
          onPointerDownOutside={(e) => !onCancel && e.preventDefault()}
        >
          <Dialog.Title className="dialog__title">What should others call you?</Dialog.Title>
          <Dialog.Description className="dialog__text">
            Your name shows next to your cursor and in the list of people on this board.
          </Dialog.Description>
          <form
            className="dialog__form"
            onSubmit={(e) => {
              e.preventDefault();
              if (trimmed) onSave(trimmed);
            }}
          >
            <label className="visually-hidden" htmlFor="display-name">
              Display name
            </label>
            <input
              id="display-name"
              className="input"
              autoFocus
              maxLength={LIMITS.name}
              placeholder="Your name"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <div className="dialog__actions">
              {onCancel && (
                <button type="button" className="button" onClick={onCancel}>
                  Cancel
                </button>
              )}
              <button type="submit" className="button button--primary" disabled={!trimmed}>
                Join board
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
