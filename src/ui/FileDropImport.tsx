import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import { useT } from '../browser/i18n.tsx';
import { errorText } from '../collab/api.ts';
import { MAX_FILE_BYTES, type Repair } from '../file/index.ts';
import type { Translate } from '../i18n/index.ts';
import { problemText } from '../i18n/problem.ts';
import { importFile, type ImportFailure } from './importFile.ts';
import { boardPath, navigate } from './router.ts';
import '../styles/dialog.css';
import './importRepairs.css';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

const OPEN_FILE = 'journeyboard:open-file';

/** What the dialog tells of the last file opened: why it did not open, or what was repaired. */
type Told = { failure: ImportFailure } | { repairs: Repair[] };

/**
 * Opens a file picked elsewhere in the app (the home page's picker) through the same path as a
 * dropped one, so its outcome is told by the dialog here, which outlives the page it came from.
 */
export function requestOpenFile(file: File): void {
  window.dispatchEvent(new CustomEvent<File>(OPEN_FILE, { detail: file }));
}

/**
 * Anywhere in the app, a Journeyboard file dropped on the window opens as a new board. While a
 * file is dragged over, the whole window says what dropping it will do; a file that cannot be
 * read is explained in a dialog, and the board on screen is left as it was.
 */
export function FileDropImport() {
  const t = useT();
  const [hovering, setHovering] = useState(false);
  // Kept as data and worded at render, so the dialog follows a change of language.
  const [told, setTold] = useState<Told | null>(null);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      setHovering(true);
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setHovering(false);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // without this the browser would open the file itself
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setHovering(false);
      const file = e.dataTransfer?.files[0];
      if (file) void openFile(file, setTold);
    };
    const picked = (e: Event) => void openFile((e as CustomEvent<File>).detail, setTold);
    window.addEventListener(OPEN_FILE, picked);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener(OPEN_FILE, picked);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      {hovering && (
        <div className="file-drop" aria-hidden="true">
          <p>{t('app.import.drop')}</p>
        </div>
      )}
      <Dialog.Root open={told !== null} onOpenChange={(open) => !open && setTold(null)}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog__overlay" />
          <Dialog.Content className="dialog">
            {told !== null && 'failure' in told && (
              <>
                <Dialog.Title className="dialog__title">{t('app.import.failed')}</Dialog.Title>
                <Dialog.Description className="dialog__text">{failureText(told.failure, t)}</Dialog.Description>
              </>
            )}
            {told !== null && 'repairs' in told && (
              <>
                <Dialog.Title className="dialog__title">{t('app.import.repaired')}</Dialog.Title>
                <Dialog.Description className="dialog__text">{t('app.import.repairedText')}</Dialog.Description>
                <ul className="import-repairs">
                  {told.repairs.map((repair) => (
                    <li key={repair.kind}>{t(`app.repair.${repair.kind}`, { count: repair.count })}</li>
                  ))}
                </ul>
              </>
            )}
            <div className="dialog__actions">
              <Dialog.Close className="button button--primary">{t('app.ok')}</Dialog.Close>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}

/** Imports a file and goes to the new board, or says why it could not. */
async function openFile(file: File, tell: (told: Told) => void): Promise<void> {
  const outcome = await importFile(file);
  if (!outcome.ok) return tell({ failure: outcome.failure });
  navigate(boardPath(outcome.boardId, outcome.view));
  if (outcome.repairs.length > 0) tell({ repairs: outcome.repairs });
}

function failureText(failure: ImportFailure, t: Translate): string {
  const { name } = failure;
  switch (failure.kind) {
    case 'tooLarge':
      return t('app.import.tooLarge', { name, megabytes: failure.megabytes, max: MAX_FILE_BYTES / 2 ** 20 });
    case 'unreadable':
      return t('app.import.unreadable', { name });
    case 'problem':
      return t('app.import.problem', { name, problem: problemText(failure.problem, t) });
    case 'notImported':
      return t('app.import.notImported', { name, reason: errorText(failure.error, t) });
  }
}
