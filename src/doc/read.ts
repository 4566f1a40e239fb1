import * as Y from 'yjs';
import {
  DEFAULT_TITLE,
  LANE_KINDS,
  SCHEMA_VERSION,
  isStrategySectionId,
  compareOrder,
  type Board,
  type BoardMeta,
  type Card,
  type Comment,
  type Connector,
  type Lane,
  type LaneKind,
  type Note,
  type Stage,
  type StrategyItem,
  type Vote,
  type WorkshopSession,
} from '../model/index.ts';
import {
  readBoolean,
  readColor,
  readEmotion,
  readNullableNumber,
  readNumber,
  readString,
  readStringList,
} from './fields.ts';
import { metaMap, recordsMap, sessionMap, type RecordMap, type RecordRoot } from './layout.ts';
import { sortAgain } from './sortAgain.ts';

export function readMeta(doc: Y.Doc): BoardMeta {
  const meta = metaMap(doc);
  const known = {
    schemaVersion: readNumber(meta, 'schemaVersion', SCHEMA_VERSION),
    title: readString(meta, 'title', DEFAULT_TITLE),
    locale: readString(meta, 'locale', 'en'),
    persona: readString(meta, 'persona'),
    createdAt: readNumber(meta, 'createdAt', 0),
  };
  return withUnknownFields(known, meta);
}

export function readStage(id: string, m: RecordMap): Stage {
  return {
    id,
    order: readString(m, 'order', 'a0'),
    title: readString(m, 'title'),
    window: readString(m, 'window'),
    description: readString(m, 'description'),
    color: readColor(m, 'color', 'slate'),
  };
}

export function readLane(id: string, m: RecordMap): Lane {
  const kind = readString(m, 'kind', 'touchpoints');
  const scores: Record<string, number> = {};
  const stored = m.get('scores');
  if (stored instanceof Y.Map) {
    stored.forEach((value, stageId) => {
      const score = readEmotion(value);
      if (score !== null) scores[stageId] = score;
    });
  }
  return {
    id,
    order: readString(m, 'order', 'a0'),
    kind: (LANE_KINDS as readonly string[]).includes(kind) ? (kind as LaneKind) : 'touchpoints',
    title: readString(m, 'title'),
    color: readColor(m, 'color', 'slate'),
    scores,
  };
}

export function readCard(id: string, m: RecordMap): Card {
  return {
    id,
    stageId: readString(m, 'stageId'),
    laneId: readString(m, 'laneId'),
    order: readString(m, 'order', 'a0'),
    title: readString(m, 'title'),
    body: readString(m, 'body'),
    channel: readString(m, 'channel'),
    owner: readString(m, 'owner'),
    emotion: readEmotion(m.get('emotion')),
    tags: readStringList(m, 'tags'),
    color: readColor(m, 'color', 'slate'),
    link: readString(m, 'link'),
  };
}

export function readNote(id: string, m: RecordMap): Note {
  return {
    id,
    x: readNumber(m, 'x', 0),
    y: readNumber(m, 'y', 0),
    text: readString(m, 'text'),
    color: readColor(m, 'color', 'amber'),
  };
}

export function readConnector(id: string, m: RecordMap): Connector {
  return { id, from: readString(m, 'from'), to: readString(m, 'to'), label: readString(m, 'label') };
}

export function readStrategyItem(id: string, m: RecordMap): StrategyItem | null {
  const sectionId = m.get('sectionId');
  if (!isStrategySectionId(sectionId)) return null;
  const stageId = m.get('stageId');
  return {
    id,
    sectionId,
    order: readString(m, 'order', 'a0'),
    text: readString(m, 'text'),
    stageId: typeof stageId === 'string' ? stageId : null,
  };
}

export function readComment(id: string, m: RecordMap): Comment {
  return {
    id,
    targetId: readString(m, 'targetId'),
    author: readString(m, 'author'),
    text: readString(m, 'text'),
    createdAt: readNumber(m, 'createdAt', 0),
    resolved: readBoolean(m, 'resolved'),
  };
}

export function readVote(id: string, m: RecordMap): Vote {
  return { id, targetId: readString(m, 'targetId'), voter: readString(m, 'voter') };
}

export function readSession(doc: Y.Doc): WorkshopSession {
  const session = sessionMap(doc);
  const spotlight = session.get('spotlightStageId');
  return {
    spotlightStageId: typeof spotlight === 'string' ? spotlight : null,
    timerEndsAt: readNullableNumber(session, 'timerEndsAt'),
  };
}

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
 * on the record as they are, so that exporting the board hands them on. Only plain JSON values
 * qualify; shared types are never copied out of the document.
 */
function withUnknownFields<T extends object>(record: T, m: Y.Map<unknown>): T {
  let out = record;
  m.forEach((value, key) => {
    if (key in record || value instanceof Y.AbstractType || value === undefined) return;
    if (typeof value === 'number' && !Number.isFinite(value)) return;
    if (out === record) out = { ...record };
    (out as Record<string, unknown>)[key] = value;
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
    votes: list('votes', readVote, byId),
    session: readSession(doc),
  };
}
