import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docToBoard } from '../doc/index.ts';
import { readBoardFile } from './read.ts';
import { writeBoardToDoc } from './toDoc.ts';

/*
 * Thousands of mutated files: a value somewhere in a valid file replaced by something hostile
 * (a wrong type, NaN, a huge number, a prototype key, a repeated id, a dangling reference…).
 * The importer must never throw, and must answer with either a clear error or a whole board
 * that a document accepts. The seed is printed; SEED=… replays a failure.
 */
const base = JSON.parse(readFileSync(new URL('../../tests/fixtures/files/v1-every-record.json', import.meta.url), 'utf8')) as unknown;

/** Every path to a value in the file, so a mutation can pick any of them. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}
const ALL_PATHS = paths(base).filter((p) => p.length > 0);

const hostile = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, -1e308, '', '__proto__', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', [], {}, JSON.parse('{"__proto__":{"polluted":1}}')),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.jsonValue({ maxDepth: 3 }),
);

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

const mutation = fc.oneof(
  // Replace any value with a hostile one.
  fc.record({ path: fc.constantFrom(...ALL_PATHS), value: hostile }).map(({ path, value }) => JSON.stringify(setAt(base, path, value))),
  // Give a record the id of another one of its kind.
  fc.constantFrom('stages', 'cards', 'strategy').map((list) => {
    const file = structuredClone(base) as { board: Record<string, { id: string }[]> };
    const records = file.board[list]!;
    if (records.length > 1) records[1]!.id = records[0]!.id;
    return JSON.stringify(file);
  }),
  // Cut the text anywhere.
  fc.nat().map((n) => JSON.stringify(base).slice(0, n % JSON.stringify(base).length)),
  // Keys that would reach a prototype, at any depth.
  fc.constantFrom(...ALL_PATHS.filter((p) => typeof p.at(-1) === 'string')).map((path) =>
    JSON.stringify(base).replace(`"${String(path.at(-1))}":`, `"__proto__":{"polluted":true},"${String(path.at(-1))}":`),
  ),
);

function checkOutcome(text: string): void {
  const read = readBoardFile(text);
  if (!read.ok) {
    expect(read.error.length).toBeGreaterThan(10);
    return;
  }
  const { board } = read.file;
  const doc = new Y.Doc();
  writeBoardToDoc(doc, board);
  const back = docToBoard(doc);
  const cardIds = new Set(back.cards.map((c) => c.id));
  expect(new Set(back.stages.map((s) => s.id)).size).toBe(back.stages.length);
  expect(back.connectors.every((c) => cardIds.has(c.from) && cardIds.has(c.to))).toBe(true);
  expect(ownKeyNamed(read.file, '__proto__')).toBe(false);
  expect(ownKeyNamed(back, '__proto__')).toBe(false);
}

/** Whether any object inside `value` has an own key of that name, as JSON.parse would give it. */
function ownKeyNamed(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((v) => ownKeyNamed(v, key));
  if (!value || typeof value !== 'object') return false;
  return Object.hasOwn(value, key) || Object.values(value).some((v) => ownKeyNamed(v, key));
}

describe('the importer under fuzzing', () => {
  it('never throws on thousands of mutated files, and gives an error or a whole board', () => {
    const seed = Number(process.env.SEED ?? Date.now() % 2 ** 31);
    console.log(`importer fuzz seed: ${seed} (replay with SEED=${seed})`);
    fc.assert(fc.property(mutation, (text) => checkOutcome(text)), { seed, numRuns: 3000 });
  });

  it('refuses a 50 MB string in a field with its path, without crashing', () => {
    const file = structuredClone(base) as { board: { cards: { title: string }[] } };
    file.board.cards[0]!.title = 'x'.repeat(50 * 1024 * 1024);
    const read = readBoardFile(JSON.stringify(file));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/^Invalid field at "board\.cards\[0\]\.title": Too big/);
  });

  it('refuses NaN and Infinity, which JSON cannot hold, as not JSON', () => {
    const read = readBoardFile(JSON.stringify(base).replace('"emotion": 1', '"emotion": NaN').replace('"emotion":1', '"emotion":NaN'));
    expect(read.ok).toBe(false);
  });
});
