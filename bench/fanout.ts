import { spawn } from 'node:child_process';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { BenchContext } from './lib/context.ts';
import { MESSAGE_AWARENESS, frame, isDocumentUpdate, openSocket as open, updateFrame } from './lib/wire.ts';
import { percentile, round } from './lib/stats.ts';

/*
 * Issue 7, benchmark 4: server fan-out. 50 clients on one board; one sends 60 document
 * updates a second plus its presence 20 times a second, for 30 s. Latency is from the send to
 * each of the 49 others receiving the update, all clients in this process (one clock). The same
 * run against a bare `ws` relay that forwards every frame to everyone else gives the ratio.
 * Targets: p50 ≤ 1 ms, p99 ≤ 5 ms, every message delivered.
 */
const CLIENTS = 50;
const RATE = 60;
const PRESENCE_RATE = 20;
const DURATION_MS = Number(process.env.FANOUT_MS ?? 30_000);

async function runFanout(url: string) {
  const receivers = await Promise.all(Array.from({ length: CLIENTS - 1 }, () => open(url)));
  const sender = await open(url);
  await new Promise((resolve) => setTimeout(resolve, 500)); // let the initial sync settle
  const sentAt: number[] = [];
  const latencies: number[] = [];
  const received = receivers.map(() => 0);
  receivers.forEach((ws, r) => {
    ws.on('message', (data: ArrayBuffer) => {
      const now = performance.now();
      if (!isDocumentUpdate(new Uint8Array(data))) return;
      const k = received[r]!++;
      if (sentAt[k] !== undefined) latencies.push(now - sentAt[k]!);
    });
  });

  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const cards = doc.getMap('cards');
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
      cards.set(`bench-${sent % 100}`, sent); // one small update, as a drag step would be
      const update = updates.pop()!;
      sentAt.push(performance.now());
      sender.send(updateFrame(update));
      sent++;
    }, 1000 / RATE);
    const presence = setInterval(() => {
      awareness.setLocalStateField('cursor', { x: Math.random() * 1000, y: Math.random() * 1000 });
      sender.send(frame(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, [doc.clientID]))));
    }, 1000 / PRESENCE_RATE);
  });
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the last ones in flight
  for (const ws of [...receivers, sender]) ws.close();
  awareness.destroy();
  doc.destroy();
  const delivered = received.every((n) => n >= sent);
  return {
    updatesSent: sent,
    deliveries: latencies.length,
    everyMessageDelivered: delivered,
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(Math.max(...latencies)),
  };
}

/** A relay with no protocol, storage or rooms: every frame goes to every other socket. */
const BARE_RELAY = `
const { WebSocketServer } = require('ws');
const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' }, () => console.log('port ' + wss.address().port));
wss.on('connection', (ws) => ws.on('message', (data, binary) => {
  for (const other of wss.clients) if (other !== ws && other.readyState === 1) other.send(data, { binary });
}));`;

async function withBareRelay<T>(run: (url: string) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, ['-e', BARE_RELAY], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<string>((resolve) => child.stdout.on('data', (d: Buffer) => resolve(/port (\d+)/.exec(String(d))![1]!)));
    return await run(`ws://127.0.0.1:${port}/relay`);
  } finally {
    child.kill();
  }
}

export async function fanoutBench(context: BenchContext) {
  const response = await fetch(`${context.serverUrl}/api/boards`, { method: 'POST' });
  const { id } = (await response.json()) as { id: string };
  const journeyboard = await runFanout(`${context.serverUrl.replace('http', 'ws')}/sync/${id}`);
  const bare = await withBareRelay(runFanout);
  return {
    clients: CLIENTS,
    updatesPerSecond: RATE,
    presencePerSecond: PRESENCE_RATE,
    durationMs: DURATION_MS,
    journeyboard,
    bareWsRelay: bare,
    ratioP50: round(journeyboard.p50Ms / bare.p50Ms),
    ratioP99: round(journeyboard.p99Ms / bare.p99Ms),
    target: { p50Ms: 1, p99Ms: 5, everyMessageDelivered: true },
  };
}
