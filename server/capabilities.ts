import { createHash, randomBytes } from 'node:crypto';

/*
 * A board is reached through links, one per role, each carrying a secret token. The server
 * keeps only each token's hash: a copy of the database hands out no links.
 */

/** From most to least: each role can do what the ones after it can. */
export const ROLES = ['owner', 'edit', 'comment', 'view'] as const;
export type Role = (typeof ROLES)[number];

export type BoardTokens = Record<Role, string>;

/** 256 random bits, URL-safe: nothing to guess, nothing to escape in a link's fragment. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a token. A fast hash suffices: the token is random, not a password. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new token for each role, and their hashes for storing. */
export function newBoardTokens(): { tokens: BoardTokens; hashes: BoardTokens } {
  const tokens = Object.fromEntries(ROLES.map((role) => [role, newToken()])) as BoardTokens;
  const hashes = Object.fromEntries(ROLES.map((role) => [role, hashToken(tokens[role])])) as BoardTokens;
  return { tokens, hashes };
}

/** Whether `role` may do what `needed` may. */
export function allows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(needed);
}
