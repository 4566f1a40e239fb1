import * as Dialog from '@radix-ui/react-dialog';
import { useId, useMemo, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { importMeasures, type EditContext } from '../../doc/index.ts';
import { readMeasuresTable } from '../../file/measuresImport.ts';
import type { Board } from '../../model/index.ts';
import { MeasuresPreview } from './MeasuresPreview.tsx';
import '../../styles/dialog.css';
import './measures.css';

interface Props {
  /** The measures lane new measures go into; null keeps the dialog closed. */
  laneId: string | null;
  ctx: EditContext;
  board: Board;
  onClose(): void;
  onNotice(message: string): void;
}

/** The most a paste or file may hold: a thousand rows of measures are a few dozen kilobytes. */
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * Measures brought in from a spreadsheet: rows pasted, or a CSV file chosen, are read as they
 * come (stage, measure, value, target, unit), each row that cannot be used named with why,
 * before anything is written. Importing writes the usable rows as one undo step.
 */
export function MeasuresImport({ laneId, ctx, board, onClose, onNotice }: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // Read again when the rows or the stages change, not on every edit of the board by others.
  const stages = board.stages;
  const table = useMemo(() => (text.trim() ? readMeasuresTable(text, { stages }, t) : null), [text, stages, t]);
  const close = () => {
    setText('');
    setFileProblem(null);
    onClose();
  };
  const take = (value: string) => {
    if (value.length > MAX_BYTES) {
      setFileProblem(t('measures.import.tooLarge'));
      return;
    }
    setFileProblem(null);
    setText(value);
  };
  const ready = table?.rows.length ?? 0;
  return (
    <Dialog.Root open={laneId !== null} onOpenChange={(next) => !next && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog dialog--wide measures-import">
          <Dialog.Title className="dialog__title">{t('measures.import.title')}</Dialog.Title>
          <Dialog.Description className="dialog__text">{t('measures.import.intro')}</Dialog.Description>
          <label className="measures-import__label" htmlFor={`${id}-rows`}>
            {t('measures.import.paste')}
          </label>
          <textarea
            id={`${id}-rows`}
            className="input measures-import__rows"
            rows={7}
            spellCheck={false}
            placeholder={t('measures.import.placeholder')}
            value={text}
            onChange={(e) => take(e.target.value)}
          />
          <div className="measures-import__file">
            <label className="button" htmlFor={`${id}-file`}>
              {t('measures.import.file')}
            </label>
            <input
              id={`${id}-file`}
              className="visually-hidden"
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                if (file.size > MAX_BYTES) setFileProblem(t('measures.import.tooLarge'));
                else void file.text().then(take, () => setFileProblem(t('measures.import.unreadable')));
              }}
            />
            {fileProblem && <p className="measures-import__problem" role="alert">{fileProblem}</p>}
          </div>
          {table && <MeasuresPreview table={table} />}
          <div className="dialog__actions">
            <Dialog.Close className="button button--large">{t('common.cancel')}</Dialog.Close>
            <button
              type="button"
              className="button button--primary button--large"
              disabled={ready === 0}
              onClick={() => {
                const done = importMeasures(ctx, table!.rows, laneId);
                const counts = { added: done.added, updated: done.updated };
                const notes = [
                  t('measures.import.done', counts),
                  done.locked.length > 0 && t('measures.import.lockedRows', { rows: done.locked.join(', ') }),
                  done.left.length > 0 && t('measures.import.leftRows', { rows: done.left.join(', ') }),
                ];
                onNotice(notes.filter(Boolean).join(' '));
                close();
              }}
            >
              {t('measures.import.submit', { count: ready })}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
