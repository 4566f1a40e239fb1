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

// Ctrl-C in a terminal signals every process of the foreground group, npm too, and npm passes its
// copy on: one press can arrive twice within moments. A signal after that means "now".
const REPEATED_WITHIN_MS = 1000;
let stoppingSince: number | null = null;
async function stop(signal: string): Promise<void> {
  if (stoppingSince !== null) {
    // A second Ctrl-C means "now": skip the orderly shutdown. Everything is already on disk.
    if (Date.now() - stoppingSince > REPEATED_WITHIN_MS) process.exit(1);
    return;
  }
  stoppingSince = Date.now();
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
