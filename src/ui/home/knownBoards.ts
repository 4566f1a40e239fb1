/**
 * The boards this browser has opened, newest first. A board belongs to whoever has its link,
 * so the list is per browser (localStorage), not an account's.
 */
export interface KnownBoard {
  id: string;
  title: string;
  lastOpened: number;
}

const KEY = 'journeyboard.knownBoards';
const MAX = 200;

export function loadKnownBoards(storage: Storage = localStorage): KnownBoard[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((b): b is KnownBoard => typeof b?.id === 'string' && typeof b.title === 'string' && Number.isFinite(b.lastOpened))
      .sort((a, b) => b.lastOpened - a.lastOpened);
  } catch {
    return [];
  }
}

function save(boards: KnownBoard[], storage: Storage): void {
  storage.setItem(KEY, JSON.stringify(boards.slice(0, MAX)));
}

export function rememberBoard(id: string, title: string, storage: Storage = localStorage, now = Date.now()): void {
  const others = loadKnownBoards(storage).filter((b) => b.id !== id);
  save([{ id, title, lastOpened: now }, ...others], storage);
}

/** Keeps a known board's title current without counting as an opening. */
export function updateKnownTitle(id: string, title: string, storage: Storage = localStorage): void {
  const boards = loadKnownBoards(storage);
  const board = boards.find((b) => b.id === id);
  if (!board || board.title === title) return;
  board.title = title;
  save(boards, storage);
}

export function forgetBoard(id: string, storage: Storage = localStorage): void {
  save(loadKnownBoards(storage).filter((b) => b.id !== id), storage);
}
