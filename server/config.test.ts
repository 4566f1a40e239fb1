import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('reads the big-board threshold, 256 KB unless set', () => {
    expect(readConfig({}).bigBoardBytes).toBe(256 * 1024);
    expect(readConfig({ BIG_BOARD_BYTES: '0' }).bigBoardBytes).toBe(0);
  });

  it('says so when a setting has its old name, rather than ignore it', () => {
    expect(() => readConfig({ PREVIEW_MIN_BYTES: '1024' })).toThrow('PREVIEW_MIN_BYTES is now called BIG_BOARD_BYTES');
  });

  it('refuses a value that is not a whole number', () => {
    expect(() => readConfig({ BIG_BOARD_BYTES: 'lots' })).toThrow('BIG_BOARD_BYTES must be an integer of at least 0, got "lots"');
  });

  it('reads the public address links are built on, without its trailing slash', () => {
    expect(readConfig({}).publicUrl).toBeNull();
    expect(readConfig({ PUBLIC_URL: ' https://journeys.example.com/ ' }).publicUrl).toBe('https://journeys.example.com');
    expect(readConfig({ PUBLIC_URL: 'https://example.com/boards/' }).publicUrl).toBe('https://example.com/boards');
  });

  it('reads a PostgreSQL address, and refuses anything else without repeating it', () => {
    expect(readConfig({}).databaseUrl).toBeNull();
    expect(readConfig({ DATABASE_URL: 'postgres://app:pw@db.internal:5432/journeys' }).databaseUrl).toBe('postgres://app:pw@db.internal:5432/journeys');
    expect(readConfig({ DATABASE_URL: 'postgresql://db/journeys' }).databaseUrl).toBe('postgresql://db/journeys');
    for (const bad of ['mysql://root:hunter2@db/x', 'db.internal:5432', 'sqlite:./data']) {
      expect(() => readConfig({ DATABASE_URL: bad }), bad).toThrow('DATABASE_URL must be a postgres:// address');
      expect(() => readConfig({ DATABASE_URL: bad }), bad).not.toThrow('hunter2');
    }
  });

  it('reads a Redis address only beside a PostgreSQL one, and refuses anything else without repeating it', () => {
    const database = { DATABASE_URL: 'postgres://db/journeys' };
    expect(readConfig(database).redisUrl).toBeNull();
    expect(readConfig({ ...database, REDIS_URL: 'redis://:s3cret@cache:6379/0' }).redisUrl).toBe('redis://:s3cret@cache:6379/0');
    expect(() => readConfig({ REDIS_URL: 'redis://cache:6379' })).toThrow('REDIS_URL needs DATABASE_URL');
    for (const bad of ['http://:hunter2@cache', 'cache:6379']) {
      expect(() => readConfig({ ...database, REDIS_URL: bad }), bad).toThrow('REDIS_URL must be a redis:// or rediss:// address');
      expect(() => readConfig({ ...database, REDIS_URL: bad }), bad).not.toThrow('hunter2');
    }
  });

  it('refuses a public address a link could not be built on', () => {
    for (const bad of ['journeys.example.com', 'ftp://example.com', 'https://example.com/?a=1', 'https://user:pw@example.com', 'javascript:alert(1)']) {
      expect(() => readConfig({ PUBLIC_URL: bad }), bad).toThrow(`PUBLIC_URL must be an http or https address with no query, fragment or user name, got "${bad}"`);
    }
  });

  it('reads the limits per client address, as a count per span of time', () => {
    const defaults = readConfig({});
    expect(defaults.rateLimits).toEqual({
      newBoards: { points: 60, seconds: 600 },
      imports: { points: 100, seconds: 600 },
      templateWrites: { points: 60, seconds: 600 },
      clockReads: { points: 600, seconds: 60 },
      misses: { points: 300, seconds: 300 },
      socketOpens: { points: 300, seconds: 60 },
      socketsPerAddress: 200,
      socketMessages: { points: 100, seconds: 1 },
    });
    expect(defaults.trustProxy).toBe(0);
    const set = readConfig({ LIMIT_NEW_BOARDS: '5/30s', LIMIT_SOCKET_OPENS: ' 1000 / 1h ', MAX_SOCKETS_PER_ADDRESS: '10', LIMIT_SOCKET_MESSAGES: '50/1s', TRUST_PROXY: '1' });
    expect(set.rateLimits).toMatchObject({ newBoards: { points: 5, seconds: 30 }, socketOpens: { points: 1000, seconds: 3600 }, socketsPerAddress: 10, socketMessages: { points: 50, seconds: 1 } });
    expect(set.trustProxy).toBe(1);
  });

  it('refuses a limit that is not a count per span of time', () => {
    for (const bad of ['60', '60/10', '0/1m', '60/0s', '1.5/1m', '60/10d', 'lots']) {
      expect(() => readConfig({ LIMIT_IMPORTS: bad }), bad).toThrow(`LIMIT_IMPORTS must be a count per span of time, such as 60/10m (s, m or h), got "${bad}"`);
    }
    expect(() => readConfig({ MAX_SOCKETS_PER_ADDRESS: '0' })).toThrow('MAX_SOCKETS_PER_ADDRESS must be an integer of at least 1, got "0"');
  });

  it('runs reports and imports on one or two workers, leaving a core to the event loop', () => {
    const { jobWorkers, jobQueue, jobBudgetMs, jobMemoryMb } = readConfig({});
    expect(jobWorkers).toBeGreaterThanOrEqual(1);
    expect(jobWorkers).toBeLessThanOrEqual(2);
    if (os.availableParallelism() >= 2) expect(jobWorkers).toBeLessThan(os.availableParallelism());
    expect({ jobQueue, jobBudgetMs, jobMemoryMb }).toEqual({ jobQueue: 4, jobBudgetMs: 20_000, jobMemoryMb: 512 });
    expect(readConfig({ JOB_WORKERS: '3', JOB_QUEUE: '0', JOB_BUDGET_MS: '1000', JOB_MEMORY_MB: '256' })).toMatchObject({ jobWorkers: 3, jobQueue: 0, jobBudgetMs: 1000, jobMemoryMb: 256 });
  });

  it('holds up to 256 MB of request bodies being read, unless told otherwise', () => {
    expect(readConfig({}).uploadMemoryMb).toBe(256);
    expect(readConfig({ UPLOAD_MEMORY_MB: '64' }).uploadMemoryMb).toBe(64);
    // Less could never hold the largest file (20 MB) beside another: an import would be refused for good.
    expect(() => readConfig({ UPLOAD_MEMORY_MB: '39' })).toThrow('UPLOAD_MEMORY_MB must be an integer of at least 40, got "39"');
  });

  it('refuses job settings that would leave no worker, no time or no memory', () => {
    expect(() => readConfig({ JOB_WORKERS: '0' })).toThrow('JOB_WORKERS must be an integer of at least 1, got "0"');
    expect(() => readConfig({ JOB_BUDGET_MS: '0' })).toThrow('JOB_BUDGET_MS must be an integer of at least 1, got "0"');
    expect(() => readConfig({ JOB_MEMORY_MB: '16' })).toThrow('JOB_MEMORY_MB must be an integer of at least 64, got "16"');
  });
});
