import * as Dialog from '@radix-ui/react-dialog';
import { useRef, useState } from 'react';
import type * as Y from 'yjs';
import { docToBoard } from '../../doc/index.ts';
import { boardToCsv, boardToFile, serializeBoardFile } from '../../file/index.ts';
import type { PdfOptions } from '../../pdf/render.ts';
import { download, exportFileName } from '../download.ts';
import type { BoardPictures } from './boardPictures.ts';
import { linkAddress, type BoardLink } from '../../collab/links.ts';
import { useBoardLinks } from '../share/useBoardLinks.ts';
import '../../styles/dialog.css';

type FormatId = 'pdf' | 'png' | 'json' | 'csv';

const FORMATS: { id: FormatId; label: string; detail: string }[] = [
  { id: 'pdf', label: 'Report (PDF)', detail: 'A designed report for readers who never open the board: cover, map, strategy canvas, card details.' },
  { id: 'png', label: 'Picture (PNG)', detail: 'What is on screen, or the whole map, at twice the screen’s resolution.' },
  { id: 'json', label: 'Journeyboard file (JSON)', detail: 'The whole board, map and strategy canvas, to import again or to read by program.' },
  { id: 'csv', label: 'Touchpoints as a spreadsheet (CSV)', detail: 'One row per card: stage, lane, title, description, channel, owner, emotion, tags, votes.' },
];

interface Props {
  doc: Y.Doc;
  boardId: string;
  /** The page's link: the report's cover carries the board's view link, which it can hand out. */
  link: BoardLink;
  pictures: BoardPictures;
  open: boolean;
  onClose(): void;
  /** Keeping the board for the team as a template is the other way to pass it on (with the admin link). */
  onSaveTemplate?(): void;
}

/** Export the board as it is now, in the format chosen; a PDF shows its progress while it renders. */
export function ExportDialog({ doc, boardId, link, pictures, open, onClose, onSaveTemplate }: Props) {
  const [links] = useBoardLinks(boardId, link, open);
  const viewToken = links.state === 'ready' ? links.tokens.view : undefined;
  const [picture, setPicture] = useState<'view' | 'wholeMap'>('wholeMap');
  const pictureOf = picture === 'wholeMap' && pictures.wholeMap ? 'wholeMap' : 'view';
  const [format, setFormat] = useState<FormatId>('pdf');
  const [pageSize, setPageSize] = useState<PdfOptions['pageSize']>('a4');
  const [orientation, setOrientation] = useState<PdfOptions['orientation']>('landscape');
  const [progress, setProgress] = useState<{ value: number; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Each export gets a ticket; cancelling takes a new one, so a late result is dropped unsaved.
  const ticket = useRef(0);
  // Closing cancels: an export under way is dropped, and an old error is not shown next time.
  const cancel = () => {
    ticket.current++;
    setProgress(null);
    setError(null);
    onClose();
  };

  const exportNow = async () => {
    const board = docToBoard(doc);
    const mine = ++ticket.current;
    const current = () => mine === ticket.current;
    setError(null);
    try {
      if (format === 'json') {
        const text = serializeBoardFile(boardToFile(board, { exportedAt: new Date().toISOString() }));
        download(exportFileName(board.meta.title, 'json'), new Blob([text], { type: 'application/json' }));
      } else if (format === 'png') {
        setProgress({ value: 0.3, label: pictureOf === 'wholeMap' ? 'Drawing the whole map' : 'Drawing the view' });
        const { blob } = await (pictureOf === 'wholeMap' ? pictures.wholeMap!() : pictures.view());
        if (current()) download(exportFileName(board.meta.title, 'png'), blob);
      } else if (format === 'csv') {
        download(exportFileName(board.meta.title, 'csv'), new Blob([boardToCsv(board)], { type: 'text/csv;charset=utf-8' }));
      } else {
        setProgress({ value: 0, label: 'Preparing' });
        const { exportPdf } = await import('../../pdf/exportPdf.ts');
        const pdf = await exportPdf(board, {
          pageSize,
          orientation,
          // Reading only: a report forwarded to an executive must not hand out editing.
          boardUrl: viewToken === undefined ? undefined : linkAddress(window.location.origin, boardId, viewToken),
          onProgress: (done, total, part) => {
            if (current()) setProgress({ value: done / total, label: part });
          },
        });
        if (current()) download(exportFileName(board.meta.title, 'pdf'), pdf);
      }
      if (!current()) return;
      setProgress(null);
      onClose();
    } catch (e) {
      if (!current()) return;
      setProgress(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const busy = progress !== null;
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && cancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog__title">Export</Dialog.Title>
          <Dialog.Description className="dialog__text">The board as it is now, for everyone who is not in it.</Dialog.Description>
          <fieldset className="choices" disabled={busy}>
            <legend className="visually-hidden">Format</legend>
            {FORMATS.map((f) => (
              <label key={f.id} className={`choice ${format === f.id ? 'is-chosen' : ''}`}>
                <input type="radio" name="export-format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} />
                <span className="choice__label">{f.label}</span>
                <span className="choice__detail">{f.detail}</span>
              </label>
            ))}
          </fieldset>
          {format === 'pdf' && (
            <div className="export-options">
              <label>
                Page size
                <select className="input" value={pageSize} disabled={busy} onChange={(e) => setPageSize(e.target.value as PdfOptions['pageSize'])}>
                  <option value="a4">A4</option>
                  <option value="a3">A3</option>
                </select>
              </label>
              <label>
                Orientation
                <select className="input" value={orientation} disabled={busy} onChange={(e) => setOrientation(e.target.value as PdfOptions['orientation'])}>
                  <option value="landscape">Landscape</option>
                  <option value="portrait">Portrait</option>
                </select>
              </label>
            </div>
          )}
          {format === 'png' && (
            <div className="export-options">
              <label>
                Picture of
                <select className="input" value={pictureOf} disabled={busy} onChange={(e) => setPicture(e.target.value as 'view' | 'wholeMap')}>
                  {pictures.wholeMap && <option value="wholeMap">The whole map</option>}
                  <option value="view">What is on screen</option>
                </select>
              </label>
            </div>
          )}
          {progress && (
            <div className="export-progress" role="status" aria-live="polite">
              <progress value={progress.value} max={1} aria-label="Export progress" />
              <span>{progress.label}…</span>
            </div>
          )}
          {error && (
            <p className="banner" role="alert">
              {error}
            </p>
          )}
          <div className="dialog__actions">
            {onSaveTemplate && (
              <button className="button button--quiet dialog__aside" onClick={onSaveTemplate} disabled={busy}>
                Save as template…
              </button>
            )}
            <Dialog.Close className="button">Cancel</Dialog.Close>
            {/* A report waits for the view link its cover carries (or for knowing there is none). */}
            <button className="button button--primary" onClick={() => void exportNow()} disabled={busy || (format === 'pdf' && links.state === 'loading')}>
              {busy ? 'Exporting…' : 'Download'}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
