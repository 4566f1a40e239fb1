import * as Y from 'yjs';

/**
 * The one place that names every top-level shared type of a board document.
 *
 * Records are Y.Maps keyed by id (never Y.Arrays): concurrent moves of the same record then
 * resolve to one winner instead of duplicating it. Free text that people type together is a
 * Y.Text; everything else is a plain value, last writer wins.
 *
 *   meta        Y.Map   schemaVersion, title, locale, persona, createdAt
 *   stages      Y.Map   id -> Y.Map { order, title, window, description, color }
 *   lanes       Y.Map   id -> Y.Map { order, kind, title, color, scores: Y.Map stageId -> -2..2 }
 *   cards       Y.Map   id -> Y.Map { stageId, laneId, order, title: Y.Text, body: Y.Text,
 *                                     channel, owner, emotion, tags, color, link }
 *   notes       Y.Map   id -> Y.Map { x, y, text: Y.Text, color }
 *   connectors  Y.Map   id -> Y.Map { from, to, label }
 *   strategy    Y.Map   id -> Y.Map { sectionId, order, text: Y.Text, stageId }
 *   comments    Y.Map   id -> Y.Map { targetId, author, text, createdAt, resolved }
 *   votes       Y.Map   `${targetId}:${voter}` -> Y.Map { targetId, voter }
 *   session     Y.Map   spotlightStageId, timerEndsAt
 *
 * Presence (cursors, selections, names) lives in awareness, never here.
 */
export const RECORD_ROOTS = ['stages', 'lanes', 'cards', 'notes', 'connectors', 'strategy', 'comments', 'votes'] as const;
export type RecordRoot = (typeof RECORD_ROOTS)[number];

export type RecordMap = Y.Map<unknown>;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function sessionMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('session');
}

export function recordsMap(doc: Y.Doc, root: RecordRoot): Y.Map<RecordMap> {
  return doc.getMap(root);
}

/** Every top-level type, for the undo manager's scope. */
export function allRoots(doc: Y.Doc): Y.Map<unknown>[] {
  return [metaMap(doc), sessionMap(doc), ...RECORD_ROOTS.map((root) => doc.getMap<unknown>(root))];
}

export function getRecord(doc: Y.Doc, root: RecordRoot, id: string): RecordMap | undefined {
  const value = recordsMap(doc, root).get(id);
  return value instanceof Y.Map ? value : undefined;
}
