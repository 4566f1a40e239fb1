import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import type * as Y from 'yjs';
import { docToBoard } from '../../doc/index.ts';
import { boardToCsv, boardToFile, serializeBoardFile } from '../../file/index.ts';
import { download, exportFileName } from '../download.ts';
import '../styles/dialog.css';

interface Format {
  id: 'json' | 'csv';
  label: string;
  detail: string;
}

const FORMATS: Format[] = [
  { id: 'json', label: 'Journeyboard file (JSON)', detail: 'The whole board, map and strategy canvas, to import again or to read by program.' },
  { id: 'csv', label: 'Touchpoints as a spreadsheet (CSV)', detail: 'One row per card: stage, lane, title, description, channel, owner, emotion, tags, votes.' },
];

interface Props {
  doc: Y.Doc;
  open: boolean;
  onClose(): void;
  /** Keeping the board for the team as a template is the other way to pass it on. */
  onSaveTemplate(): void;
}

/** Export the board as it is now, in the format chosen. */
export function ExportDialog({ doc, open, onClose, onSaveTemplate }: Props) {
  const [format, setFormat] = useState<Format['id']>('json');

  const exportNow = () => {
    const board = docToBoard(doc);
    if (format === 'json') {
      const text = serializeBoardFile(boardToFile(board, { exportedAt: new Date().toISOString() }));
      download(exportFileName(board.meta.title, 'json'), new Blob([text], { type: 'application/json' }));
    } else {
      download(exportFileName(board.meta.title, 'csv'), new Blob([boardToCsv(board)], { type: 'text/csv;charset=utf-8' }));
    }
    onClose();
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog__title">Export</Dialog.Title>
          <Dialog.Description className="dialog__text">The board as it is now, for everyone who is not in it.</Dialog.Description>
          <fieldset className="choices">
            <legend className="visually-hidden">Format</legend>
            {FORMATS.map((f) => (
              <label key={f.id} className={`choice ${format === f.id ? 'is-chosen' : ''}`}>
                <input type="radio" name="export-format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} />
                <span className="choice__label">{f.label}</span>
                <span className="choice__detail">{f.detail}</span>
              </label>
            ))}
          </fieldset>
          <div className="dialog__actions">
            <button className="button button--quiet dialog__aside" onClick={onSaveTemplate}>
              Save as template…
            </button>
            <Dialog.Close className="button">Cancel</Dialog.Close>
            <button className="button button--primary" onClick={exportNow}>
              Download
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
