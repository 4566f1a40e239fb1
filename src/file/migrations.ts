import { FILE_VERSION } from './format.ts';

/**
 * Upgrades a file of an older version, one version at a time: MIGRATIONS[n] turns a version n
 * file into a version n + 1 file. Version 1 is the first, so there is nothing to do yet; a
 * change to the format adds a step here, a fixture of the old version in tests/fixtures, and
 * raises FILE_VERSION.
 */
const MIGRATIONS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrate(file: Record<string, unknown>, version: number): Record<string, unknown> {
  let out = file;
  for (let v = version; v < FILE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from file version ${v}`);
    out = step(out);
  }
  return { ...out, version: FILE_VERSION };
}
