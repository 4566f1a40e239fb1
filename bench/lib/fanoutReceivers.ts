import { parentPort, workerData } from 'node:worker_threads';
import type { WebSocket } from 'ws';
import { isDocumentUpdate, openSocket } from './wire.ts';

/*
 * A worker thread holding a share of the fan-out benchmark's receivers, so that 49 sockets do
 * not queue behind one another on a single event loop. Every document update is stamped on
 * arrival with performance.timeOrigin + performance.now(): worker threads share the process's
 * monotonic clock, so the stamp compares directly with the send time taken in the main thread
 * (checked at start: the worker reports its clock against the main thread's, see fanout.ts).
 */
export interface ReceiversData {
  url: string;
  count: number;
}

/** Main → worker: read your clock now; close the sockets and report. */
export type ReceiversCommand = { type: 'clock' } | { type: 'stop' };
/** Worker → main: 'ready' once every socket is open; the clock reading; then every receiver's arrival stamps. */
export type ReceiversMessage = { type: 'ready' } | { type: 'clock'; at: number } | { type: 'arrivals'; arrivals: Float64Array[] };

const now = () => performance.timeOrigin + performance.now();
const { url, count } = workerData as ReceiversData;
const port = parentPort!;
const sockets = await Promise.all(Array.from({ length: count }, () => openSocket(url)));
const arrivals = sockets.map(() => [] as number[]);
sockets.forEach((ws, r) =>
  ws.on('message', (data: ArrayBuffer) => {
    const at = now();
    if (isDocumentUpdate(new Uint8Array(data))) arrivals[r]!.push(at);
  }),
);
port.on('message', async (command: ReceiversCommand) => {
  if (command.type === 'clock') return port.postMessage({ type: 'clock', at: now() } satisfies ReceiversMessage);
  await Promise.all(sockets.map(close));
  const stamps = arrivals.map((a) => Float64Array.from(a));
  port.postMessage({ type: 'arrivals', arrivals: stamps } satisfies ReceiversMessage, stamps.map((s) => s.buffer));
  port.close();
});
port.postMessage({ type: 'ready' } satisfies ReceiversMessage);

function close(ws: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    ws.once('close', () => resolve());
    ws.close();
  });
}
