import { createServer, type JourneyboardServer } from './app.ts';
import { readConfig } from './config.ts';
import { DatabaseOpenError } from './storage.ts';

let config;
try {
  config = readConfig(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

let server: JourneyboardServer;
try {
  server = await createServer(config);
} catch (error) {
  // Not a fault in the server but a file for the operator to see to: which one and why, no trace.
  if (!(error instanceof DatabaseOpenError)) throw error;
  console.error(error.message);
  process.exit(1);
}
console.log(`Journeyboard is running at ${server.url}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  // A second Ctrl-C means "now": skip the orderly shutdown. Everything is already on disk.
  if (stopping) process.exit(1);
  stopping = true;
  console.log(`${signal}: shutting down`);
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    console.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
