import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createEditContext, type EditContext } from '../../src/doc/index.ts';

/**
 * A third client in Node, connected over a real sync connection: it prepares a board through
 * the same commands the app runs, and reads back what reached the shared document.
 */
export interface SeedClient {
  doc: Y.Doc;
  ctx: EditContext;
  destroy(): void;
}

/** Connects with `token`, one of the board's links (a seed that prepares the board needs an edit or owner one). */
export async function connectSeedClient(serverUrl: string, boardId: string, token: string): Promise<SeedClient> {
  const doc = new Y.Doc();
  // As the app does: a WebSocket carries the token in its query, having no Authorization header.
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}/sync`, boardId, doc, { params: { token }, WebSocketPolyfill: WebSocket as never });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return {
    doc,
    ctx: createEditContext(doc, 'seed'),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
