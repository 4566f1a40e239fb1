import * as Y from 'yjs';
import {
  CARD,
  COMMENT,
  CONNECTOR,
  LANE,
  META,
  NOTE,
  SESSION,
  STAGE,
  STRATEGY_ITEM,
  UNKNOWN_FIELDS_KEY,
  VOTE,
  ROUND,
  LOCK,
  PERSONA,
  compareOrder,
  type Board,
  type BoardMeta,
  type Card,
  type Comment,
  type Connector,
  type Lane,
  type Note,
  type RecordKind,
  type Stage,
  type StrategyItem,
  type Vote,
  type Round,
  type Lock,
  type Persona,
  type WorkshopSession,
} from '../model/index.ts';
import { metaMap, recordsMap, sessionMap, type RecordMap, type RecordRoot } from './layout.ts';
import { readRecordFields } from './records.ts';
import { sortAgain } from './sortAgain.ts';

export function readMeta(doc: Y.Doc): BoardMeta {
  const meta = metaMap(doc);
  return withUnknownFields(readRecordFields(META, meta)!, meta);
}

export function readSession(doc: Y.Doc): WorkshopSession {
  return readRecordFields(SESSION, sessionMap(doc))!;
}

/** A reader of one record kind: the record under `id`, or null if the map cannot be one. */
function recordReader<T>(kind: RecordKind): (id: string, m: RecordMap) => T | null {
  return (id, m) => readRecordFields(kind, m, id) as T | null;
}

export const readStage = recordReader<Stage>(STAGE);
export const readLane = recordReader<Lane>(LANE);
export const readCard = recordReader<Card>(CARD);
export const readNote = recordReader<Note>(NOTE);
export const readConnector = recordReader<Connector>(CONNECTOR);
export const readStrategyItem = recordReader<StrategyItem>(STRATEGY_ITEM);
export const readComment = recordReader<Comment>(COMMENT);
export const readVote = recordReader<Vote>(VOTE);
export const readRound = recordReader<Round>(ROUND);
export const readLock = recordReader<Lock>(LOCK);
export const readPersona = recordReader<Persona>(PERSONA);

/**
 * Where reads of records and whole lists may come from a cache (boardReader.ts): a record's
 * read is asked for with its Y.Map, a root's sorted list with the root's name. A list is built
 * given the one it replaces, if any, to sort again from.
 */
export interface ReadCache {
  record<T extends object>(m: RecordMap, read: () => T | null): T | null;
  list<T>(root: RecordRoot, build: (previous: readonly T[] | undefined) => T[]): T[];
}

const NO_CACHE: ReadCache = {
  record: (_, read) => read(),
  list: (_, build) => build(undefined),
};

/** Reads every record of one root, skipping entries that are not records at all. */
export function readRecords<T extends object>(doc: Y.Doc, root: RecordRoot, read: (id: string, m: RecordMap) => T | null, cache: ReadCache = NO_CACHE): T[] {
  const out: T[] = [];
  recordsMap(doc, root).forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const record = cache.record(value, () => {
      const fresh = read(id, value);
      return fresh === null ? null : withUnknownFields(fresh, value);
    });
    if (record !== null) out.push(record);
  });
  return out;
}

/**
 * Fields this version does not know (written by an imported file or a newer client) are kept
 * on the record as they are, so that exporting the board hands them on: those a file brought,
 * kept under UNKNOWN_FIELDS_KEY, and loose keys that older versions stored beside the known
 * ones. Only plain JSON values qualify; shared types are never copied out of the document.
 */
function withUnknownFields<T extends object>(record: T, m: Y.Map<unknown>): T {
  let out = record;
  const keep = (key: string, value: unknown) => {
    if (key in record || value instanceof Y.AbstractType || value === undefined) return;
    if (typeof value === 'number' && !Number.isFinite(value)) return;
    if (out === record) out = { ...record };
    (out as Record<string, unknown>)[key] = value;
  };
  m.forEach((value, key) => {
    if (key !== UNKNOWN_FIELDS_KEY) return keep(key, value);
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType)) {
      for (const [inner, innerValue] of Object.entries(value)) keep(inner, innerValue);
    }
  });
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

/** The board as plain data: the pure read from which every view is derived. */
export function docToBoard(doc: Y.Doc, cache: ReadCache = NO_CACHE): Board {
  const list = <T extends object>(root: RecordRoot, read: (id: string, m: RecordMap) => T | null, compare: (a: T, b: T) => number) =>
    cache.list<T>(root, (previous) => sortAgain(readRecords(doc, root, read, cache), previous, compare));
  return {
    meta: readMeta(doc),
    stages: list('stages', readStage, compareOrder),
    lanes: list('lanes', readLane, compareOrder),
    cards: list('cards', readCard, compareOrder),
    notes: list('notes', readNote, byId),
    connectors: list('connectors', readConnector, byId),
    strategy: list('strategy', readStrategyItem, compareOrder),
    comments: list('comments', readComment, (a, b) => a.createdAt - b.createdAt || byId(a, b)),
    rounds: list('rounds', readRound, (a, b) => a.openedAt - b.openedAt || byId(a, b)),
    votes: list('votes', readVote, byId),
    locks: list('locks', readLock, byId),
    personas: list('personas', readPersona, compareOrder),
    session: readSession(doc),
  };
}
