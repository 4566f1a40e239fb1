import type * as Y from 'yjs';
import { leadsWorkshop } from '../../src/model/facilitator.ts';
import { SESSION } from '../../src/model/index.ts';
import type { Role } from '../capabilities.ts';
import type { DecodedItem } from './decode.ts';
import type { Place } from './places.ts';
import { RoleRefused } from './roles.ts';
import type { UpdateInDoc } from './updateInDoc.ts';

/*
 * Who may change the workshop's session (src/model/session.ts): the owner, and the socket that
 * proved it holds the facilitator's key (it sent the key when it connected, and the session
 * holds the key's hash). Anyone who may edit may make themselves facilitator when no one is,
 * or when no socket of the facilitator's is on the board any more, so a workshop is never
 * stuck behind a laptop that left. While `timerOpenToAll` is set, the timer's own fields are open
 * to everyone who may edit. Everything is judged against the session as it stands before the
 * update: an update cannot open the timer for itself.
 */

/** The socket sending an update, as the workshop knows it. */
export interface SessionWriter {
  /** The hash of the key the socket connected with; null when it gave none. */
  keyHash: string | null;
  /** Whether a socket connected with the key of this hash is on the board now. */
  isOnBoard(keyHash: string): boolean;
  /** The voter id its key gives (src/model/voter.ts): whose dots it may place and take back. */
  voterId?: string | null;
}

const FACILITATOR_KEY_HASH = 'facilitatorKeyHash';
/** The timer's own fields, which `timerOpenToAll` opens; the flag itself stays the facilitator's. */
const TIMER_FIELDS = new Set(['timerEndsAt', 'timerPausedMs', 'timerLengthMs']);

/** Whether the board's workshop has a facilitator: a session ends when it no longer has one. */
export function isFacilitated(doc: Y.Doc): boolean {
  const hash = doc.getMap<unknown>(SESSION.root).get(FACILITATOR_KEY_HASH);
  return typeof hash === 'string' && hash !== '';
}

export function checkFacilitation(doc: Y.Doc, { added: items, places, deleted: deletions }: UpdateInDoc, role: Role, writer: SessionWriter): void {
  const session = doc.getMap<unknown>(SESSION.root);
  const current = session.get(FACILITATOR_KEY_HASH);
  if (leadsWorkshop(role, current, writer.keyHash)) return;
  const written = sessionKeysWritten(doc, items, places, deletions);
  if (written.keys.size === 0) return;
  const facilitator = typeof current === 'string' && current !== '' ? current : null;
  const timerOnly = [...written.keys].every((key) => TIMER_FIELDS.has(key));
  if (timerOnly && session.get('timerOpenToAll') === true) return;
  // Taking the workshop: writing one's own key's hash, when no one holds it or its holder left.
  const vacant = facilitator === null || !writer.isOnBoard(facilitator);
  if (vacant && writer.keyHash !== null && written.newFacilitator === writer.keyHash) return;
  throw new RoleRefused({ code: 'facilitatorOnly' });
}

/** The session keys an update sets or deletes, and the facilitator key hash it sets, if any. */
function sessionKeysWritten(doc: Y.Doc, items: readonly DecodedItem[], places: Map<DecodedItem, Place>, deletions: readonly Y.Item[]) {
  const keys = new Set<string>();
  let newFacilitator: string | null = null;
  for (const item of items) {
    const place = places.get(item);
    if (place?.slot.t !== 'part' || place.slot.kind.root !== SESSION.root || place.sub === null) continue;
    keys.add(place.sub);
    if (place.sub === FACILITATOR_KEY_HASH && item.content.kind === 'any') {
      const value = item.content.values[0];
      newFacilitator = typeof value === 'string' ? value : null;
    }
  }
  const session = doc.share.get(SESSION.root);
  deletions.forEach((deleted) => {
    if (session !== undefined && deleted.parent === session && deleted.parentSub !== null) keys.add(deleted.parentSub);
  });
  return { keys, newFacilitator };
}
