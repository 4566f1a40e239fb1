import { replaceAllLinks } from '../../server/boardLinks.ts';
import type { BoardTokens } from '../../server/capabilities.ts';
import { openSqliteStorage } from '../../server/sqliteStorage.ts';

/*
 * The links the tests hold, as a person's browser would: the tokens of every board a test made
 * through the API, and each server's admin link from its first start. Requests and sockets of
 * the harness carry the owner's (or the admin's) token unless a test says otherwise.
 */

const boards = new Map<string, BoardTokens>();
const adminByDataDir = new Map<string, string>();
const adminByUrl = new Map<string, string>();

export function rememberLinks(boardId: string, tokens: BoardTokens): void {
  boards.set(boardId, tokens);
}

export function linksOf(boardId: string): BoardTokens {
  const tokens = boards.get(boardId);
  if (!tokens) throw new Error(`the tests hold no links for board ${boardId}`);
  return tokens;
}

/** The owner's token of a board the tests made, if they made it. */
export function ownerToken(boardId: string): string | undefined {
  return boards.get(boardId)?.owner;
}

export function bearer(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

/** Reads the admin link a server prints on the first start in its data directory. */
export function rememberAdminLink(dataDir: string, serverUrl: string, output: string): void {
  const printed = /#admin=([A-Za-z0-9_-]+)/.exec(output);
  if (printed) adminByDataDir.set(dataDir, printed[1]!);
  const token = adminByDataDir.get(dataDir);
  if (token !== undefined) adminByUrl.set(serverUrl, token);
}

export function adminToken(serverUrl: string): string | undefined {
  return adminByUrl.get(serverUrl);
}

/** The token the harness sends on `route` by default: the admin's for templates, else the board's owner's. */
export function defaultToken(serverUrl: string, route: string): string | undefined {
  if (route.startsWith('/api/templates')) return adminToken(serverUrl);
  const board = /^\/api\/boards\/([a-z0-9]+)/.exec(route);
  return board ? ownerToken(board[1]!) : undefined;
}

/**
 * New links for a board a test wrote into the database itself, as `npm run board-links` makes
 * them (the server gave it links nobody holds at its first start).
 */
export async function giveLinks(dataDir: string, boardId: string): Promise<BoardTokens> {
  const storage = openSqliteStorage(dataDir);
  try {
    const tokens = await replaceAllLinks(storage, boardId);
    rememberLinks(boardId, tokens);
    return tokens;
  } finally {
    await storage.close();
  }
}
