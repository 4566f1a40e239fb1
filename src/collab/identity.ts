import { LIMITS } from '../model/limits.ts';

/**
 * Who I am on this browser: a display name picked once, and a presence colour. Kept in
 * localStorage; it is not part of any board.
 */
export interface Identity {
  id: string;
  name: string;
  color: string;
}

const KEY = 'journeyboard.identity';

/** Presence colours: saturated enough to read as a cursor on white, distinct from each other. */
export const PRESENCE_COLORS = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#dc2626', '#0891b2', '#65a30d'];

export function loadIdentity(storage: Storage = localStorage): Identity | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
    if (!parsed || typeof parsed !== 'object') return null;
    const { id, name, color } = parsed as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof color !== 'string' || !name.trim()) return null;
    return { id, name, color };
  } catch {
    return null;
  }
}

export function saveIdentity(name: string, storage: Storage = localStorage): Identity {
  const previous = loadIdentity(storage);
  const id = previous?.id ?? globalThis.crypto.getRandomValues(new Uint32Array(2)).join('');
  const color = previous?.color ?? PRESENCE_COLORS[Number(id.slice(-3)) % PRESENCE_COLORS.length]!;
  const identity = { id, name: name.trim().slice(0, LIMITS.name), color };
  storage.setItem(KEY, JSON.stringify(identity));
  return identity;
}
