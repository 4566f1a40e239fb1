import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createEditContext, createUndoManager, type EditContext } from '../doc/index.ts';
import { ownFacilitatorKey } from './facilitatorKey.ts';
import type { Identity } from './identity.ts';
import type { BoardLink } from './links.ts';
import { discardOfflineCopy, keepsOfflineCopy, openOfflineCopy } from './offlineCopy.ts';
import { keepOwnPresence } from './ownPresence.ts';

/**
 * Everything one open board needs in the browser: the document, its connection to the server,
 * an offline copy in IndexedDB (offlineCopy.ts), presence, and this person's undo history.
 */
export interface BoardSession {
  boardId: string;
  /** The link the page opened the board with: its role is the edit context's. */
  link: BoardLink;
  doc: Y.Doc;
  provider: WebsocketProvider;
  ctx: EditContext;
  undo: Y.UndoManager;
  /**
   * Stops syncing and deletes this browser's copy of the board, for a copy the server refuses;
   * the page then reloads the board from the server.
   */
  discardCopy(): Promise<void>;
  destroy(): void;
}

export function syncUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`;
}

/** Who this browser is to others on the board: the person, and the hash of its facilitator key. */
export function showAs(provider: WebsocketProvider, identity: Identity): void {
  provider.awareness.setLocalStateField('user', { id: identity.id, name: identity.name, color: identity.color, keyHash: ownFacilitatorKey().hash });
}

export function openBoardSession(boardId: string, identity: Identity, link: BoardLink): BoardSession {
  const doc = new Y.Doc();
  const copyName = `journeyboard:${boardId}`;
  // Read before the copy is opened, which marks it as kept from its first stored update on.
  const keptCopy = keepsOfflineCopy(copyName);
  const offline = openOfflineCopy(copyName, doc, (origin) => origin instanceof WebsocketProvider);
  // A browser that kept a copy connects once the copy is in the document: its sync request then
  // names all it holds, so the server sends only what is new, and it sends back only its own
  // edits. Connecting first, it asked for everything and then sent its whole copy as one update,
  // which on a big board is over the server's frame limit. It also tells the server not to send
  // the stored log ahead of a load (docs/API.md).
  // The token goes as a query parameter: a browser's WebSocket can send no Authorization header.
  // So does the facilitator key, which lets the server know this browser's facilitator.
  const facilitator = ownFacilitatorKey();
  const params: Record<string, string> = { token: link.token, key: facilitator.key, ...(keptCopy ? { copy: '1' } : {}) };
  const provider = new WebsocketProvider(syncUrl(), boardId, doc, { connect: !keptCopy, params });
  keepOwnPresence(provider);
  let destroyed = false;
  if (keptCopy) void offline.loaded.then(() => destroyed || provider.connect());
  showAs(provider, identity);
  const ctx = createEditContext(doc, identity.id, link.role, facilitator.hash);
  const undo = createUndoManager(ctx);
  return {
    boardId,
    link,
    doc,
    provider,
    ctx,
    undo,
    async discardCopy() {
      destroyed = true;
      provider.disconnect();
      await offline.destroy();
      await discardOfflineCopy(copyName);
    },
    destroy() {
      destroyed = true;
      undo.destroy();
      provider.destroy();
      void offline.destroy();
      doc.destroy();
    },
  };
}
