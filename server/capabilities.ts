import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { ROLES, type Role } from '../src/model/roles.ts';

/*
 * A board is reached through links, one per role, each carrying a secret token. The server
 * keeps each token's hash, to know a link when it sees one. So that a link can hand out the
 * weaker ones again from any browser (the owner shares the comment link; a report printed from
 * an edit link carries the view link), it also keeps, per role, the weaker roles' tokens sealed
 * with a key derived from that role's token, which it never stores: a copy of the database
 * hands out no links.
 */

export { ROLES, allows, isRole, type Role } from '../src/model/roles.ts';

export type BoardTokens = Record<Role, string>;

/** Per role, the tokens of the roles below it, sealed with a key only that role's token gives. */
export type Seals = Partial<Record<Role, Uint8Array>>;

/** What the server stores of a board's tokens. */
export interface BoardAccess {
  hashes: BoardTokens;
  seals: Seals;
}

/** 256 random bits, URL-safe: nothing to guess, nothing to escape in a link's fragment. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a token. A fast hash suffices: the token is random, not a password. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new token for each role. */
export function newBoardTokens(): BoardTokens {
  return Object.fromEntries(ROLES.map((role) => [role, newToken()])) as BoardTokens;
}

/** The same tokens, but a new one for `role`. */
export function withNewToken(tokens: BoardTokens, role: Role): BoardTokens {
  return { ...tokens, [role]: newToken() };
}

export function accessOf(boardId: string, tokens: BoardTokens): BoardAccess {
  const hashes = Object.fromEntries(ROLES.map((role) => [role, hashToken(tokens[role])])) as BoardTokens;
  return { hashes, seals: sealAll(boardId, tokens) };
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The roles whose links a role's own link can hand out: those below it. */
export function rolesBelow(role: Role): Role[] {
  return ROLES.slice(ROLES.indexOf(role) + 1);
}

/** The key that seals the links below `role`: only someone holding that role's token has it. */
function linksKey(boardId: string, role: Role, token: string): Buffer {
  return Buffer.from(hkdfSync('sha256', token, `${boardId}:${role}`, 'journeyboard board links', 32));
}

/** Each role's seal of the tokens of the roles below it; the view link seals nothing. */
function sealAll(boardId: string, tokens: BoardTokens): Seals {
  const seals: Seals = {};
  for (const role of ROLES) {
    const below = rolesBelow(role);
    if (below.length === 0) continue;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', linksKey(boardId, role, tokens[role]), iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(below.map((lower) => tokens[lower])), 'utf8'), cipher.final()]);
    seals[role] = new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
  }
  return seals;
}

/**
 * The tokens `token` (the link of `role`) can hand out: its own and those of the roles below
 * it, opened from `sealed`; null when the seal does not open with it.
 */
export function openLinks(boardId: string, role: Role, token: string, sealed: Uint8Array | undefined): Partial<BoardTokens> | null {
  const below = rolesBelow(role);
  if (below.length === 0) return { [role]: token };
  if (!sealed || sealed.byteLength <= IV_BYTES + TAG_BYTES) return null;
  try {
    const bytes = Buffer.from(sealed);
    const decipher = createDecipheriv('aes-256-gcm', linksKey(boardId, role, token), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    const opened: unknown = JSON.parse(text);
    if (!Array.isArray(opened) || opened.length !== below.length || !opened.every((each) => typeof each === 'string')) return null;
    return Object.fromEntries([[role, token], ...below.map((lower, i) => [lower, opened[i] as string])]) as Partial<BoardTokens>;
  } catch {
    return null;
  }
}
