import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

/*
 * The stock y-websocket server of the 1.5 line (its bin/utils.js, installed as
 * y-websocket-stock), for the fan-out benchmark to compare against: one Y.Doc per path in
 * memory, every update applied and then sent to every socket on it. It must store nothing, as
 * the point is what Journeyboard's parsing and SQLite commit cost against a server without
 * them: YPERSISTENCE would make it write to LevelDB and CALLBACK_URL post the document
 * elsewhere, and bin/utils.js reads both when it loads, so they go before it is imported.
 * Prints `port <n> version <v>` once it listens on 127.0.0.1.
 */
delete process.env.YPERSISTENCE;
delete process.env.CALLBACK_URL;
const { setupWSConnection, getPersistence } = await import('y-websocket-stock/bin/utils');
if (getPersistence() !== null) throw new Error('the stock server would persist its documents');

const { version } = JSON.parse(readFileSync(new URL(import.meta.resolve('y-websocket-stock/package.json')), 'utf8'));
const wss = new WebSocketServer({ noServer: true });
const server = createServer((_request, response) => response.writeHead(404).end());
server.on('upgrade', (request, socket, head) => {
  const docName = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1);
  wss.handleUpgrade(request, socket, head, (conn) => setupWSConnection(conn, request, { docName }));
});
server.listen(0, '127.0.0.1', () => console.log(`port ${server.address().port} version ${version}`));
