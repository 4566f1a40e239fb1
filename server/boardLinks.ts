import type { ServerResponse } from 'node:http';
import { accessOf, isRole, newBoardTokens, openLinks, rolesBelow, withNewToken, type BoardTokens, type Role } from './capabilities.ts';
import { CLOSE_LINK_REPLACED } from './closeCodes.ts';
import { HttpError, sendJson } from './json.ts';
import type { Rooms } from './rooms.ts';
import type { Storage } from './storage.ts';

/*
 *   GET  /api/boards/<id>/links                the links the request's own link can hand out
 *   POST /api/boards/<id>/links/<role>/rotate  (owner) a new token for `role`; the old one opens nothing
 */

/** The tokens `token` (of `role`) can hand out: its own and those of the roles below it. */
export async function linksFor(storage: Storage, boardId: string, role: Role, token: string): Promise<Partial<BoardTokens>> {
  const links = openLinks(boardId, role, token, rolesBelow(role).length > 0 ? await storage.sealedLinks(boardId, role) : undefined);
  // A seal that does not open with the token it was made with is a damaged row, not a client's error.
  if (links === null) throw new Error('the board’s links could not be opened');
  return links;
}

export async function sendLinks(res: ServerResponse, storage: Storage, boardId: string, role: Role, token: string): Promise<void> {
  sendJson(res, 200, { role, tokens: await linksFor(storage, boardId, role, token) });
}

/**
 * Replaces the token of `rotated` and closes every socket opened with the old one. The other
 * tokens stay as they are; every role's seal is made anew, as the seals above `rotated` hold it.
 */
export async function rotateLink(res: ServerResponse, { storage, rooms }: { storage: Storage; rooms: Rooms }, boardId: string, ownerToken: string, rotated: string): Promise<void> {
  if (!isRole(rotated)) throw new HttpError(404, 'No such role: the roles are owner, edit, comment and view', { code: 'badRequest' });
  const current = (await linksFor(storage, boardId, 'owner', ownerToken)) as BoardTokens;
  const tokens = withNewToken(current, rotated);
  await storage.setAccess(boardId, accessOf(boardId, tokens));
  rooms.closeConnections(boardId, CLOSE_LINK_REPLACED, 'This link was replaced by the board’s owner', rotated);
  sendJson(res, 200, { role: 'owner', tokens });
}

/** New links for a board, replacing any it had: for boards stored before links, and the board-links tool. */
export async function replaceAllLinks(storage: Storage, boardId: string): Promise<BoardTokens> {
  const tokens = newBoardTokens();
  await storage.setAccess(boardId, accessOf(boardId, tokens));
  return tokens;
}
