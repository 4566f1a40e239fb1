import type { DecodedStruct, DecodedUpdate, StructId } from './decode.ts';
import { UpdateError } from './reader.ts';

/**
 * Whether the whole update can be integrated into a document at `state` (each client's next
 * clock there), refused otherwise. Yjs keeps an update's structs whose dependencies it lacks
 * as pending, and retries them on every later update; a delete of a range it does not hold
 * waits the same way. A sender could fill a room's memory with such waiting data and slow
 * every edit after it, so the server takes only updates that integrate at once and in full.
 *
 * This replays Yjs's order: each client's structs in clock order, a struct only once its own
 * client has reached its clock and everything it names (left and right neighbours, parent)
 * exists. Returns each client's state after the update.
 */
export function checkDependencies(update: DecodedUpdate, state: (client: number) => number): Map<number, number> {
  const after = new Map<number, number>();
  const clockOf = (client: number) => after.get(client) ?? state(client);
  const queues = [...update.structs.values()].map((structs) => ({ structs, next: 0 }));

  let progress = true;
  let remaining = queues.length;
  while (progress && remaining > 0) {
    progress = false;
    remaining = 0;
    for (const queue of queues) {
      while (queue.next < queue.structs.length) {
        const struct = queue.structs[queue.next]!;
        const reached = clockOf(struct.client);
        if (struct.kind !== 'skip') {
          if (reached < struct.clock || !dependenciesMet(struct, clockOf)) break;
          if (reached < struct.clock + struct.length) after.set(struct.client, struct.clock + struct.length);
        }
        queue.next++;
        progress = true;
      }
      if (queue.next < queue.structs.length) remaining++;
    }
  }
  if (remaining > 0) throw new UpdateError('it depends on edits this board does not have');

  for (const [client, ranges] of update.deletes) {
    const reached = clockOf(client);
    for (const [clock, length] of ranges) {
      if (clock + length > reached) throw new UpdateError('it deletes what this board does not have');
    }
  }
  return after;
}

function dependenciesMet(struct: DecodedStruct, clockOf: (client: number) => number): boolean {
  if (struct.kind !== 'item') return true;
  return [struct.origin, struct.rightOrigin, struct.parentId].every((id) => id === null || exists(id, struct.client, struct.clock, clockOf));
}

function exists(id: StructId, client: number, clock: number, clockOf: (client: number) => number): boolean {
  // Yjs does not wait for its own client's structs: they must come before this one.
  if (id.client === client) {
    if (id.clock >= clock) throw new UpdateError('an edit refers to a later edit of its own author');
    return true;
  }
  return id.clock < clockOf(id.client);
}
