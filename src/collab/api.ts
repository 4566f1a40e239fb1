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

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
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

export function createBoard(title?: string): Promise<{ id: string }> {
  return request('/api/boards', { method: 'POST', body: JSON.stringify(title ? { title } : {}) });
}

export function fetchBoardInfo(id: string): Promise<BoardInfo> {
  return request(`/api/boards/${encodeURIComponent(id)}`);
}

export function restoreBoard(id: string): Promise<BoardInfo> {
  return request(`/api/boards/${encodeURIComponent(id)}/restore`, { method: 'POST' });
}
