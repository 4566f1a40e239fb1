import { FACILITATOR_KEY, facilitatorKeyHash } from '../model/facilitator.ts';

const KEY = 'journeyboard.facilitatorKey';

/** The key last read and its hash, so that pages asking on every render hash it once. */
let known: { key: string; hash: string } | null = null;

/**
 * This browser's facilitator key: made once and kept in localStorage, so a facilitator who
 * reloads or reconnects is still the facilitator. It goes to the server when the board
 * connects (session.ts) and never into a board; presence carries only its hash, so that a
 * facilitator can hand the workshop over to someone on the board.
 */
export function ownFacilitatorKey(storage: Storage = localStorage): { key: string; hash: string } {
  let key = read(storage);
  if (key === null || !FACILITATOR_KEY.test(key)) {
    key = base64url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
    try {
      storage.setItem(KEY, key);
    } catch {
      // Storage blocked or full: the key this page made first, kept in memory while it is open.
      key = known?.key ?? key;
    }
  }
  if (known?.key !== key) known = { key, hash: facilitatorKeyHash(key) };
  return known;
}

function read(storage: Storage): string | null {
  try {
    return storage.getItem(KEY);
  } catch {
    return null;
  }
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
