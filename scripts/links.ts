import { isBoardId } from '../src/model/ids.ts';
import { replaceAllLinks } from '../server/boardLinks.ts';
import { ROLES } from '../server/capabilities.ts';
import { readConfig } from '../server/config.ts';
import { newAdminLink } from '../server/firstStart.ts';
import { openStorage } from '../server/openStorage.ts';
import { DatabaseOpenError } from '../server/storage.ts';

/*
 * For the person who runs the server, on its machine, with its DATA_DIR (or DATABASE_URL) and PUBLIC_URL:
 *   npm run admin-link                   a new admin link (the old one stops working)
 *   npm run board-links -- <board id>    new links for the board (the old ones stop working)
 * The server keeps only hashes of links, so a link is printed by making a new one.
 */
const [command, boardId] = process.argv.slice(2);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const config = readConfig(process.env);
const base = config.publicUrl ?? `http://localhost:${config.port}`;
let storage;
try {
  ({ storage } = await openStorage(config, { asServer: false }));
} catch (error) {
  fail(error instanceof DatabaseOpenError ? error.message : String(error));
}
try {
  if (command === 'admin') {
    console.log(`Admin link (the earlier one no longer works):\n${await newAdminLink(storage, base)}`);
  } else if (command === 'board') {
    if (!boardId || !isBoardId(boardId)) fail('Usage: npm run board-links -- <board id>   (the id is in the board’s address, /b/<id>)');
    const board = await storage.getBoard(boardId);
    if (!board) fail(`No board ${boardId} in ${config.databaseUrl === null ? config.dataDir : 'the database'}`);
    const tokens = await replaceAllLinks(storage, boardId);
    console.log(`New links for "${board.title}" (links handed out before no longer work; pages open with them now are closed when they reconnect):`);
    for (const role of ROLES) console.log(`  ${role.padEnd(8)} ${base}/b/${boardId}#t=${tokens[role]}`);
  } else {
    fail('Usage: node --import tsx scripts/links.ts admin | board <board id>');
  }
} finally {
  await storage.close();
}
