/*
 * A version never changes once saved, so its Journeyboard file is made once: reading a big
 * board's state and writing it out takes the event loop for a while, and a history panel asks
 * for every version it shows (its miniature), from every laptop that opens it. The files most
 * recently asked for are kept, up to a budget of bytes.
 */

const BUDGET_BYTES = 32 * 1024 * 1024;

const kept = new Map<string, string>();
let keptBytes = 0;

/** The version's file as text, made by `make` the first time (undefined: there is no such version, and nothing is kept). */
export async function versionFile(boardId: string, versionId: string, make: () => Promise<string | undefined>): Promise<string | undefined> {
  const key = `${boardId}/${versionId}`;
  const hit = kept.get(key);
  if (hit !== undefined) {
    // Asked again: the newest in the Map's order, the last to go.
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const text = await make();
  if (text === undefined || text.length * 2 > BUDGET_BYTES) return text;
  kept.set(key, text);
  keptBytes += text.length * 2;
  for (const [oldest, file] of kept) {
    if (keptBytes <= BUDGET_BYTES) break;
    kept.delete(oldest);
    keptBytes -= file.length * 2;
  }
  return text;
}
