import type { z } from 'zod';
import type { Problem } from '../i18n/problem.ts';
import { translate } from '../i18n/index.ts';
import { asLocale } from '../i18n/locale.ts';
import { LEGACY_ROUND_ID, commentThreads, isOrderKey, legacyVotesAsRound, orderAt, type Board, type Comment, type Round, type Vote } from '../model/index.ts';
import { BoardFileSchema, FILE_TYPE, FILE_VERSION, type BoardFile, type FileBoardSchema } from './format.ts';
import { fileLimitProblem } from './fileLimits.ts';
import { migrate } from './migrations.ts';

/**
 * A file that cannot be read gives the English sentence (the server's answer, logs) and the
 * problem the page words in its own language (errors.<code> in the catalogue).
 */
export type ReadResult = { ok: true; file: BoardFile; repairs: Repair[] } | { ok: false; error: string; problem: Problem };

/** What a repair mends: a file that does not hold together is made whole in these ways. */
export const REPAIR_KINDS = [
  'repeatedIds',
  'unreadablePositions',
  'connectorsToMissingCards',
  'commentsOnMissingRecords',
  'votesOnMissingCards',
  'locksOnMissingRecords',
  'strategyItemsOnMissingStages',
  'lanesOfMissingPersonas',
] as const;
export type RepairKind = (typeof REPAIR_KINDS)[number];

/** One kind of repair and how many records it touched, once per kind; the page words it (app.repair.<kind>). */
export interface Repair {
  kind: RepairKind;
  count: number;
}

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
 * an order, and references to missing records repaired (each kind of repair listed once, with
 * how many records it touched).
 */
export function readBoardFile(text: string): ReadResult {
  let json: unknown;
  try {
    json = MAY_HOLD_POISONED_KEY.test(text) ? JSON.parse(text, (key, value: unknown) => (POISONED_KEYS.has(key) ? undefined : value)) : JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This file is not JSON (${error instanceof Error ? error.message : 'unreadable'}).`, problem: { code: 'fileNotJson' } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { type?: unknown }).type !== FILE_TYPE) {
    return { ok: false, error: 'This is not a Journeyboard file: it has no "type": "journeyboard".', problem: { code: 'fileNotJourneyboard' } };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This Journeyboard file has no valid version number (at "version").', problem: { code: 'fileNoVersion' } };
  }
  if (version > FILE_VERSION) {
    return {
      ok: false,
      error: `This file was made by a newer Journeyboard (file version ${version}); this one reads versions up to ${FILE_VERSION}.`,
      problem: { code: 'fileTooNew', values: { version, supported: FILE_VERSION } },
    };
  }
  try {
    const migrated = migrate(json as Record<string, unknown>, version);
    const overLimit = fileLimitProblem(migrated);
    if (overLimit) return { ok: false, ...overLimit };
    const parsed = BoardFileSchema.safeParse(migrated);
    if (!parsed.success) return { ok: false, ...describeIssue(parsed.error.issues[0]!) };
    const repairs = new Repairs();
    const board = repair(parsed.data.board, repairs);
    return { ok: true, file: { type: FILE_TYPE, version: FILE_VERSION, source: parsed.data.source, board }, repairs: repairs.list() };
  } catch (error) {
    // Nothing above should throw; if it does, the person still gets a sentence, not a crash.
    return { ok: false, error: `This file could not be read (${error instanceof Error ? error.message : 'unknown error'}).`, problem: { code: 'fileUnreadable' } };
  }
}

function describeIssue(issue: z.core.$ZodIssue): { error: string; problem: Problem } {
  const path = issue.path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '') || '(the file)';
  return { error: `Invalid field at "${path}": ${issue.message}.`, problem: { code: 'fileInvalidField', values: { path } } };
}

/** The repairs made so far, counted by kind: a file with forty bad positions is told so once. */
class Repairs {
  private readonly counts = new Map<RepairKind, number>();
  add(kind: RepairKind, count = 1): void {
    if (count > 0) this.counts.set(kind, (this.counts.get(kind) ?? 0) + count);
  }
  list(): Repair[] {
    return REPAIR_KINDS.flatMap((kind) => (this.counts.has(kind) ? [{ kind, count: this.counts.get(kind)! }] : []));
  }
}

type FileBoard = z.infer<typeof FileBoardSchema>;

/** Makes a validated board whole: unique ids, an order for every record, no dangling references. */
function repair(input: FileBoard, repairs: Repairs): Board {
  const unique = <T extends { id: string }>(list: T[]): T[] => {
    const seen = new Set<string>();
    const out = list.filter((item) => !seen.has(item.id) && seen.add(item.id));
    repairs.add('repeatedIds', list.length - out.length);
    return out;
  };
  const stages = withOrder(unique(input.stages), () => 'all', repairs);
  const personas = withOrder(unique(input.personas), () => 'all', repairs);
  const personaIds = new Set(personas.map((p) => p.id));
  // An emotion lane of a persona the file lacks is kept, as no one's curve.
  const lanes = withOrder(unique(input.lanes), () => 'all', repairs).map((lane) =>
    lane.personaId !== null && !personaIds.has(lane.personaId) ? (repairs.add('lanesOfMissingPersonas'), { ...lane, personaId: null }) : lane,
  );
  const cards = withOrder(unique(input.cards), (c) => `${c.stageId}\u0000${c.laneId}`, repairs);
  const stageIds = new Set(stages.map((s) => s.id));
  const strategy = withOrder(unique(input.strategy), (item) => item.sectionId, repairs).map((item) =>
    item.stageId !== null && !stageIds.has(item.stageId) ? (repairs.add('strategyItemsOnMissingStages'), { ...item, stageId: null }) : item,
  );
  const notes = unique(input.notes);
  const cardIds = new Set(cards.map((c) => c.id));
  // A connector joins cards and sticky notes.
  const joinable = new Set([...cardIds, ...notes.map((n) => n.id)]);
  const connectors = unique(input.connectors).filter((c) => keep(joinable.has(c.from) && joinable.has(c.to), 'connectorsToMissingCards', repairs));
  const targets = new Set([...joinable, ...stageIds, ...lanes.map((l) => l.id), ...strategy.map((i) => i.id)]);
  const comments = threaded(unique(input.comments).filter((c) => keep(targets.has(c.targetId), 'commentsOnMissingRecords', repairs)), repairs);
  const { rounds, votes } = dotVoting(input, cardIds, repairs);
  // A lock's id is the locked record's (model/lock.ts): one lock a record, on a stage, lane or card.
  const lockable = new Set([...stageIds, ...lanes.map((l) => l.id), ...cardIds]);
  const locks = unique(input.locks.map((l) => ({ ...l, id: l.targetId }))).filter((l) => keep(lockable.has(l.targetId), 'locksOnMissingRecords', repairs));
  const spotlight = input.session.spotlightStageId;
  const roundId = input.session.roundId;
  const session = {
    ...input.session,
    spotlightStageId: spotlight !== null && stageIds.has(spotlight) ? spotlight : null,
    roundId: roundId !== null && rounds.some((round) => round.id === roundId) ? roundId : null,
  };
  return { meta: input.meta, stages, lanes, cards, notes, connectors, strategy, comments, rounds, votes, locks, personas, session };
}

/**
 * The dot voting rounds and their dots. Dots on missing cards go (they would count for
 * nothing). Votes from before rounds (no round; one a person a card, the id saying whose on
 * what, so a second one of a person is dropped) become one revealed round of their own.
 */
function dotVoting(input: FileBoard, cardIds: ReadonlySet<string>, repairs: Repairs): { rounds: Round[]; votes: Vote[] } {
  const seen = new Set<string>();
  const rounds: Round[] = input.rounds.filter((round) => !seen.has(round.id) && seen.add(round.id));
  const onCards = input.votes.filter((v) => keep(cardIds.has(v.targetId), 'votesOnMissingCards', repairs));
  const dots = onCards.filter((v) => v.roundId !== '');
  const oldIds = new Set<string>();
  const oldVotes = onCards
    .filter((v) => v.roundId === '')
    .map((v) => ({ ...v, id: `${v.targetId}:${v.voter}` }))
    .filter((v) => !oldIds.has(v.id) && oldIds.add(v.id));
  const id = seen.has(LEGACY_ROUND_ID) ? `${LEGACY_ROUND_ID}-${rounds.length}` : LEGACY_ROUND_ID;
  const legacy = legacyVotesAsRound(oldVotes, id, translate(asLocale(input.meta.locale), 'voting.legacyTitle'));
  const votes = [...dots, ...(legacy?.votes ?? [])];
  const unique = new Set<string>();
  const kept = votes.filter((v) => !unique.has(v.id) && unique.add(v.id));
  repairs.add('repeatedIds', input.rounds.length - rounds.length + onCards.length - dots.length - oldVotes.length + votes.length - kept.length);
  return { rounds: legacy ? [...rounds, legacy.round] : rounds, votes: kept };
}

/**
 * The comments that belong to a thread, in the file's order: a reply whose thread is not in
 * the file is left out (counted with the comments on missing records), and a reply is on its
 * thread's record, whatever target the file gave it.
 */
function threaded(comments: Comment[], repairs: Repairs): Comment[] {
  const targetOf = new Map<string, string>();
  for (const thread of commentThreads(comments)) {
    targetOf.set(thread.id, thread.targetId);
    for (const reply of thread.replies) targetOf.set(reply.id, thread.targetId);
  }
  repairs.add('commentsOnMissingRecords', comments.length - targetOf.size);
  return comments.filter((c) => targetOf.has(c.id)).map((c) => (c.targetId === targetOf.get(c.id) ? c : { ...c, targetId: targetOf.get(c.id)! }));
}

function keep(ok: boolean, left: RepairKind, repairs: Repairs): boolean {
  if (!ok) repairs.add(left);
  return ok;
}

/**
 * Gives every record an order key. Records that carry a valid one keep it; the others are
 * placed after the last key of their group (a stage's cell, a section…), in the order the file
 * lists them. A key that is not a fractional index is replaced, and the repair counted.
 */
function withOrder<T extends { id: string; order?: string }>(list: T[], groupOf: (item: T) => string, repairs: Repairs): (T & { order: string })[] {
  const valid = (item: T) => item.order !== undefined && isOrderKey(item.order);
  repairs.add('unreadablePositions', list.filter((item) => item.order !== undefined && !valid(item)).length);
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
