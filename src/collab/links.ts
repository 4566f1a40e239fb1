import { allows, isRole, type Role } from '../model/roles.ts';

/*
 * The board links this browser holds: a role and its token per board, and the server's admin
 * link. A link arrives in an address's fragment (`/b/<id>#t=<token>`), which browsers never send
 * to a server or in a Referer; the page keeps it here and takes it out of the address bar, so
 * that copying the address hands out nothing (sharing is the Share dialog's).
 */

export interface BoardLink {
  role: Role;
  token: string;
}

const BOARDS_KEY = 'journeyboard.links';
const ADMIN_KEY = 'journeyboard.adminLink';
const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;

/** The token in an address's fragment (`#t=…`, or `#admin=…` for the admin link). */
export function tokenInFragment(hash: string, name: 't' | 'admin' = 't'): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get(name);
  return token !== null && TOKEN.test(token) ? token : null;
}

/** The address of a board's link, as it is handed out. */
export function linkAddress(origin: string, boardId: string, token: string): string {
  return `${origin}/b/${encodeURIComponent(boardId)}#t=${token}`;
}

function readAll(storage: Storage): Record<string, BoardLink> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(BOARDS_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const links: Record<string, BoardLink> = {};
    for (const [id, link] of Object.entries(parsed as Record<string, unknown>)) {
      const { role, token } = (link ?? {}) as Partial<BoardLink>;
      if (isRole(role) && typeof token === 'string' && TOKEN.test(token)) links[id] = { role, token };
    }
    return links;
  } catch {
    return {};
  }
}

export function heldLink(boardId: string, storage: Storage = localStorage): BoardLink | undefined {
  return Object.hasOwn(readAll(storage), boardId) ? readAll(storage)[boardId] : undefined;
}

/**
 * Keeps `link` for the board, unless this browser holds a stronger one: opening a board's view
 * link to see what others see must not cost its owner the owner link.
 */
export function holdLink(boardId: string, link: BoardLink, storage: Storage = localStorage): void {
  const links = readAll(storage);
  const held = links[boardId];
  if (held && held.token !== link.token && held.role !== link.role && allows(held.role, link.role)) return;
  links[boardId] = link;
  storage.setItem(BOARDS_KEY, JSON.stringify(links));
}

export function forgetLink(boardId: string, storage: Storage = localStorage): void {
  const links = readAll(storage);
  delete links[boardId];
  storage.setItem(BOARDS_KEY, JSON.stringify(links));
}

export function adminToken(storage: Storage = localStorage): string | null {
  const token = storage.getItem(ADMIN_KEY);
  return token !== null && TOKEN.test(token) ? token : null;
}

export function holdAdminToken(token: string | null, storage: Storage = localStorage): void {
  if (token === null) storage.removeItem(ADMIN_KEY);
  else storage.setItem(ADMIN_KEY, token);
}
