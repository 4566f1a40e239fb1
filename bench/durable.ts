import * as Y from 'yjs';
import { createBoard, syncUrl } from './lib/boards.ts';
import type { BenchContext } from './lib/context.ts';
import { round } from './lib/stats.ts';
import { isDocumentUpdate, openSocket, updateFrame } from './lib/wire.ts';

/*
 * Issue 7, benchmark 5: durable writes. The server commits each update to SQLite (WAL) before
 * it relays it, so an update a second client receives has been stored. With 1, 10 and 100
 * boards active at once, each board's writer keeps 8 updates in flight and the reader counts
 * what arrives: updates stored per second, all boards together.
 */
const WINDOW = 8;
const DURATION_MS = Number(process.env.DURABLE_MS ?? 10_000);

/** Updates stored per second on the server at `serverUrl`, `boards` boards written at once. */
export async function throughput(serverUrl: string, boards: number): Promise<number> {
  const made = await Promise.all(Array.from({ length: boards }, () => createBoard(serverUrl)));
  let stored = 0;
  let running = true;
  const sockets = await Promise.all(
    made.map(async (board) => {
      const url = syncUrl(serverUrl, board);
      const [writer, reader] = await Promise.all([openSocket(url), openSocket(url)]);
      const doc = new Y.Doc();
      // A field a board has, set again and again (the server refuses keys a board does not name).
      const session = doc.getMap('session');
      let n = 0;
      const sendOne = () => {
        let update: Uint8Array | null = null;
        const take = (u: Uint8Array) => (update = u);
        doc.once('update', take);
        session.set('timerEndsAt', n++);
        writer.send(updateFrame(update!));
      };
      reader.on('message', (data: ArrayBuffer) => {
        if (!isDocumentUpdate(new Uint8Array(data))) return;
        stored++;
        if (running) sendOne();
      });
      return { writer, reader, doc, start: () => Array.from({ length: WINDOW }, sendOne) };
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  const before = stored;
  sockets.forEach((s) => s.start());
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, DURATION_MS));
  const count = stored - before;
  const seconds = (performance.now() - started) / 1000;
  running = false;
  for (const s of sockets) {
    s.writer.close();
    s.reader.close();
    s.doc.destroy();
  }
  return count / seconds;
}

export async function durableBench(context: BenchContext) {
  const results: Record<string, number> = {};
  for (const boards of [1, 10, 100]) results[`boards${boards}`] = round(await throughput(context.serverUrl, boards));
  return { updatesStoredPerSecond: results, inFlightPerBoard: WINDOW, durationMsEach: DURATION_MS, storage: 'SQLite, WAL, synchronous=NORMAL' };
}
