import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
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
  const t = useT();
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
          <Dialog.Title className="dialog__title">{t('board.name.title')}</Dialog.Title>
          <Dialog.Description className="dialog__text">{t('board.name.text')}</Dialog.Description>
          <form
            className="dialog__form"
            onSubmit={(e) => {
              e.preventDefault();
              if (trimmed) onSave(trimmed);
            }}
          >
            <label className="visually-hidden" htmlFor="display-name">
              {t('board.name.label')}
            </label>
            <input
              id="display-name"
              className="input"
              autoFocus
              maxLength={LIMITS.name}
              placeholder={t('board.name.placeholder')}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <div className="dialog__actions">
              {onCancel && (
                <button type="button" className="button" onClick={onCancel}>
                  {t('common.cancel')}
                </button>
              )}
              <button type="submit" className="button button--primary" disabled={!trimmed}>
                {t('board.name.join')}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
