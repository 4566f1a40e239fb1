import * as Y from 'yjs';
import { RECORD_KINDS, type RecordKindName } from '../model/index.ts';

/**
 * The one place that names every top-level shared type of a board document.
 *
 * Records are Y.Maps keyed by id (never Y.Arrays): concurrent moves of the same record then
 * resolve to one winner instead of duplicating it. Free text that people type together is a
 * Y.Text; everything else is a plain value, last writer wins.
 *
 *   meta        Y.Map   schemaVersion, title: Y.Text, locale, persona, createdAt
 *   stages      Y.Map   id -> Y.Map { order, title: Y.Text, window: Y.Text, description: Y.Text, color }
 *   lanes       Y.Map   id -> Y.Map { order, kind, title: Y.Text, color, scores: Y.Map stageId -> -2..2,
 *                                     personaId, curve: 'asIs' | 'toBe' }
 *   cards       Y.Map   id -> Y.Map { stageId, laneId, order, title: Y.Text, body: Y.Text,
 *                                     channel, owner, emotion, tags, color, link }
 *   notes       Y.Map   id -> Y.Map { x, y, text: Y.Text, color }
 *   connectors  Y.Map   id -> Y.Map { from, to, label }
 *   strategy    Y.Map   id -> Y.Map { sectionId, order, text: Y.Text, stageId }
 *   comments    Y.Map   id -> Y.Map { targetId, author, text, createdAt, resolved, replyTo }
 *   rounds      Y.Map   id -> Y.Map { title, laneIds, cardIds, budget, onePerCard, openedAt, revealed }
 *   votes       Y.Map   id -> Y.Map { targetId, voter, roundId }: one dot of a round (older boards:
 *                       `${targetId}:${voter}` -> { targetId, voter }, one vote a person a card)
 *   locks       Y.Map   the locked stage's, lane's or card's id -> Y.Map { targetId }
 *   personas    Y.Map   id -> Y.Map { order, name, description, goals, needs, frustrations, quote: Y.Text,
 *                                     color, initials }
 *   session     Y.Map   the workshop: its facilitator, spotlight stage, summons and timer (model/session.ts)
 *
 * Which fields each record holds, and how each is stored, is defined once per kind in src/model
 * (a record's unknown fields from a newer file sit under UNKNOWN_FIELDS_KEY). Presence
 * (cursors, selections, names) lives in awareness, never here.
 */
export type RecordRoot = RecordKindName;
/** The roots that hold records, one per kind of record the model defines. */
export const RECORD_ROOTS = Object.keys(RECORD_KINDS) as RecordRoot[];

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

/**
 * The top-level types a person's undo reaches: the board, not the workshop's session, whose
 * timer, presenting and facilitator are the facilitator's to set and never an edit to take back.
 */
export function undoableRoots(doc: Y.Doc): Y.Map<unknown>[] {
  return [metaMap(doc), ...RECORD_ROOTS.map((root) => doc.getMap<unknown>(root))];
}

export function getRecord(doc: Y.Doc, root: RecordRoot, id: string): RecordMap | undefined {
  const value = recordsMap(doc, root).get(id);
  return value instanceof Y.Map ? value : undefined;
}
