import { FILE_VERSION } from './format.ts';

/**
 * Upgrades a file of an older version, one version at a time: MIGRATIONS[n] turns a version n
 * file into a version n + 1 file. A change to the format adds a step here, a fixture of the old
 * version in tests/fixtures, and raises FILE_VERSION.
 */
const MIGRATIONS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  1: personaFromMeta,
  // Version 3 adds lane kinds (a service blueprint's, measures), a measure's fields and an
  // opportunity's impact and effort on cards; a version 2 board has none of them, and reads as it was.
  2: (file) => file,
};

/** The id the persona a version 1 file named gets: one id, as a file holds at most that one. */
export const MIGRATED_PERSONA_ID = 'persona-of-meta';

/**
 * Version 2 has personas, and emotion lanes that belong to one. A version 1 board named its one
 * persona in its meta ("Persona: bargain seeking households" on the report's cover): that name
 * becomes a persona, and every emotion curve of the board is theirs, as it was. A board that
 * named none gets none.
 */
function personaFromMeta(file: Record<string, unknown>): Record<string, unknown> {
  const board = record(file.board);
  const name = typeof record(board.meta).persona === 'string' ? (record(board.meta).persona as string).trim() : '';
  if (name === '' || board.personas !== undefined) return file;
  const lanes = Array.isArray(board.lanes) ? board.lanes.map((lane: unknown) => (record(lane).kind === 'emotion' ? { ...record(lane), personaId: MIGRATED_PERSONA_ID } : lane)) : board.lanes;
  return { ...file, board: { ...board, personas: [{ id: MIGRATED_PERSONA_ID, name }], lanes } };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function migrate(file: Record<string, unknown>, version: number): Record<string, unknown> {
  let out = file;
  for (let v = version; v < FILE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from file version ${v}`);
    out = step(out);
  }
  return { ...out, version: FILE_VERSION };
}
