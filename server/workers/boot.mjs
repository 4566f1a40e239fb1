import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

// A worker's entry. The server's TypeScript is loaded by tsx, registered on the main thread
// (`--import tsx`, which workers inherit, or npm start's register()), but on Node 20 tsx's
// loader does not reach a worker thread (it cannot tell a worker from its own loader thread),
// so a worker could not load a .ts module. tsx's own API loads it here, however the server was
// started.
await tsImport(workerData.module, import.meta.url);
