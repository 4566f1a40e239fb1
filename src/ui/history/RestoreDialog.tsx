import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { errorText } from '../../collab/api.ts';
import { Locked } from '../../doc/locked.ts';
import '../../styles/dialog.css';

interface Props {
  /** The version's name, or why it was saved; null when the dialog is closed. */
  name: string | null;
  /** Connected to the server: the board as it is is saved there first. */
  online: boolean;
  onRestore(): Promise<'undoable' | 'byServer'>;
  onClose(): void;
  onRestored(how: 'undoable' | 'byServer'): void;
}

/** Asks before a version replaces the map and the strategy canvas for everyone, saying what stays and that it can be undone. */
export function RestoreDialog({ name, online, onRestore, onClose, onRestored }: Props) {
  const t = useT();
  const [state, setState] = useState<{ working: boolean; error: string | null }>({ working: false, error: null });
  const close = () => {
    setState({ working: false, error: null });
    onClose();
  };
  const restore = async () => {
    setState({ working: true, error: null });
    try {
      const how = await onRestore();
      setState({ working: false, error: null });
      onRestored(how);
    } catch (error) {
      setState({ working: false, error: error instanceof Locked ? t('history.restore.locked') : t('history.restore.failed', { reason: errorText(error, t) }) });
    }
  };
  return (
    <Dialog.Root open={name !== null} onOpenChange={(open) => !open && !state.working && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog__title">{t('history.restore.title', { name: name ?? '' })}</Dialog.Title>
          <Dialog.Description className="dialog__text">{t('history.restore.body')}</Dialog.Description>
          {!online && (
            <p className="banner" role="alert">
              {t('history.restore.offline')}
            </p>
          )}
          {state.error && (
            <p className="banner" role="alert">
              {state.error}
            </p>
          )}
          <div className="dialog__actions">
            <Dialog.Close className="button" disabled={state.working}>
              {t('history.restore.cancel')}
            </Dialog.Close>
            <button type="button" className="button button--primary" disabled={!online || state.working} onClick={() => void restore()}>
              {t(state.working ? 'history.restore.working' : 'history.restore.confirm')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
