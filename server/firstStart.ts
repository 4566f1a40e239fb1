import { replaceAllLinks } from './boardLinks.ts';
import { hashToken, newToken } from './capabilities.ts';
import type { Log } from './log.ts';
import type { Storage } from './storage.ts';

/** The server-level token that manages the team's templates (templatesApi.ts). */
export const ADMIN_TOKEN = 'admin';

/**
 * Boards stored before links existed are given links, which nobody holds yet: the person who
 * runs the server prints them with `npm run board-links -- <id>`. Returns how many there were.
 */
export async function giveLinksToOldBoards(storage: Storage, log: Log): Promise<number> {
  const boards = await storage.boardsWithoutAccess();
  for (const id of boards) await replaceAllLinks(storage, id);
  if (boards.length > 0) {
    const count = boards.length === 1 ? '1 board' : `${boards.length} boards`;
    log(`${count} stored before links existed now open only through links: print a board's links with "npm run board-links -- <board id>"`);
  }
  return boards.length;
}

/** A new admin link, replacing any earlier one. Only its hash is kept: it is shown once. */
export async function newAdminLink(storage: Storage, baseUrl: string): Promise<string> {
  const token = newToken();
  await storage.setServerTokenHash(ADMIN_TOKEN, hashToken(token));
  return `${baseUrl}/#admin=${token}`;
}

/** On the very first start, makes the admin link and prints it, the one time it is ever shown. */
export async function printFirstAdminLink(storage: Storage, baseUrl: string, log: Log): Promise<void> {
  if ((await storage.serverTokenHash(ADMIN_TOKEN)) !== undefined) return;
  log(`Admin link, for managing the team's templates (shown this once; "npm run admin-link" makes a new one): ${await newAdminLink(storage, baseUrl)}`);
}
