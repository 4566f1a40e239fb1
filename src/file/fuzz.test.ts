import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docToBoard } from '../doc/index.ts';
import type { Board } from '../model/index.ts';
import { isOrderKey } from '../model/order.ts';
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
  // A field this version does not know, nested anywhere from 1 to 100,000 deep or up to 2 MB
  // long, on any record of any kind.
  fc.record({
    record: fc.constantFrom(...ALL_PATHS.filter((p) => p.length === 3 && p[0] === 'board' && typeof p[2] === 'number')),
    depth: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(4_800, 100_000)),
    size: fc.oneof(fc.integer({ min: 0, max: 64 }), fc.integer({ min: 4 * 1024, max: 2 * 1024 * 1024 })),
  }).map(({ record, depth, size }) => {
    const file = structuredClone(base) as Record<string, Record<string, Record<number, Record<string, unknown>>>>;
    const target = file[record[0] as string]![record[1] as string]![record[2] as number]!;
    target.fromTheFuture = '['.repeat(depth) + JSON.stringify('x'.repeat(size)) + ']'.repeat(depth);
    return JSON.stringify(file).replace(/"fromTheFuture":"((?:[^"\\]|\\.)*)"/, (_, inner: string) => `"fromTheFuture":${JSON.parse(`"${inner}"`) as string}`);
  }),
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
  expect(problemsOf(board)).toEqual([]);
  const doc = new Y.Doc();
  writeBoardToDoc(doc, board);
  // What was kept can be stored and handed on: Yjs and JSON.stringify recurse as deep as it nests.
  expect(Y.encodeStateAsUpdate(doc).byteLength).toBeGreaterThan(0);
  const back = docToBoard(doc);
  expect(JSON.stringify(back).length).toBeGreaterThan(0);
  // The document holds every record the file kept, and no other: a map keyed by id would fold two
  // records with one id into one, so the count is checked on the file's arrays above.
  expect(KINDS.filter((kind) => idsOf(back[kind]).join('\n') !== idsOf(board[kind]).join('\n'))).toEqual([]);
  expect(ownKeyNamed(read.file, '__proto__')).toBe(false);
  expect(ownKeyNamed(back, '__proto__')).toBe(false);
}

const KINDS = ['stages', 'lanes', 'cards', 'notes', 'connectors', 'strategy', 'comments', 'votes'] as const;

const idsOf = (records: readonly { id: string }[]) => records.map((r) => r.id).sort();

/**
 * What is wrong with the board a file read gives, read from its lists: an id twice in a kind,
 * an order that is not one, a reference to a record it does not hold. Collected, then checked
 * once: an expect per record would cost more than the reading.
 */
function problemsOf(board: Board): string[] {
  const problems: string[] = [];
  for (const kind of KINDS) if (new Set(board[kind].map((r) => r.id)).size !== board[kind].length) problems.push(`${kind} with a repeated id`);
  for (const record of [...board.stages, ...board.lanes, ...board.cards, ...board.strategy]) if (!isOrderKey(record.order)) problems.push(`no order: ${record.id}`);
  const stageIds = new Set(board.stages.map((s) => s.id));
  const cardIds = new Set(board.cards.map((c) => c.id));
  const targets = new Set([...stageIds, ...cardIds, ...board.notes.map((n) => n.id)]);
  const joinable = new Set([...cardIds, ...board.notes.map((n) => n.id)]);
  for (const c of board.connectors) if (!joinable.has(c.from) || !joinable.has(c.to)) problems.push(`connector to a missing card or note: ${c.id}`);
  for (const c of board.comments) if (!targets.has(c.targetId)) problems.push(`comment on a missing record: ${c.id}`);
  for (const v of board.votes) if (!cardIds.has(v.targetId)) problems.push(`vote on a missing card: ${v.id}`);
  for (const item of board.strategy) if (item.stageId !== null && !stageIds.has(item.stageId)) problems.push(`strategy item on a missing stage: ${item.id}`);
  const spotlight = board.session.spotlightStageId;
  if (spotlight !== null && !stageIds.has(spotlight)) problems.push('spotlight on a missing stage');
  return problems;
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
    // Three thousand files each read and written into a document: a harness limit for a shared
    // machine, not a speed check (the importer's speed is not what this test is about).
  }, 180_000);

  it('refuses a 50 MB string in a field with its path, without crashing', () => {
    const file = structuredClone(base) as { board: { cards: { title: string }[] } };
    file.board.cards[0]!.title = 'x'.repeat(50 * 1024 * 1024);
    const read = readBoardFile(JSON.stringify(file));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/^Invalid field at "board\.cards\[0\]\.title": Too big/);
  });

  it('refuses unknown fields nested too deep or too large, and more records than a board holds, naming the limit and the path', () => {
    const withField = (value: string) => JSON.stringify(base).replace('"cards": [{', `"cards": [{"fromTheFuture": ${value}, `).replace('"cards":[{', `"cards":[{"fromTheFuture":${value},`);
    const deep = readBoardFile(withField('['.repeat(4_800) + ']'.repeat(4_800)));
    expect(deep).toEqual({
      ok: false,
      error: 'Invalid field at "board.cards[0].fromTheFuture": it nests deeper than the 16 levels a field this version does not know may hold.',
      problem: { code: 'fileExtraTooDeep', values: { path: 'board.cards[0].fromTheFuture', max: 16 } },
    });
    const large = readBoardFile(withField(JSON.stringify('x'.repeat(20_000))));
    expect(large).toEqual({
      ok: false,
      error: expect.stringMatching(/^Invalid field at "board\.cards\[0\]\.fromTheFuture": the fields this version does not know take 20 KB there; a record may keep at most 8 KB of them\.$/),
      problem: { code: 'fileExtraTooLarge', values: { path: 'board.cards[0].fromTheFuture', size: '20 KB', max: '8 KB' } },
    });
    const kept = readBoardFile(withField('{"a": [1, {"b": "ok"}]}'));
    expect(kept.ok && kept.file.board.cards[0]).toMatchObject({ fromTheFuture: { a: [1, { b: 'ok' }] } });

    const spread = structuredClone(base) as { board: { cards: Record<string, unknown>[] } };
    const card = spread.board.cards[0]!;
    spread.board.cards = Array.from({ length: 200 }, (_, i) => ({ ...card, id: `c${i}`, fromTheFuture: 'x'.repeat(7_000) }));
    expect(readBoardFile(JSON.stringify(spread))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/in all \(the first at "board\.cards\[0\]"\); a board may keep at most 1\.0 MB of them\.$/),
      problem: { code: 'fileExtraTooLargeInAll', values: { path: 'board.cards[0]', max: '1.0 MB' } },
    });

    const many = structuredClone(base) as { board: { cards: Record<string, unknown>[] } };
    many.board.cards = Array.from({ length: 20_001 }, (_, i) => ({ id: `c${i}`, stageId: 's', laneId: 'l' }));
    expect(readBoardFile(JSON.stringify(many))).toEqual({
      ok: false,
      error: 'This file holds 20,001 cards; a board holds at most 20,000.',
      problem: { code: 'fileTooManyRecords', values: { count: 20_001, kind: 'cards', max: 20_000 } },
    });
  });

  it('refuses NaN and Infinity, which JSON cannot hold, as not JSON', () => {
    const read = readBoardFile(JSON.stringify(base).replace('"emotion": 1', '"emotion": NaN').replace('"emotion":1', '"emotion":NaN'));
    expect(read.ok).toBe(false);
  });
});
