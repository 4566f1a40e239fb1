/**
 * What a board link lets its holder do, from most to least: each role can do what the ones
 * after it can. The server enforces them (server/updates/roles.ts); the app only reflects them.
 *   owner    manage sharing, rename, trash and restore, delete for good; and all below
 *   edit     change anything on the board
 *   comment  add and reply to comments, resolve them, vote
 *   view     read, and export
 */
export const ROLES = ['owner', 'edit', 'comment', 'view'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` may do what `needed` may. */
export function allows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(needed);
}
