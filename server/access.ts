import type { IncomingMessage } from 'node:http';
import { allows, hashToken, type Role } from './capabilities.ts';
import { HttpError } from './json.ts';
import type { BoardRecord, Storage } from './storage.ts';

/*
 * Who may do what on a board is decided here, for REST and for sync alike: by the token the
 * request carries (the page takes it from its address's fragment), never by where it comes from.
 */

/** A token is 43 characters; anything much longer is not one, and is not hashed. */
const MAX_TOKEN_LENGTH = 200;

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match ? match[1]! : null;
}

export interface BoardAccessGranted {
  board: BoardRecord;
  role: Role;
}

/**
 * The board and the role `token` gives on it, if that role may do what `needed` may. Throws
 * 401 without a token, 404 for an unknown board, 403 for a token that opens nothing here or
 * gives too little.
 */
export async function requireRole(storage: Storage, boardId: string, token: string | null, needed: Role): Promise<BoardAccessGranted> {
  if (token === null || token === '') throw new HttpError(401, 'This board opens only through one of its links: the link’s token is missing', { code: 'linkMissing' });
  const board = await storage.getBoard(boardId);
  if (!board) throw new HttpError(404, 'Board not found', { code: 'boardNotFound' });
  const role = token.length <= MAX_TOKEN_LENGTH ? await storage.roleOf(boardId, hashToken(token)) : undefined;
  if (role === undefined) throw new HttpError(403, 'This link does not open this board: it may have been replaced by the board’s owner', { code: 'linkNotValid' });
  if (!allows(role, needed)) {
    throw new HttpError(403, `${role === 'edit' ? 'An' : 'A'} ${role} link cannot do this: it needs the ${needed} link${needed === 'owner' ? '' : ' or a stronger one'}`, {
      code: 'linkTooWeak',
      values: { needed },
    });
  }
  return { board, role };
}

/** Whether `token` is the server-level token `name` (the admin link). */
export async function holdsServerToken(storage: Storage, name: string, token: string | null): Promise<boolean> {
  const stored = await storage.serverTokenHash(name);
  return stored !== undefined && token !== null && token.length <= MAX_TOKEN_LENGTH && hashToken(token) === stored;
}
