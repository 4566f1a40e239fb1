import { spawn } from 'node:child_process';
import { buildIfStale } from './build-if-stale.mjs';

// `npm start`: build the app when the build is missing or older than its sources, then serve it
// with the embedded database. Signals are passed on so the server can flush and close cleanly.
try {
  buildIfStale();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
