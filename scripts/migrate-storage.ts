import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { ADMIN_TOKEN } from '../server/firstStart.ts';
import { openPostgresStorage, redactedUrl } from '../server/postgresStorage.ts';
import { DATABASE_FILE, openSqliteStorage } from '../server/sqliteStorage.ts';
import { DatabaseOpenError, type Storage } from '../server/storage.ts';

/*
 * npm run migrate-storage -- --from sqlite:<data dir or its journeyboard.db> --to "$DATABASE_URL"
 *
 * Copies every board row by row (its log with its sequence numbers, snapshot, preview, links'
 * hashes and seals), the saved templates and the admin link's hash, then reads each board back
 * from the copy and compares it with the original. A board the target holds already is only
 * compared, so a copy that stopped half-way is finished by running it again. Either way round:
 * a postgres:// address may be the source and sqlite:<path> the target. Stop the servers using
 * the source first: what they store meanwhile would not be copied.
 */

const USAGE = 'Usage: npm run migrate-storage -- --from sqlite:<data dir> --to postgres://user:password@host:5432/database';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A store named as sqlite:<path> or by a postgres:// address, and how to name it in messages. */
async function openStore(spec: string): Promise<{ storage: Storage; name: string }> {
  if (spec.startsWith('sqlite:')) {
    const given = path.resolve(spec.slice('sqlite:'.length) || '.');
    const dir = path.basename(given) === DATABASE_FILE ? path.dirname(given) : given;
    if (!fs.existsSync(path.join(dir, DATABASE_FILE))) fail(`No ${DATABASE_FILE} in ${dir}`);
    return { storage: openSqliteStorage(dir), name: path.join(dir, DATABASE_FILE) };
  }
  if (/^postgres(ql)?:\/\//.test(spec)) return { storage: await openPostgresStorage(spec), name: redactedUrl(spec) };
  fail(`Not a store: ${spec.startsWith('postgres') ? 'a postgres:// address that cannot be read' : `"${spec}"`}. ${USAGE}`);
}

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

async function migrate(from: Storage, to: Storage): Promise<number> {
  let differing = 0;
  for (const template of await from.listTemplates()) {
    const file = (await from.getTemplateFile(template.id))!;
    const there = await to.getTemplateFile(template.id);
    if (there === undefined) await to.createTemplate(template, file);
    const copied = (await to.listTemplates()).find((t) => t.id === template.id);
    const same = isDeepStrictEqual(copied, template) && (await to.getTemplateFile(template.id)) === file;
    if (!same) differing++;
    console.log(`Template ${template.id} "${template.name}": ${same ? (there === undefined ? 'copied and verified' : 'there already, the same') : 'DIFFERS in the target'}`);
  }

  const admin = await from.serverTokenHash(ADMIN_TOKEN);
  const adminThere = await to.serverTokenHash(ADMIN_TOKEN);
  if (admin !== undefined && adminThere === undefined) await to.setServerTokenHash(ADMIN_TOKEN, admin);
  if (admin !== undefined && adminThere !== undefined && adminThere !== admin) console.log('The target has an admin link of its own: it is kept, and the source’s no longer works there');

  for (const id of await from.boardIds()) {
    const dump = await from.dumpBoard(id);
    if (!dump) continue; // deleted for good meanwhile
    const there = await to.dumpBoard(id);
    if (!there) await to.restoreBoard(dump);
    const same = isDeepStrictEqual(await to.dumpBoard(id), dump);
    if (!same) differing++;
    const rows = `${plural(dump.updates.length, 'update')}${dump.snapshot ? ' after a snapshot' : ''}`;
    console.log(`Board ${id} "${dump.board.title}" (${rows}): ${same ? (there ? 'there already, the same' : 'copied and verified') : 'DIFFERS in the target'}`);
  }
  return differing;
}

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
if (!values.from || !values.to) fail(USAGE);
let source: { storage: Storage; name: string } | undefined;
let target: { storage: Storage; name: string } | undefined;
try {
  source = await openStore(values.from);
  target = await openStore(values.to);
  const differing = await migrate(source.storage, target.storage);
  const boards = await source.storage.countBoards();
  if (differing > 0) fail(`${plural(differing, 'board or template')} in ${target.name} differ from ${source.name}: nothing was overwritten; look at them before running the servers on the target`);
  console.log(`${plural(boards, 'board')} of ${source.name} are in ${target.name}, each read back and the same.`);
} catch (error) {
  fail(error instanceof DatabaseOpenError ? error.message : `The copy stopped: ${error instanceof Error ? error.message : String(error)}. Run it again to finish it.`);
} finally {
  await source?.storage.close();
  await target?.storage.close();
}
