// Ids come from crypto.getRandomValues, which (unlike crypto.randomUUID) also works on a
// plain-http LAN address, where workshop rooms often serve the app.
const ALPHABET = '0123456789abcdefghijklmnopqrstuv'; // 32 symbols: a byte & 31 has no bias

export function newId(length = 10): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return id;
}

/** Board ids are capability-like (80 bits) until access tokens arrive. */
export function newBoardId(): string {
  return newId(16);
}

const BOARD_ID = /^[a-z0-9]{8,32}$/;

export function isBoardId(value: unknown): value is string {
  return typeof value === 'string' && BOARD_ID.test(value);
}
