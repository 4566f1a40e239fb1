import { register } from 'tsx/esm/api';
import { buildIfStale } from './build-if-stale.mjs';

// `npm start`: build the app when the build is missing or older than its sources, then serve it
// with the embedded database, in this same process.
//
// npm passes SIGINT and SIGTERM on to the shell that runs its script, and only to it; dash passes
// neither on (SIGTERM kills it and leaves its child running; SIGINT it holds until its child
// ends). So package.json runs this script with `exec`, which makes it npm's own child, and the
// server runs in it rather than in a process of its own: the signal npm passes on reaches the
// server itself, which stops in order while npm waits for it and exits with its status.
try {
  buildIfStale();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

// npm killed outright (SIGKILL, a crash, a SIGHUP it does not pass on) leaves this process to
// whichever adopts orphans, and nobody would stop it or free the port: stop in order then too.
const parent = process.ppid;
const orphanWatch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(orphanWatch);
  console.log('npm is gone');
  process.kill(process.pid, 'SIGTERM');
}, 500);
orphanWatch.unref();

register();
await import('../server/main.ts');
