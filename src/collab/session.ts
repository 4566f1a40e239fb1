import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createEditContext, createUndoManager, type EditContext } from '../doc/index.ts';
import type { Identity } from './identity.ts';
import { openOfflineCopy } from './offlineCopy.ts';

/**
 * Everything one open board needs in the browser: the document, its connection to the server,
 * an offline copy in IndexedDB (offlineCopy.ts), presence, and this person's undo history.
 */
export interface BoardSession {
  boardId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  ctx: EditContext;
  undo: Y.UndoManager;
  destroy(): void;
}

export function syncUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`;
}

export function openBoardSession(boardId: string, identity: Identity): BoardSession {
  const doc = new Y.Doc();
  const offline = openOfflineCopy(`journeyboard:${boardId}`, doc, (origin) => origin instanceof WebsocketProvider);
  const provider = new WebsocketProvider(syncUrl(), boardId, doc);
  provider.awareness.setLocalStateField('user', { id: identity.id, name: identity.name, color: identity.color });
  const ctx = createEditContext(doc, identity.id);
  const undo = createUndoManager(ctx);
  return {
    boardId,
    doc,
    provider,
    ctx,
    undo,
    destroy() {
      undo.destroy();
      provider.destroy();
      void offline.destroy();
      doc.destroy();
    },
  };
}
