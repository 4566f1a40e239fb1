import path from 'node:path';
import type { ServerConfig } from './config.ts';
import { openPostgresStorage, redactedUrl } from './postgresStorage.ts';
import { DATABASE_FILE, openSqliteStorage } from './sqliteStorage.ts';
import type { Storage } from './storage.ts';

/**
 * The store the config names: PostgreSQL at DATABASE_URL, else SQLite under DATA_DIR. Its name
 * (the file, or the address without its password) is what the server's first line reports.
 * `asServer`: a server's, alone on a PostgreSQL database unless REDIS_URL lets servers share
 * what their rooms apply (and then never beside one alone); the link tools open it beside
 * running servers.
 */
export async function openStorage(config: Pick<ServerConfig, 'dataDir' | 'databaseUrl' | 'redisUrl'>, { asServer }: { asServer: boolean }): Promise<{ storage: Storage; name: string }> {
  if (config.databaseUrl !== null) return { storage: await openPostgresStorage(config.databaseUrl, { server: asServer ? (config.redisUrl === null ? 'alone' : 'shared') : undefined }), name: redactedUrl(config.databaseUrl) };
  return { storage: openSqliteStorage(config.dataDir), name: path.resolve(config.dataDir, DATABASE_FILE) };
}
