import { digest } from 'lib0/hash/sha256';

/*
 * Who placed a dot. People have no accounts, so a voter is the browser key the page connects
 * with (src/collab/facilitatorKey.ts), hashed with a prefix of its own: the server computes the
 * same id from the key a socket sent and lets it place and take back only dots of that voter
 * (server/updates/dots.ts). It is not the key's plain hash, which presence shows, so a board's
 * dots cannot be matched to the people on it.
 */
const PREFIX = 'journeyboard dot voter\u0000';

/** The voter id of a browser key: SHA-256 of the prefix and the key, in lowercase hex. */
export function voterIdOf(key: string): string {
  return Array.from(digest(new TextEncoder().encode(PREFIX + key)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
