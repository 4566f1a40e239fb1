import { digest } from 'lib0/hash/sha256';
import type { Role } from './roles.ts';

/*
 * Who facilitates a workshop. People have no accounts, so a browser proves it is the
 * facilitator with a secret key of its own, sent to the server when it connects; the board's
 * session holds only the key's hash, which every copy may read. The server lets the socket
 * whose key hashes to it change the workshop (server/updates/facilitation.ts). lib0's SHA-256
 * works where the browser's crypto.subtle does not (a board opened over plain http).
 */

/** A key as a browser makes it: 32 random bytes in base64url. Anything else is no key. */
export const FACILITATOR_KEY = /^[A-Za-z0-9_-]{43}$/;

/** The hash a session stores for a key: SHA-256, in lowercase hex. */
export function facilitatorKeyHash(key: string): string {
  return Array.from(digest(new TextEncoder().encode(key)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A hash as a session may hold it: 64 lowercase hex digits. */
export const KEY_HASH = /^[0-9a-f]{64}$/;

/**
 * Whether someone leads the workshop: the board's owner, or an editor whose key is the
 * facilitator's. Only they change the workshop and what is locked. The server judges a socket
 * by the key it connected with, the page judges itself by its own key: one rule for both.
 */
export function leadsWorkshop(role: Role, facilitatorKeyHash: unknown, keyHash: string | null): boolean {
  if (role === 'owner') return true;
  return role === 'edit' && keyHash !== null && typeof facilitatorKeyHash === 'string' && facilitatorKeyHash !== '' && facilitatorKeyHash === keyHash;
}
