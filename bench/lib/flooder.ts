import * as Y from 'yjs';
import { addNote, setNoteText } from '../../src/doc/commands/notes.ts';
import { createEditContext } from '../../src/doc/context.ts';
import { isDocumentUpdate, openSocket, updateFrame } from './wire.ts';

/*
 * The flood of bench/flood.ts, in a process of its own so that its sending and receiving do not
 * delay the clients being timed: `tsx bench/lib/flooder.ts <sync url> <sockets> <messages> <chars>`.
 * Each socket sends all its updates at once, each replacing a note's whole text; one more socket
 * reads what the server relays. Prints "ready" once connected and "flooding" once all is sent,
 * then how many updates came back, every second.
 */
const [url, sockets, messages, chars] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5])];

function frames(): Uint8Array[] {
  const ctx = createEditContext(new Y.Doc(), 'flood');
  const out: Uint8Array[] = [];
  ctx.doc.on('update', (update: Uint8Array) => out.push(updateFrame(update)));
  const note = addNote(ctx, { x: 0, y: 0 });
  for (let i = 0; out.length < messages; i++) setNoteText(ctx, note, String.fromCharCode(97 + (i % 26)).repeat(chars));
  return out;
}

const prepared = Array.from({ length: sockets }, frames);
const reader = await openSocket(url);
let relayed = 0;
reader.on('message', (data: ArrayBuffer) => isDocumentUpdate(new Uint8Array(data)) && relayed++);
const flooders = await Promise.all(prepared.map(() => openSocket(url)));
console.log('ready');
process.stdin.once('data', () => {
  flooders.forEach((socket, i) => prepared[i]!.forEach((frame) => socket.send(frame)));
  console.log('flooding');
  setInterval(() => console.log(`relayed ${relayed}`), 1000).unref();
});
process.stdin.once('end', () => process.exit(0));
