import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import { importFile } from './importFile.ts';
import { boardPath, navigate } from './router.ts';
import '../styles/dialog.css';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

const OPEN_FILE = 'journeyboard:open-file';

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
  const [hovering, setHovering] = useState(false);
  const [message, setMessage] = useState<{ title: string; text: string } | null>(null);

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
      if (file) void openFile(file, setMessage);
    };
    const picked = (e: Event) => void openFile((e as CustomEvent<File>).detail, setMessage);
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
          <p>Drop a Journeyboard file to open it as a new board</p>
        </div>
      )}
      <Dialog.Root open={message !== null} onOpenChange={(open) => !open && setMessage(null)}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog__overlay" />
          <Dialog.Content className="dialog">
            <Dialog.Title className="dialog__title">{message?.title}</Dialog.Title>
            <Dialog.Description className="dialog__text">{message?.text}</Dialog.Description>
            <div className="dialog__actions">
              <Dialog.Close className="button button--primary">OK</Dialog.Close>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}

/** Imports a file and goes to the new board, or says why it could not. */
async function openFile(file: File, say: (message: { title: string; text: string }) => void): Promise<void> {
  const outcome = await importFile(file);
  if (!outcome.ok) return say({ title: 'This file could not be opened', text: outcome.error });
  navigate(boardPath(outcome.boardId, outcome.view));
  if (outcome.repairs.length > 0) say({ title: 'Opened, with repairs', text: `The file pointed at things it does not hold; fixed: ${outcome.repairs.join('; ')}.` });
}
