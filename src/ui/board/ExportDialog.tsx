import * as Dialog from '@radix-ui/react-dialog';
import { useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useLocale, useT } from '../../browser/i18n.tsx';
import { layoutJourney } from '../../canvas/layout.ts';
import { mapGridOf } from '../../canvas/reportGrid.ts';
import { docToBoard } from '../../doc/index.ts';
import { boardToCsv, boardToFile, serializeBoardFile } from '../../file/index.ts';
import { asLocale, translatorFor, type MessageId, type Translate } from '../../i18n/index.ts';
import type { PdfOptions } from '../../pdf/render.ts';
import { download, exportFileName } from '../download.ts';
import type { BoardPictures } from './boardPictures.ts';
import { formatContents, picturesFor, summarize, type PictureOf } from './exportContents.ts';
import { linkAddress, type BoardLink } from '../../collab/links.ts';
import { useBoardLinks } from '../share/useBoardLinks.ts';
import type { VersionEntry } from '../../collab/versions.ts';
import { ChangesSinceField, useChangesSince } from '../history/ChangesSinceField.tsx';
import '../../styles/dialog.css';

type FormatId = 'pdf' | 'png' | 'json' | 'csv';
const FORMATS: FormatId[] = ['pdf', 'png', 'json', 'csv'];

const PICTURE_LABELS: Record<PictureOf, MessageId> = { wholeMap: 'export.picture.wholeMap', strategy: 'export.picture.strategy', view: 'export.picture.view' };
const PICTURE_PROGRESS: Record<PictureOf, MessageId> = { wholeMap: 'export.progress.wholeMap', strategy: 'export.progress.strategy', view: 'export.progress.view' };

/** An export's failure in the reader's language: the ones we can name by name, any other with its own words. */
function failureMessage(error: unknown, t: Translate): string {
  if (error instanceof Error && 'messageId' in error) return t(error.messageId as MessageId);
  if (error instanceof Error && error.name === 'ReportFontError') return t('export.error.fonts');
  return t('export.error.failed', { reason: error instanceof Error ? error.message : String(error) });
}

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
  /** The version the report's "What changed since" section starts out comparing with: the one compared on screen. */
  since?: VersionEntry | null;
  /** When the state exported was saved, for a version: only versions before it are offered to compare with. */
  savedAt?: number | null;
}

/** Export the board as it is now, in the format chosen; a PDF shows its progress while it renders. */
export function ExportDialog({ doc, boardId, link, pictures, open, onClose, onSaveTemplate, since = null, savedAt = null }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const [links] = useBoardLinks(boardId, link, open);
  const changesSince = useChangesSince(boardId, link.token, open, since, savedAt);
  const viewToken = links.state === 'ready' ? links.tokens.view : undefined;
  // What the board holds when the dialog opens: each format says what it will carry.
  const summary = useMemo(() => (open ? summarize(docToBoard(doc)) : null), [open, doc]);
  const offered = summary ? picturesFor(summary, pictures.wholeMap !== undefined) : (['view'] as PictureOf[]);
  const [picture, setPicture] = useState<PictureOf | null>(null);
  const pictureOf = picture !== null && offered.includes(picture) ? picture : offered[0]!;
  const contents = summary ? formatContents(summary, pictureOf, t, locale) : null;
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
        setProgress({ value: 0.3, label: t(PICTURE_PROGRESS[pictureOf]) });
        const made =
          pictureOf === 'wholeMap' && pictures.wholeMap
            ? pictures.wholeMap()
            : pictureOf === 'strategy'
              ? import('./strategyPicture.ts').then(({ strategyPicture }) => strategyPicture(board))
              : pictures.view();
        const { blob } = await made;
        if (current()) download(exportFileName(board.meta.title, 'png'), blob);
      } else if (format === 'csv') {
        download(exportFileName(board.meta.title, 'csv'), new Blob([boardToCsv(board)], { type: 'text/csv;charset=utf-8' }));
      } else {
        setProgress({ value: 0, label: t('export.progress.preparing') });
        const { exportPdf } = await import('../../pdf/exportPdf.ts');
        const pdf = await exportPdf(board, {
          changesSince: await changesSince.read(translatorFor(asLocale(board.meta.locale))),
          pageSize,
          orientation,
          // Sticky notes are placed against the grid the canvas draws them on.
          mapGrid: mapGridOf(layoutJourney(board)),
          // Reading only: a report forwarded to an executive must not hand out editing.
          boardUrl: viewToken === undefined ? undefined : linkAddress(window.location.origin, boardId, viewToken),
          onProgress: (done, total, part) => {
            if (current()) setProgress({ value: done / total, label: t(`export.progress.${part}`) });
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
      setError(failureMessage(e, t));
    }
  };

  const busy = progress !== null;
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && cancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog__title">{t('export.title')}</Dialog.Title>
          <Dialog.Description className="dialog__text">{t('export.description')}</Dialog.Description>
          <fieldset className="choices" disabled={busy}>
            <legend className="visually-hidden">{t('export.formats')}</legend>
            {FORMATS.map((id) => (
              <label key={id} className={`choice ${format === id ? 'is-chosen' : ''}`} data-testid={`export-format-${id}`}>
                <input type="radio" name="export-format" value={id} checked={format === id} onChange={() => setFormat(id)} />
                <span className="choice__label">{t(`export.format.${id}`)}</span>
                <span className="choice__detail">{contents?.[id]}</span>
              </label>
            ))}
          </fieldset>
          {format === 'pdf' && (
            <div className="export-options">
              <label>
                {t('export.pageSize')}
                <select className="input" value={pageSize} disabled={busy} onChange={(e) => setPageSize(e.target.value as PdfOptions['pageSize'])}>
                  <option value="a4">A4</option>
                  <option value="a3">A3</option>
                </select>
              </label>
              <label>
                {t('export.orientation')}
                <select className="input" value={orientation} disabled={busy} onChange={(e) => setOrientation(e.target.value as PdfOptions['orientation'])}>
                  <option value="landscape">{t('export.orientation.landscape')}</option>
                  <option value="portrait">{t('export.orientation.portrait')}</option>
                </select>
              </label>
              <ChangesSinceField versions={changesSince.versions} chosen={changesSince.chosen} choose={changesSince.choose} disabled={busy} />
            </div>
          )}
          {format === 'png' && (
            <div className="export-options">
              <label>
                {t('export.pictureOf')}
                <select className="input" value={pictureOf} disabled={busy} onChange={(e) => setPicture(e.target.value as PictureOf)}>
                  {offered.map((id) => (
                    <option key={id} value={id}>
                      {t(PICTURE_LABELS[id])}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
          {progress && (
            <div className="export-progress" role="status" aria-live="polite">
              <progress value={progress.value} max={1} aria-label={t('export.progress')} />
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
                {t('export.saveTemplate')}
              </button>
            )}
            <Dialog.Close className="button">{t('common.cancel')}</Dialog.Close>
            {/* A report waits for the view link its cover carries (or for knowing there is none). */}
            <button className="button button--primary" onClick={() => void exportNow()} disabled={busy || (format === 'pdf' && links.state === 'loading')}>
              {busy ? t('export.exporting') : t('export.download')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
