import { addNote, connectClient, noteText, waitFor, whenSynced, type Client, type ServerProcess } from './harness.ts';

/**
 * Crashes the server `iterations` times, each 0–20 ms after a second client saw a first
 * client's edit (while the server may still be writing), restarts it with `restart`, and
 * returns the edits a fresh client then missed: none, if what anyone saw was stored.
 */
export async function editsLostOverCrashes(server: ServerProcess, boardId: string, iterations: number, restart: () => Promise<ServerProcess>): Promise<{ lost: number[]; server: ServerProcess }> {
  const lost: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const a = connectClient(server.url, boardId);
    const b = connectClient(server.url, boardId);
    const clients: Client[] = [a, b];
    try {
      await Promise.all([whenSynced(a), whenSynced(b)]);
      addNote(a.doc, `edit${i}`, `value ${i}`);
      await waitFor(() => noteText(b.doc, `edit${i}`) === `value ${i}`, 5000, `B to see edit ${i}`);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 21)));
      await server.kill('SIGKILL');
    } finally {
      for (const client of clients) client.destroy();
    }
    server = await restart();
    const fresh = connectClient(server.url, boardId);
    try {
      await whenSynced(fresh);
      for (let j = 0; j <= i; j++) if (noteText(fresh.doc, `edit${j}`) !== `value ${j}` && !lost.includes(j)) lost.push(j);
    } finally {
      fresh.destroy();
    }
  }
  return { lost, server };
}
