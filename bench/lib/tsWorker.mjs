import { register } from 'tsx/esm/api';

/*
 * The entry for a worker thread whose code is TypeScript: give the worker this file and the
 * module's URL as its last argv. Node 20 does not apply `--import tsx` from a worker's execArgv
 * to the worker's own modules, so tsx is registered here, inside the worker, before the import.
 */
register();
await import(process.argv.at(-1));
