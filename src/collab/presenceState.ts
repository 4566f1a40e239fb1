import { KEY_HASH } from '../model/facilitator.ts';
import { LIMITS } from '../model/limits.ts';
import { isRole, type Role } from '../model/roles.ts';

/**
 * What others see of me: my awareness state (y-protocols), never the document. Its fields:
 *
 *   user       {id: string, name: string, color: '#rrggbb',  who I am; set by openBoardSession.
 *               keyHash: string}                             keyHash: my facilitator key's hash
 *              (src/collab/facilitatorKey.ts), to hand a workshop to.
 *   cursor     {x: number, y: number} | null                  my pointer in FLOW coordinates (React
 *              Flow's space, not the screen), so it lands on the same spot for someone with another
 *              zoom or pan; null (or absent) while my pointer is off the canvas.
 *   selection  string[]                                       React Flow ids of the nodes I have
 *              selected (`card:<id>`, `stage:<id>`…), at most MAX_SELECTION, each sent once.
 *   role       'owner' | 'edit' | 'comment' | 'view'          what my link lets me do. Written by
 *              the server into every state it relays, whatever a client said (server/presence.ts);
 *              a view link's state keeps only user, cursor and viewport.
 *
 * An awareness state is whatever another client sent: any JSON, from an older or newer version,
 * or from a hostile one. So states are read only through the functions below, which look only at
 * own properties, never throw, and read anything unusable as "nothing" (no peer, no cursor, an
 * empty selection).
 */

export const PRESENCE_FIELDS = { user: 'user', cursor: 'cursor', selection: 'selection' } as const;

/** Our own clients never send more; a longer list is not from a Journeyboard client and is ignored whole. */
export const MAX_SELECTION = 200;
/** Node ids are `kind:id`, far shorter than this. */
export const MAX_NODE_ID_LENGTH = 120;
/** Flow coordinates past this are not a real board (and lose precision in CSS transforms). */
export const MAX_COORDINATE = 10_000_000;
const FALLBACK_COLOR = '#64748b';

export interface FlowPoint {
  x: number;
  y: number;
}

export interface Peer {
  clientId: number;
  id: string;
  name: string;
  color: string;
  /** As the server stamped it; null from a server or state without one. */
  role: Role | null;
  /** The hash of the person's facilitator key, which a workshop can be handed to; null if none. */
  keyHash: string | null;
}

export interface PeerPresence extends Peer {
  cursor: FlowPoint | null;
  selection: string[];
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only own properties: a `__proto__` key or an inherited `cursor` must never count. */
function own(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function coordinate(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE ? value : null;
}

/** The person behind a state, or null when it has no usable `user` (then nothing of it is shown). */
export function readPeer(clientId: number, state: unknown): Peer | null {
  const user = own(state, PRESENCE_FIELDS.user);
  const name = own(user, 'name');
  const color = own(user, 'color');
  if (typeof name !== 'string' || typeof color !== 'string') return null;
  const id = own(user, 'id');
  return {
    clientId,
    id: typeof id === 'string' || typeof id === 'number' ? String(id) : String(clientId),
    name: name.slice(0, LIMITS.name) || 'Guest',
    color: /^#[0-9a-f]{6}$/i.test(color) ? color : FALLBACK_COLOR,
    role: isRole(own(state, 'role')) ? (own(state, 'role') as Role) : null,
    keyHash: typeof own(user, 'keyHash') === 'string' && KEY_HASH.test(own(user, 'keyHash') as string) ? (own(user, 'keyHash') as string) : null,
  };
}

export function readCursor(state: unknown): FlowPoint | null {
  const cursor = own(state, PRESENCE_FIELDS.cursor);
  const x = coordinate(own(cursor, 'x'));
  const y = coordinate(own(cursor, 'y'));
  return x === null || y === null ? null : { x, y };
}

/** Valid, distinct node ids in the order given, at most MAX_SELECTION of them. */
export function cleanSelection(ids: readonly unknown[]): string[] {
  const kept = new Set<string>();
  for (const id of ids) {
    if (kept.size === MAX_SELECTION) break;
    if (typeof id === 'string' && id.length > 0 && id.length <= MAX_NODE_ID_LENGTH) kept.add(id);
  }
  return [...kept];
}

export function readSelection(state: unknown): string[] {
  const selection = own(state, PRESENCE_FIELDS.selection);
  if (!Array.isArray(selection) || selection.length > MAX_SELECTION) return [];
  return cleanSelection(selection);
}

/** Everything one awareness state says, or null when it has no usable `user`. */
export function readPresence(clientId: number, state: unknown): PeerPresence | null {
  const peer = readPeer(clientId, state);
  return peer && { ...peer, cursor: readCursor(state), selection: readSelection(state) };
}

export function samePoint(a: FlowPoint | null, b: FlowPoint | null): boolean {
  return a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y);
}

export function sameSelection(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
