import type { SavedTemplate } from '../file/index.ts';
import type { Board } from '../model/index.ts';
import { readPreview } from './preview.ts';

/** The server's REST API, as the app uses it. Every failure is an Error with a readable message. */
export interface BoardInfo {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function request<T>(path: string, init?: RequestInit): Promise<T> {
  return answer(fetch(path, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } }));
}

async function answer<T>(sent: Promise<Response>): Promise<T> {
  let response: Response;
  try {
    response = await sent;
  } catch {
    throw new ApiError('The server cannot be reached. Check your connection and try again.', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: unknown } | null)?.error;
    throw new ApiError(typeof message === 'string' ? message : `The server answered ${response.status}.`, response.status);
  }
  return body as T;
}

declare global {
  interface Window {
    /** Asked by index.html before the app's code has loaded; taken once. */
    earlyBoardInfo?: { id: string; response: Promise<Response> };
    /** The board's preview, asked for alongside its state; taken once. */
    earlyBoardPreview?: { id: string; response: Promise<Response> };
  }
}

/** The answer index.html asked for while the app's code loaded, if it is for this board; taken once. */
function takeEarly(name: 'earlyBoardInfo' | 'earlyBoardPreview', id: string): Promise<Response> | undefined {
  const early = window[name];
  delete window[name];
  return early?.id === id ? early.response : undefined;
}

/** A board's state. The first call of a page load may take the answer index.html asked for; later calls ask anew. */
export function fetchBoardInfo(id: string): Promise<BoardInfo> {
  const early = takeEarly('earlyBoardInfo', id);
  return early ? answer(early) : request(`/api/boards/${encodeURIComponent(id)}`);
}

/**
 * The board as the server last saved it (see server/preview.ts), to paint while the live
 * document loads. `null` when there is no current preview or it cannot be read: the page then
 * simply waits for the live document.
 */
export async function fetchBoardPreview(id: string): Promise<Board | null> {
  try {
    const response = await (takeEarly('earlyBoardPreview', id) ?? fetch(`/api/boards/${encodeURIComponent(id)}/preview`));
    if (response.status !== 200) return null;
    return readPreview(await response.text());
  } catch {
    return null;
  }
}

export function restoreBoard(id: string): Promise<BoardInfo> {
  return request(`/api/boards/${encodeURIComponent(id)}/restore`, { method: 'POST' });
}

/** Creates a board from a Journeyboard file's text; the server validates it as any import. */
export function importBoard(fileText: string): Promise<{ id: string; repairs: string[] }> {
  return request('/api/boards/import', { method: 'POST', body: fileText });
}

export async function listSavedTemplates(): Promise<SavedTemplate[]> {
  return (await request<{ templates: SavedTemplate[] }>('/api/templates')).templates;
}

export async function fetchSavedTemplateFile(id: string): Promise<string> {
  return JSON.stringify(await request<unknown>(`/api/templates/${encodeURIComponent(id)}`));
}

export function saveTemplate(name: string, file: unknown): Promise<SavedTemplate> {
  return request('/api/templates', { method: 'POST', body: JSON.stringify({ name, file }) });
}

export function deleteSavedTemplate(id: string): Promise<unknown> {
  return request(`/api/templates/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
