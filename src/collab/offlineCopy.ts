import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

export interface OfflineCopy {
  /**
   * Resolves once the copy is in the document; also after COPY_LOAD_WAIT_MS without an answer
   * from IndexedDB (which never reports a database it could not open), so a page still connects.
   */
  loaded: Promise<void>;
  /** Stores what is still waiting, then closes the database. */
  destroy(): Promise<void>;
}

const COPY_LOAD_WAIT_MS = 5000;

/**
 * The board's copy in IndexedDB, so edits made offline survive a reload and sync on reconnect.
 *
 * y-indexeddb stores each update inside the Yjs transaction that made it, before React draws
 * the change: on a 1,000-card map that was about a millisecond of every remote edit between the
 * update arriving and the screen changing. An update from the server, which the server has
 * already stored, is therefore merged with the others of its task and stored in the next task,
 * after the screen has changed; the page hiding stores them at once. An edit made here is
 * stored at once, as y-indexeddb would: it may exist nowhere else yet.
 */
export function openOfflineCopy(name: string, doc: Y.Doc, fromServer: (origin: unknown) => boolean): OfflineCopy {
  const persistence = new IndexeddbPersistence(name, doc);
  const storeUpdate = persistence._storeUpdate;
  doc.off('update', storeUpdate);
  let remembered = keepsOfflineCopy(name);
  const store = (update: Uint8Array, origin: unknown) => {
    storeUpdate(update, origin);
    if (remembered) return;
    remembered = true;
    rememberCopy(name);
  };

  let waiting: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const storeWaiting = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (waiting.length === 0) return;
    const update = waiting.length === 1 ? waiting[0]! : Y.mergeUpdates(waiting);
    waiting = [];
    store(update, null);
  };
  const gather = (update: Uint8Array, origin: unknown) => {
    // Updates the copy itself applied (on opening) are already stored.
    if (origin === persistence) return;
    if (!fromServer(origin)) return store(update, origin);
    waiting.push(update);
    timer ??= setTimeout(storeWaiting, 0);
  };
  doc.on('update', gather);
  window.addEventListener('pagehide', storeWaiting);

  return {
    loaded: Promise.race([persistence.whenSynced.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, COPY_LOAD_WAIT_MS))]),
    destroy() {
      storeWaiting();
      doc.off('update', gather);
      window.removeEventListener('pagehide', storeWaiting);
      return persistence.destroy();
    },
  };
}

const copyKey = (name: string) => `journeyboard.copy:${name}`;

/**
 * True if this browser stored a copy of the board before, which it then loads before connecting
 * (session.ts). Asked before anything is opened, and IndexedDB answers only asynchronously, so
 * localStorage remembers it; both go when the site's data is cleared.
 */
export function keepsOfflineCopy(name: string): boolean {
  try {
    return localStorage.getItem(copyKey(name)) === '1';
  } catch {
    return false;
  }
}

/**
 * Deletes this browser's copy of a board and the mark that it keeps one, so that the next load
 * takes the board from the server alone: the way out when the server refuses what the copy
 * holds. Close the copy first. Resolves once the copy is gone, or once its deletion waits only
 * for another tab that still has the board open (it goes when that tab closes).
 */
export function discardOfflineCopy(name: string): Promise<void> {
  try {
    localStorage.removeItem(copyKey(name));
  } catch {
    // Storage refused: there was no mark to remove.
  }
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

function rememberCopy(name: string): void {
  try {
    localStorage.setItem(copyKey(name), '1');
  } catch {
    // Storage refused (private mode, quota): the server goes on sending the log, as to a new browser.
  }
}
