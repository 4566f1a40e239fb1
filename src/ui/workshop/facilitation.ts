import type { Peer } from '../../collab/presence.ts';
import { leadsWorkshop } from '../../model/facilitator.ts';
import type { Role, WorkshopSession } from '../../model/index.ts';

/** Who facilitates the workshop as this person sees it, and what they may do about it. */
export interface Facilitation {
  /** 'none' when no one facilitates; 'me' when this browser holds the facilitator's key. */
  by: 'none' | 'me' | 'other';
  /** The facilitator's name, as they gave it when they took the workshop. */
  name: string;
  /** Whether anyone with the facilitator's key is on the board now (always, for 'me'). */
  here: boolean;
  /** This person may change the workshop: its facilitator, or the board's owner. */
  leads: boolean;
  /** This person may make themselves facilitator: no one is, the facilitator left, or they own the board. */
  mayTake: boolean;
  /** People on the board a facilitator may hand the workshop to: they can edit and have a key. */
  handOverTo: Peer[];
}

/**
 * Mirrors the server's rule (server/updates/facilitation.ts) so the page offers only what the
 * server will take. A peer's key hash comes from presence, which anyone can claim: it decides
 * what is offered, never what is allowed.
 */
export function facilitationOf(session: Pick<WorkshopSession, 'facilitatorKeyHash' | 'facilitatorName'>, peers: readonly Peer[], me: { keyHash: string; role: Role }): Facilitation {
  const hash = session.facilitatorKeyHash;
  const by = hash === '' ? 'none' : hash === me.keyHash ? 'me' : 'other';
  const here = by === 'me' || (by === 'other' && peers.some((peer) => peer.keyHash === hash));
  const mayEdit = me.role === 'owner' || me.role === 'edit';
  const leads = leadsWorkshop(me.role, hash, me.keyHash);
  const handOverTo = leads ? uniqueByKey(peers.filter((peer) => peer.keyHash !== null && peer.keyHash !== me.keyHash && (peer.role === 'owner' || peer.role === 'edit'))) : [];
  return { by, name: session.facilitatorName, here, leads, mayTake: mayEdit && by !== 'me' && (by === 'none' || !here || me.role === 'owner'), handOverTo };
}

/** One entry per browser: a person with two tabs open is offered once. */
function uniqueByKey(peers: Peer[]): Peer[] {
  const seen = new Set<string>();
  return peers.filter((peer) => !seen.has(peer.keyHash!) && seen.add(peer.keyHash!));
}
