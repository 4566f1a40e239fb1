import * as Y from 'yjs';
import { recordsMap } from '../layout.ts';

/**
 * Removes connectors, comments and locks that point at records which are gone. Dots stay: they
 * are their voters' own (only a voter takes one back), and a dot on a deleted card counts for
 * nothing (model/dotCount.ts) until an undo brings the card back.
 */
export function removeReferencesTo(doc: Y.Doc, ids: ReadonlySet<string>): void {
  const connectors = recordsMap(doc, 'connectors');
  for (const [id, c] of connectors) {
    if (c instanceof Y.Map && (ids.has(String(c.get('from'))) || ids.has(String(c.get('to'))))) connectors.delete(id);
  }
  const comments = recordsMap(doc, 'comments');
  for (const [id, comment] of comments) {
    if (comment instanceof Y.Map && ids.has(String(comment.get('targetId')))) comments.delete(id);
  }
  // A lock is kept under its record's id (model/lock.ts).
  const locks = recordsMap(doc, 'locks');
  for (const id of ids) if (locks.has(id)) locks.delete(id);
}

/**
 * Deletes a stage or lane together with the cards in it (and what points at those cards), as
 * one undo step. A card someone else adds there at the same moment survives as unplaced.
 */
export function deleteWithCards(doc: Y.Doc, root: 'stages' | 'lanes', id: string): void {
  const field = root === 'stages' ? 'stageId' : 'laneId';
  const cards = recordsMap(doc, 'cards');
  const gone = new Set<string>();
  for (const [cardId, card] of cards) {
    if (card instanceof Y.Map && card.get(field) === id) gone.add(cardId);
  }
  for (const cardId of gone) cards.delete(cardId);
  // The stage's or lane's own comment threads, and its lock, go with it, as its cards' do.
  removeReferencesTo(doc, new Set([...gone, id]));
  recordsMap(doc, root).delete(id);
}
