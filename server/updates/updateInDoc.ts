import * as Y from 'yjs';
import type { DecodedItem, DecodedUpdate } from './decode.ts';
import type { Place } from './places.ts';

/**
 * An update as the checks read it against the room's document: the update, the items it adds
 * and where each lands, and the document's items it deletes, worked out once for all of them.
 */
export interface UpdateInDoc {
  update: DecodedUpdate;
  added: readonly DecodedItem[];
  places: Map<DecodedItem, Place>;
  deleted: readonly Y.Item[];
}

/**
 * The items of the document that the update's delete set would delete and that are not deleted
 * yet. Ranges past the document's state are the update's own new items, whose places are
 * checked as additions.
 */
export function liveDeleted(doc: Y.Doc, update: DecodedUpdate): Y.Item[] {
  const out: Y.Item[] = [];
  for (const [client, ranges] of update.deletes) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    const known = Y.getState(doc.store, client);
    for (const [clock, length] of ranges) {
      const end = Math.min(clock + length, known);
      if (clock >= end) continue;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i]!;
        if (struct.id.clock >= end) break;
        if (struct instanceof Y.Item && !struct.deleted) out.push(struct);
      }
    }
  }
  return out;
}
