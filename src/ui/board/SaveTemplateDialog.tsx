import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type * as Y from 'yjs';
import { saveTemplate } from '../../collab/api.ts';
import { docToBoard } from '../../doc/index.ts';
import { boardAsTemplate, boardToFile } from '../../file/index.ts';
import '../../styles/dialog.css';

interface Props {
  doc: Y.Doc;
  open: boolean;
  onClose(): void;
}

/** The longest template name the server keeps. */
const MAX_NAME = 80;

/** Saves the board as it is now as a template of the team's own, kept on the server. */
export function SaveTemplateDialog({ doc, open, onClose }: Props) {
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog">{open && <SaveTemplateForm doc={doc} onClose={onClose} />}</Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function SaveTemplateForm({ doc, onClose }: { doc: Y.Doc; onClose(): void }) {
  const t = useT();
  const [name, setName] = useState(() => docToBoard(doc).meta.title.slice(0, MAX_NAME));
  const [state, setState] = useState<{ saving: boolean; error: string | null; saved: string | null }>({ saving: false, error: null, saved: null });

  const save = async () => {
    setState({ saving: true, error: null, saved: null });
    try {
      const template = await saveTemplate(name.trim(), boardToFile(boardAsTemplate(docToBoard(doc))));
      setState({ saving: false, error: null, saved: template.name });
    } catch (e) {
      setState({ saving: false, error: e instanceof Error ? e.message : String(e), saved: null });
    }
  };

  return (
    <>
      <Dialog.Title className="dialog__title">{t('board.template.title')}</Dialog.Title>
      <Dialog.Description className="dialog__text">{t('board.template.text')}</Dialog.Description>
      {state.saved ? (
        <p className="banner banner--success" role="status">
          {t('board.template.saved', { name: state.saved })}
        </p>
      ) : (
        <form
          className="dialog__form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="visually-hidden" htmlFor="template-name">
            {t('board.template.name')}
          </label>
          <input id="template-name" className="input" value={name} maxLength={MAX_NAME} onChange={(e) => setName(e.target.value)} autoFocus />
          {state.error && (
            <p className="banner" role="alert">
              {state.error}
            </p>
          )}
          <div className="dialog__actions">
            <Dialog.Close className="button">{t('common.cancel')}</Dialog.Close>
            <button className="button button--primary" type="submit" disabled={state.saving || name.trim() === ''}>
              {t(state.saving ? 'board.template.saving' : 'board.template.save')}
            </button>
          </div>
        </form>
      )}
      {state.saved && (
        <div className="dialog__actions">
          <button className="button button--primary" onClick={onClose}>
            {t('board.template.done')}
          </button>
        </div>
      )}
    </>
  );
}
