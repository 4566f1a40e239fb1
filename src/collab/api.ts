import type { SavedTemplate, Repair } from '../file/index.ts';
import { asLocale, translatorFor, type Translate } from '../i18n/index.ts';
import { asProblem, problemText, type Problem } from '../i18n/problem.ts';
import type { Board, Role } from '../model/index.ts';
import { adminToken, holdLink } from './links.ts';
import { readPreview } from './preview.ts';

/**
 * The server's REST API, as the app uses it. Every failure is an ApiError naming its problem,
 * which the page words from its catalogue (errorText), in its own language.
 */
export interface BoardInfo {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  /** What the link the request carried lets its holder do. */
  role: Role;
}

/** A board's four tokens, or those of the roles below the link that asked. */
export type BoardTokens = Partial<Record<Role, string>>;

export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    readonly status: number,
  ) {
    // Worded in the page's language at the time, for a caller that shows only `message`.
    super(problemText(problem, translatorFor(asLocale(globalThis.document?.documentElement.lang))));
  }
}

/** What went wrong, worded in the language of `t`: an ApiError by its problem, anything else by its message. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) return problemText(error.problem, t);
  return error instanceof Error ? error.message : String(error);
}

/** The header that carries a link's token: the server reads no other. */
export function authorization(token: string | null): Record<string, string> {
  return token === null ? {} : { authorization: `Bearer ${token}` };
}

/** A JSON request to the API with a link's token; an answer that is not 2xx throws its ApiError. */
export function request<T>(path: string, init?: RequestInit, token: string | null = null): Promise<T> {
  return answer(fetch(path, { ...init, headers: { 'content-type': 'application/json', ...authorization(token), ...init?.headers } }));
}

export const boardRoute = (id: string, rest = '') => `/api/boards/${encodeURIComponent(id)}${rest}`;

async function answer<T>(sent: Promise<Response>): Promise<T> {
  let response: Response;
  try {
    response = await sent;
  } catch {
    throw new ApiError({ code: 'unreachable' }, 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    // The server sends a code beside its English sentence; one that names no code we know (a
    // proxy's page, a newer server) is still an error, said by its status.
    const { code, values } = (body ?? {}) as { code?: unknown; values?: unknown };
    throw new ApiError(asProblem(code, values) ?? { code: 'serverAnswered', values: { status: response.status } }, response.status);
  }
  return body as T;
}

declare global {
  interface Window {
    /** Asked by index.html before the app's code has loaded; taken once. */
    earlyBoardInfo?: { id: string; token: string; response: Promise<Response> };
    /** The board's preview, asked for alongside its state; taken once. */
    earlyBoardPreview?: { id: string; token: string; response: Promise<Response> };
  }
}

/**
 * The answer index.html asked for while the app's code loaded, if it is for this board and was
 * asked with the same link's token; taken once.
 */
function takeEarly(name: 'earlyBoardInfo' | 'earlyBoardPreview', id: string, token: string | null): Promise<Response> | undefined {
  const early = window[name];
  delete window[name];
  return early?.id === id && early.token === token ? early.response : undefined;
}

/** A board's state. The first call of a page load may take the answer index.html asked for; later calls ask anew. */
export function fetchBoardInfo(id: string, token: string | null): Promise<BoardInfo> {
  const early = takeEarly('earlyBoardInfo', id, token);
  return early ? answer(early) : request(boardRoute(id), undefined, token);
}

/**
 * The board as the server last saved it (see server/preview.ts), to paint while the live
 * document loads. `null` when there is no current preview or it cannot be read: the page then
 * simply waits for the live document. With `any`, for a thumbnail, the server draws one for a
 * board that keeps none.
 */
export async function fetchBoardPreview(id: string, token: string | null, any = false): Promise<Board | null> {
  try {
    const early = any ? undefined : takeEarly('earlyBoardPreview', id, token);
    const response = await (early ?? fetch(boardRoute(id, any ? '/preview?any=1' : '/preview'), { headers: authorization(token) }));
    if (response.status !== 200) return null;
    return readPreview(await response.text());
  } catch {
    return null;
  }
}

export function restoreBoard(id: string, token: string): Promise<BoardInfo> {
  return request(boardRoute(id, '/restore'), { method: 'POST' }, token);
}

export function trashBoard(id: string, token: string): Promise<BoardInfo> {
  return request(boardRoute(id), { method: 'DELETE' }, token);
}

export function deleteBoardForGood(id: string, token: string): Promise<unknown> {
  return request(boardRoute(id, '/forever'), { method: 'DELETE' }, token);
}

export function renameBoard(id: string, token: string, title: string): Promise<BoardInfo> {
  return request(boardRoute(id), { method: 'PATCH', body: JSON.stringify({ title }) }, token);
}

/** The links the token can hand out: its own and those of the roles below it. */
export async function fetchLinks(id: string, token: string): Promise<BoardTokens> {
  return (await request<{ tokens: BoardTokens }>(boardRoute(id, '/links'), undefined, token)).tokens;
}

/** A new token for `role` (owner only); the old one opens nothing from now on. Answers all four. */
export async function rotateLink(id: string, token: string, role: Role): Promise<BoardTokens> {
  return (await request<{ tokens: BoardTokens }>(boardRoute(id, `/links/${role}/rotate`), { method: 'POST' }, token)).tokens;
}

/** A new board's id and tokens: the creator's browser keeps the owner's. */
export interface CreatedBoard {
  id: string;
  tokens: Record<Role, string>;
}

/**
 * Creates a board from a Journeyboard file's text; the server validates it as any import. This
 * browser keeps the new board's owner link: its answer is the only time the server gives it out.
 */
export async function importBoard(fileText: string): Promise<CreatedBoard & { repairs: Repair[] }> {
  const created = await request<CreatedBoard & { repairs: Repair[] }>('/api/boards/import', { method: 'POST', body: fileText });
  holdLink(created.id, { role: 'owner', token: created.tokens.owner });
  return created;
}

/* The team's templates are managed with the server's admin link (links.ts). */

export async function listSavedTemplates(): Promise<SavedTemplate[]> {
  return (await request<{ templates: SavedTemplate[] }>('/api/templates', undefined, adminToken())).templates;
}

export async function fetchSavedTemplateFile(id: string): Promise<string> {
  return JSON.stringify(await request<unknown>(`/api/templates/${encodeURIComponent(id)}`, undefined, adminToken()));
}

export function saveTemplate(name: string, file: unknown): Promise<SavedTemplate> {
  return request('/api/templates', { method: 'POST', body: JSON.stringify({ name, file }) }, adminToken());
}

export function deleteSavedTemplate(id: string): Promise<unknown> {
  return request(`/api/templates/${encodeURIComponent(id)}`, { method: 'DELETE' }, adminToken());
}
