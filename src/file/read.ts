import type { z } from 'zod';
import { isOrderKey, orderAt, voteId, type Board } from '../model/index.ts';
import { BoardFileSchema, FILE_TYPE, FILE_VERSION, type BoardFile, type FileBoardSchema } from './format.ts';
import { fileLimitProblem } from './fileLimits.ts';
import { migrate } from './migrations.ts';

export type ReadResult = { ok: true; file: BoardFile; repairs: string[] } | { ok: false; error: string };

/** Keys that JSON may carry but that must never reach an object: they would reach its prototype. */
const POISONED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Text in which a poisoned key may hide: the name itself in quotes, or any \u escape, which
 * could spell it. Only such text is parsed with the reviver that drops those keys; on a
 * 10,000-card file the reviver took 60-90 ms of a 20 ms parse.
 */
const MAY_HOLD_POISONED_KEY = /"(?:__proto__|constructor|prototype)"|\\u/;

/**
 * Reads a Journeyboard file from text: parse, recognise, migrate, validate, repair. Never
 * throws: any failure is one sentence naming the problem and, for an invalid field, the path
 * of the first bad one. A valid file comes back with defaults filled in, every record given
 * an order, and references to missing records repaired (each repair listed).
 */
export function readBoardFile(text: string): ReadResult {
  let json: unknown;
  try {
    json = MAY_HOLD_POISONED_KEY.test(text) ? JSON.parse(text, (key, value: unknown) => (POISONED_KEYS.has(key) ? undefined : value)) : JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This file is not JSON (${error instanceof Error ? error.message : 'unreadable'}).` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { type?: unknown }).type !== FILE_TYPE) {
    return { ok: false, error: 'This is not a Journeyboard file: it has no "type": "journeyboard".' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This Journeyboard file has no valid version number (at "version").' };
  }
  if (version > FILE_VERSION) {
    return { ok: false, error: `This file was made by a newer Journeyboard (file version ${version}); this one reads versions up to ${FILE_VERSION}.` };
  }
  try {
    const migrated = migrate(json as Record<string, unknown>, version);
    const overLimit = fileLimitProblem(migrated);
    if (overLimit) return { ok: false, error: overLimit };
    const parsed = BoardFileSchema.safeParse(migrated);
    if (!parsed.success) return { ok: false, error: describeIssue(parsed.error.issues[0]!) };
    const repairs: string[] = [];
    const board = repair(parsed.data.board, repairs);
    return { ok: true, file: { type: FILE_TYPE, version: FILE_VERSION, source: parsed.data.source, board }, repairs };
  } catch (error) {
    // Nothing above should throw; if it does, the person still gets a sentence, not a crash.
    return { ok: false, error: `This file could not be read (${error instanceof Error ? error.message : 'unknown error'}).` };
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
  return `Invalid field at "${path || '(the file)'}": ${issue.message}.`;
}

type FileBoard = z.infer<typeof FileBoardSchema>;

/** Makes a validated board whole: unique ids, an order for every record, no dangling references. */
function repair(input: FileBoard, repairs: string[]): Board {
  const unique = <T extends { id: string }>(list: T[], what: string): T[] => {
    const seen = new Set<string>();
    const out = list.filter((item) => !seen.has(item.id) && seen.add(item.id));
    if (out.length < list.length) repairs.push(`${list.length - out.length} ${what} with a repeated id left out`);
    return out;
  };
  const stages = withOrder(unique(input.stages, 'stages'), () => 'all', repairs);
  const lanes = withOrder(unique(input.lanes, 'lanes'), () => 'all', repairs);
  const cards = withOrder(unique(input.cards, 'cards'), (c) => `${c.stageId}\u0000${c.laneId}`, repairs);
  const stageIds = new Set(stages.map((s) => s.id));
  const strategy = withOrder(unique(input.strategy, 'strategy items'), (item) => item.sectionId, repairs).map((item) =>
    item.stageId !== null && !stageIds.has(item.stageId) ? (repairs.push(`a strategy item detached from a missing stage`), { ...item, stageId: null }) : item,
  );
  const notes = unique(input.notes, 'notes');
  const cardIds = new Set(cards.map((c) => c.id));
  // A connector joins cards and sticky notes.
  const joinable = new Set([...cardIds, ...notes.map((n) => n.id)]);
  const connectors = unique(input.connectors, 'connectors').filter((c) => keep(joinable.has(c.from) && joinable.has(c.to), 'a connector to a missing card', repairs));
  const targets = new Set([...joinable, ...stageIds]);
  const comments = unique(input.comments, 'comments').filter((c) => keep(targets.has(c.targetId), 'a comment on a missing record', repairs));
  // A vote's id says whose vote on what (voteId), so that one person's vote toggles off again.
  const votes = unique(
    input.votes.map((v) => ({ ...v, id: voteId(v.targetId, v.voter) })),
    'votes',
  ).filter((v) => keep(cardIds.has(v.targetId), 'a vote on a missing card', repairs));
  const spotlight = input.session.spotlightStageId;
  const session = { ...input.session, spotlightStageId: spotlight !== null && stageIds.has(spotlight) ? spotlight : null };
  return { meta: input.meta, stages, lanes, cards, notes, connectors, strategy, comments, votes, session };
}

function keep(ok: boolean, what: string, repairs: string[]): boolean {
  if (!ok) repairs.push(`${what} left out`);
  return ok;
}

/**
 * Gives every record an order key. Records that carry a valid one keep it; the others are
 * placed after the last key of their group (a stage's cell, a section…), in the order the file
 * lists them. A key that is not a fractional index is replaced, and the repair reported.
 */
function withOrder<T extends { id: string; order?: string }>(list: T[], groupOf: (item: T) => string, repairs: string[]): (T & { order: string })[] {
  const valid = (item: T) => item.order !== undefined && isOrderKey(item.order);
  const invalid = list.filter((item) => item.order !== undefined && !valid(item)).length;
  if (invalid > 0) repairs.push(`${invalid} record${invalid === 1 ? '' : 's'} with an unreadable position placed at the end of their group`);
  const last = new Map<string, string>();
  for (const item of list) {
    const group = groupOf(item);
    if (valid(item) && (last.get(group) ?? '') < item.order!) last.set(group, item.order!);
  }
  return list.map((item) => {
    if (valid(item)) return item as T & { order: string };
    const group = groupOf(item);
    const previous = last.get(group);
    const order = orderAt(previous ? [{ id: '', order: previous }] : [], 1);
    last.set(group, order);
    return { ...item, order };
  });
}
