import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { Role } from '../../src/model/roles.ts';

/*
 * Boards open only through their links: the server hands out a token per role once, when the
 * board is made, and wants one on every request, socket and page. The benchmarks hold a board as
 * its owner does and use the owner's token throughout: the owner may do everything a client
 * could before links existed (an edit link may not rename, and every edit-link update is checked
 * against its role), so the figures keep measuring the same work.
 */
export interface BenchBoard {
  id: string;
  tokens: Record<Role, string>;
}

async function postBoard(url: string, body?: string): Promise<BenchBoard> {
  const response = await fetch(url, { method: 'POST', body });
  if (response.status !== 201) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  const { id, tokens } = (await response.json()) as BenchBoard;
  return { id, tokens };
}

/** A new, empty board. */
export function createBoard(serverUrl: string): Promise<BenchBoard> {
  return postBoard(`${serverUrl}/api/boards`);
}

/** A new board read from a Journeyboard file. */
export function importBoard(serverUrl: string, file: string): Promise<BenchBoard> {
  return postBoard(`${serverUrl}/api/boards/import`, file);
}

/** The headers of a REST call on the board. */
export function bearer(board: BenchBoard): { authorization: string } {
  return { authorization: `Bearer ${board.tokens.owner}` };
}

/** The board's sync socket, for a raw `ws` client. */
export function syncUrl(serverUrl: string, board: BenchBoard): string {
  return `${serverUrl.replace('http', 'ws')}/sync/${board.id}?token=${encodeURIComponent(board.tokens.owner)}`;
}

/** A y-websocket client syncing `doc` with the board. */
export function syncProvider(serverUrl: string, board: BenchBoard, doc: Y.Doc): WebsocketProvider {
  return new WebsocketProvider(`${serverUrl.replace('http', 'ws')}/sync`, board.id, doc, {
    WebSocketPolyfill: WebSocket as never,
    params: { token: board.tokens.owner },
  });
}

/** The page that opens the board, the token in the fragment as a shared link carries it: the owner's, or another role's link. */
export function pageUrl(serverUrl: string, board: BenchBoard, role: Role = 'owner'): string {
  return `${serverUrl}/b/${board.id}#t=${board.tokens[role]}`;
}
