import { describe, expect, it } from 'vitest';
import { clusterForSuite, postgresMissing } from '../tests/services/postgres.ts';
import { openPostgresStorage } from './postgresStorage.ts';
import { DatabaseOpenError } from './storage.ts';
import { describeStorageContract } from './storageContract.ts';

const missing = postgresMissing();
if (missing) console.log(missing);

describe.runIf(missing === null)('PostgreSQL', () => {
  const cluster = clusterForSuite();

  describeStorageContract('PostgreSQL', async () => ({ storage: await openPostgresStorage(await cluster().newDatabase()), dispose: async () => {} }));

  it('says which database it cannot reach, without its password', async () => {
    const refused = openPostgresStorage('postgres://journeyboard:secret@127.0.0.1:1/none');
    await expect(refused).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(refused).rejects.toThrow(/^Journeyboard cannot open its database postgres:\/\/journeyboard:\*\*\*@127\.0\.0\.1:1\/none: /);
  });

  it('lets one server at a time hold the database, and the next one once it has stopped', async () => {
    const url = await cluster().newDatabase();
    const first = await openPostgresStorage(url, { server: 'alone' });
    await expect(openPostgresStorage(url, { server: 'alone' })).rejects.toThrow(/^Another Journeyboard server is using the database /);
    // Nor does an instance that shares its edits start beside a server alone.
    await expect(openPostgresStorage(url, { server: 'shared' })).rejects.toThrow(/^A Journeyboard server without REDIS_URL is using the database /);
    await first.close();
    const next = await openPostgresStorage(url, { server: 'alone' });
    await next.close();
  });

  it('lets instances that share their edits hold the database together, and no server alone beside them', async () => {
    const url = await cluster().newDatabase();
    const instances = await Promise.all([openPostgresStorage(url, { server: 'shared' }), openPostgresStorage(url, { server: 'shared' })]);
    await expect(openPostgresStorage(url, { server: 'alone' })).rejects.toThrow(/^Another Journeyboard server is using the database /);
    await Promise.all(instances.map((storage) => storage.close()));
    await (await openPostgresStorage(url, { server: 'alone' })).close();
  });

  it('lets two instances start on one new database at once', async () => {
    const url = await cluster().newDatabase();
    const both = await Promise.all([openPostgresStorage(url), openPostgresStorage(url)]);
    await both[0].createBoard({ id: 'board0001', title: 'T', createdAt: 1 }, new Uint8Array([1]));
    expect(await both[1].getBoard('board0001')).toMatchObject({ title: 'T' });
    await Promise.all(both.map((storage) => storage.close()));
  });
});
