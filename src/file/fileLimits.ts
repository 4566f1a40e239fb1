import type { Problem } from '../i18n/problem.ts';
import { EXTRA_LIMITS, META, RECORD_KINDS } from '../model/index.ts';

/*
 * What a file may bring that its schema does not check: how many records of each kind, and
 * the fields this version does not know, which are kept and handed on. Those are bounded in
 * depth and size, per record and per file: every copy of the board decodes them, and Yjs and
 * JSON.stringify recurse as deep as they nest.
 */

const SOURCE_KEYS = ['app', 'exportedAt', 'document'];
const utf8 = new TextEncoder();

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How deeply `value` nests, counted up to `limit + 1` at most, without recursion. */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > limit) return depth + 1;
    deepest = Math.max(deepest, depth + 1);
    for (const inner of Object.values(current)) stack.push([inner, depth + 1]);
  }
  return deepest;
}

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A broken limit: the English sentence naming the limit and the path, and the problem the page words. */
export interface LimitBroken {
  error: string;
  problem: Problem;
}

/** The first limit the (parsed, not yet validated) file breaks; null when it keeps them all. */
export function fileLimitProblem(file: Json): LimitBroken | null {
  const board = isObject(file.board) ? file.board : {};
  for (const [root, kind] of Object.entries(RECORD_KINDS)) {
    const list = board[root];
    if (Array.isArray(list) && list.length > kind.maxCount) {
      return {
        error: `This file holds ${list.length.toLocaleString('en')} ${root}; a board holds at most ${kind.maxCount.toLocaleString('en')}.`,
        problem: { code: 'fileTooManyRecords', values: { count: list.length, kind: root, max: kind.maxCount } },
      };
    }
  }
  let total = 0;
  let first = '';
  const check = (path: string, record: unknown, known: readonly string[]): LimitBroken | null => {
    if (!isObject(record)) return null;
    const unknown = Object.keys(record).filter((key) => !known.includes(key));
    if (unknown.length === 0) return null;
    for (const key of unknown) {
      if (depthOf(record[key], EXTRA_LIMITS.depth) > EXTRA_LIMITS.depth) {
        return {
          error: `Invalid field at "${path}.${key}": it nests deeper than the ${EXTRA_LIMITS.depth} levels a field this version does not know may hold.`,
          problem: { code: 'fileExtraTooDeep', values: { path: `${path}.${key}`, max: EXTRA_LIMITS.depth } },
        };
      }
    }
    const bytes = utf8.encode(JSON.stringify(Object.fromEntries(unknown.map((key) => [key, record[key]])))).byteLength;
    if (bytes > EXTRA_LIMITS.recordBytes) {
      return {
        error: `Invalid field at "${path}.${unknown[0]}": the fields this version does not know take ${kilobytes(bytes)} there; a record may keep at most ${kilobytes(EXTRA_LIMITS.recordBytes)} of them.`,
        problem: { code: 'fileExtraTooLarge', values: { path: `${path}.${unknown[0]}`, size: kilobytes(bytes), max: kilobytes(EXTRA_LIMITS.recordBytes) } },
      };
    }
    total += bytes;
    if (!first) first = path;
    return null;
  };
  const problem =
    check('source', file.source, SOURCE_KEYS) ??
    check('board.meta', board.meta, META.keys) ??
    Object.entries(RECORD_KINDS).reduce<LimitBroken | null>((found, [root, kind]) => {
      if (found) return found;
      const list = board[root];
      if (!Array.isArray(list)) return null;
      const known = ['id', ...kind.keys];
      for (let i = 0; i < list.length; i++) {
        const problem = check(`board.${root}[${i}]`, list[i], known);
        if (problem) return problem;
      }
      return null;
    }, null);
  if (problem) return problem;
  if (total > EXTRA_LIMITS.fileBytes) {
    return {
      error: `This file's fields that this version does not know take ${kilobytes(total)} in all (the first at "${first}"); a board may keep at most ${kilobytes(EXTRA_LIMITS.fileBytes)} of them.`,
      problem: { code: 'fileExtraTooLargeInAll', values: { path: first, size: kilobytes(total), max: kilobytes(EXTRA_LIMITS.fileBytes) } },
    };
  }
  return null;
}
