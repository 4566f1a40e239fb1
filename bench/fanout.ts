import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createBoard, syncUrl } from './lib/boards.ts';
import type { BenchContext } from './lib/context.ts';
import type { ReceiversCommand, ReceiversData, ReceiversMessage } from './lib/fanoutReceivers.ts';
import { MESSAGE_AWARENESS, frame, isDocumentUpdate, openSocket as open, updateFrame } from './lib/wire.ts';
import { percentile, round } from './lib/stats.ts';

/*
 * Issue 7, benchmark 4: server fan-out. 50 clients on one board; one sends 60 document
 * updates a second plus its presence 20 times a second, for 30 s. Latency is from the send to
 * each of the 49 others receiving the update, all clients in this process (one clock). The same
 * clients and messages then go, in the same run, to two references, one process each: the stock
 * y-websocket server (1.5, lib/stockServer.mjs), which applies each update to an in-memory
 * Y.Doc and stores nothing, and a bare `ws` relay that forwards every frame to everyone else.
 * Their ratios say what Journeyboard's parsing and SQLite commit cost against each.
 * Targets: p50 ≤ 1 ms, p99 ≤ 5 ms, every message delivered.
 *
 * The three do not send the same copies: the stock server sends every update and presence to
 * every socket, its sender too; Journeyboard sends an update to everyone but its sender and
 * presence to everyone; the relay sends nothing back. A receiver counts only document updates,
 * so deliveries compare; what the sender got back is counted apart (echoedToSender). The
 * sender joins last, so an echo is the last copy written and no receiver waits behind it.
 *
 * The receivers live in worker threads (lib/fanoutReceivers.ts), the sender in the main thread,
 * so no receiver's handler delays another's arrival stamp or the next send. Two workers: on the
 * 2-core machine measured (which also runs the relay or server), 1, 2 and 3 workers gave bare-
 * relay p50s within noise of each other (2 lowest), and more threads only contend for the core
 * the server is not using. What remains is the relay's own: it writes the 49 frames one after
 * another, about 20 µs each, so the last receiver has an update about 1 ms after the first;
 * firstReceiverP50Ms and lastReceiverP50Ms show that spread.
 */
const CLIENTS = 50;
const RATE = 60;
const PRESENCE_RATE = 20;
const DURATION_MS = Number(process.env.FANOUT_MS ?? 30_000);
const WORKERS = Number(process.env.FANOUT_WORKERS ?? 2);

const RECEIVERS = new URL('./lib/fanoutReceivers.ts', import.meta.url);

/** Comparable across threads: each thread's origin plus its time since (checked in startReceivers). */
const clock = () => performance.timeOrigin + performance.now();

function nextMessage<T extends ReceiversMessage['type']>(worker: Worker, type: T): Promise<Extract<ReceiversMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ReceiversMessage) => {
      if (message.type !== type) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      resolve(message as Extract<ReceiversMessage, { type: T }>);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

/**
 * Opens `count` receivers spread over WORKERS threads, thread w's on urls[w % urls.length]; the
 * result stops them and returns every receiver's arrival stamps, with the url each is on.
 */
async function startReceivers(urls: readonly string[], count: number): Promise<() => Promise<{ url: string; stamps: Float64Array }[]>> {
  const workers = Array.from({ length: WORKERS }, (_, w) => {
    const workerData: ReceiversData = { url: urls[w % urls.length]!, count: Math.floor(count / WORKERS) + (w < count % WORKERS ? 1 : 0) };
    return new Worker(new URL('./lib/tsWorker.mjs', import.meta.url), { argv: [RECEIVERS.href], workerData });
  });
  await Promise.all(workers.map((worker) => nextMessage(worker, 'ready')));
  for (const worker of workers) {
    // A worker's reading must fall inside the main thread's round trip, or the latencies lie.
    const asked = clock();
    worker.postMessage({ type: 'clock' } satisfies ReceiversCommand);
    const { at } = await nextMessage(worker, 'clock');
    if (at < asked || at > clock()) throw new Error(`a worker's clock disagrees with the main thread's by ${at - asked} ms`);
  }
  return async () => {
    const reports = workers.map((worker) => nextMessage(worker, 'arrivals'));
    for (const worker of workers) worker.postMessage({ type: 'stop' } satisfies ReceiversCommand);
    return (await Promise.all(reports)).flatMap((report, w) => report.arrivals.map((stamps) => ({ url: urls[w % urls.length]!, stamps })));
  };
}

/**
 * The sender on `url`, its receivers on `receiverUrls` (by default the same server): with
 * several, `byReceiverUrl` gives the latencies of each one's receivers apart.
 */
export async function runFanout(url: string, receiverUrls: readonly string[] = [url]) {
  const stopReceivers = await startReceivers(receiverUrls, CLIENTS - 1);
  const sender = await open(url);
  const echoedToSender = { updates: 0, presence: 0 };
  sender.on('message', (data: ArrayBuffer) => {
    const bytes = new Uint8Array(data);
    if (isDocumentUpdate(bytes)) echoedToSender.updates++;
    else if (bytes[0] === MESSAGE_AWARENESS) echoedToSender.presence++;
  });
  await new Promise((resolve) => setTimeout(resolve, 500)); // let the initial sync settle
  const sentAt: number[] = [];

  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  // A field a board has, set again and again: one small update, as a drag step's move would be.
  const session = doc.getMap('session');
  let sent = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      if (performance.now() - started >= DURATION_MS) {
        clearInterval(tick);
        clearInterval(presence);
        resolve();
        return;
      }
      session.set('timerEndsAt', sent);
      const update = updates.pop()!;
      sentAt.push(clock());
      sender.send(updateFrame(update));
      sent++;
    }, 1000 / RATE);
    const presence = setInterval(() => {
      awareness.setLocalStateField('cursor', { x: Math.random() * 1000, y: Math.random() * 1000 });
      sender.send(frame(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, [doc.clientID]))));
    }, 1000 / PRESENCE_RATE);
  });
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the last ones in flight
  sender.close();
  const received = await stopReceivers();
  const arrivals = received.map((receiver) => receiver.stamps);
  awareness.destroy();
  doc.destroy();
  // The k-th update a receiver got is the k-th sent: one sender, one ordered socket each.
  const latenciesOf = (stamps: Float64Array) => Array.from(stamps.subarray(0, sent), (at, k) => at - sentAt[k]!);
  const latencies = arrivals.flatMap(latenciesOf);
  const byReceiverUrl = receiverUrls.length < 2 ? undefined : receiverUrls.map((receiverUrl) => {
    const own = received.filter((receiver) => receiver.url === receiverUrl).flatMap((receiver) => latenciesOf(receiver.stamps));
    return { url: receiverUrl, receivers: received.filter((receiver) => receiver.url === receiverUrl).length, p50Ms: round(percentile(own, 50)), p99Ms: round(percentile(own, 99)) };
  });
  // Per update, how long its first and its last receiver waited: the spread is the fan-out's cost.
  const perUpdate = sentAt.map((at, k) => arrivals.flatMap((stamps) => (k < stamps.length ? [stamps[k]! - at] : [])));
  return {
    receivers: arrivals.length,
    workers: WORKERS,
    updatesSent: sent,
    deliveries: latencies.length,
    everyMessageDelivered: arrivals.length === CLIENTS - 1 && arrivals.every((stamps) => stamps.length === sent),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(Math.max(...latencies)),
    firstReceiverP50Ms: round(percentile(perUpdate.map((waits) => Math.min(...waits)), 50)),
    lastReceiverP50Ms: round(percentile(perUpdate.map((waits) => Math.max(...waits)), 50)),
    echoedToSender,
    ...(byReceiverUrl ? { byReceiverUrl } : {}),
  };
}

/** A relay with no protocol, storage or rooms: every frame goes to every other socket. */
const BARE_RELAY = `
const { WebSocketServer } = require('ws');
const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' }, () => console.log('port ' + wss.address().port));
wss.on('connection', (ws) => ws.on('message', (data, binary) => {
  for (const other of wss.clients) if (other !== ws && other.readyState === 1) other.send(data, { binary });
}));`;

const STOCK_SERVER = new URL('./lib/stockServer.mjs', import.meta.url);

/** Runs a reference server in a process of its own for the length of `run`; it prints `port <n>` (and may say more) once it listens. */
async function withReference<T>(name: string, args: string[], path: string, run: (url: string, said: string) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const said = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => resolve(String(d)));
      child.once('exit', (code) => reject(new Error(`the ${name} exited with ${code} before listening`)));
    });
    return await run(`ws://127.0.0.1:${/port (\d+)/.exec(said)![1]}${path}`, said);
  } finally {
    // The next peer measured must not share the cores with this one.
    child.kill();
    await exited;
  }
}

export async function fanoutBench(context: BenchContext) {
  // Only Journeyboard's sockets carry a token; the references take none.
  const journeyboard = await runFanout(syncUrl(context.serverUrl, await createBoard(context.serverUrl)));
  const stock = await withReference('stock y-websocket server', [fileURLToPath(STOCK_SERVER)], '/fanout', async (url, said) => ({
    version: /version (\S+)/.exec(said)![1]!,
    ...(await runFanout(url)),
  }));
  const bare = await withReference('bare relay', ['-e', BARE_RELAY], '/relay', (url) => runFanout(url));
  return {
    clients: CLIENTS,
    updatesPerSecond: RATE,
    presencePerSecond: PRESENCE_RATE,
    durationMs: DURATION_MS,
    journeyboard,
    stockYWebsocket: stock,
    bareWsRelay: bare,
    ratioToStockP50: round(journeyboard.p50Ms / stock.p50Ms),
    ratioToStockP99: round(journeyboard.p99Ms / stock.p99Ms),
    ratioToBareRelayP50: round(journeyboard.p50Ms / bare.p50Ms),
    ratioToBareRelayP99: round(journeyboard.p99Ms / bare.p99Ms),
    target: { p50Ms: 1, p99Ms: 5, everyMessageDelivered: true },
  };
}
