import type { APIRequestContext, Page } from '@playwright/test';
import type { Role } from '../../src/model/roles.ts';

/*
 * Boards open only through their links (a token per role). These helpers hold a board's tokens
 * as its owner would, and build the addresses and headers a person or a client opens it with.
 */

export type BoardTokens = Record<Role, string>;

/** A board the test made: its id, every role's token, and the path that opens it as its owner. */
export interface TestBoard {
  id: string;
  tokens: BoardTokens;
  path: string;
}

/** The address of a board's link, as the Share dialog hands it out (the token in the fragment). */
export function linkPath(boardId: string, token: string): string {
  return `/b/${boardId}#t=${token}`;
}

/** The header every REST board route reads the token from. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/** A new board made through the API, as a script or another tool would. */
export async function createBoard(request: APIRequestContext, data?: { title: string }): Promise<TestBoard> {
  const response = await request.post('/api/boards', data ? { data } : undefined);
  if (response.status() !== 201) throw new Error(`POST /api/boards answered ${response.status()}: ${await response.text()}`);
  const { id, tokens } = (await response.json()) as { id: string; tokens: BoardTokens };
  return { id, tokens, path: linkPath(id, tokens.owner) };
}

/** The token this browser keeps for a board (what the page stored after opening it), or null. */
export function heldToken(page: Page, boardId: string): Promise<string | null> {
  return page.evaluate((id) => {
    const links = JSON.parse(localStorage.getItem('journeyboard.links') ?? '{}') as Record<string, { token?: string }>;
    return links[id]?.token ?? null;
  }, boardId);
}

/** Every role's token of a board, asked of the server with its owner token. */
export async function boardTokens(request: APIRequestContext, boardId: string, ownerToken: string): Promise<BoardTokens> {
  const response = await request.get(`/api/boards/${boardId}/links`, { headers: bearer(ownerToken) });
  if (!response.ok()) throw new Error(`GET /api/boards/${boardId}/links answered ${response.status()}: ${await response.text()}`);
  return ((await response.json()) as { tokens: BoardTokens }).tokens;
}

/** The admin link's token, which the server prints once, on its first start in its data directory. */
export function adminTokenIn(serverOutput: string): string {
  const token = /#admin=([A-Za-z0-9_-]+)/.exec(serverOutput)?.[1];
  if (token === undefined) throw new Error(`the server printed no admin link:\n${serverOutput}`);
  return token;
}
