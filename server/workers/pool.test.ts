import { afterEach, describe, expect, it } from 'vitest';
import { HttpError } from '../json.ts';
import { JobFailedError, OverBudgetError, PoolBusyError, PoolClosedError, WorkerLostError, createWorkerPool, type PoolOptions, type WorkerPool } from './pool.ts';
import type { TestAnswer, TestJob } from './poolTestWorker.ts';

const pools: WorkerPool<TestJob, TestAnswer>[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function pool(options: Partial<PoolOptions> = {}): WorkerPool<TestJob, TestAnswer> {
  const created = createWorkerPool<TestJob, TestAnswer>({
    module: new URL('./poolTestWorker.ts', import.meta.url),
    size: 1,
    queue: 2,
    budgetMs: 10_000,
    memoryMb: 64,
    log: () => {},
    ...options,
  });
  pools.push(created);
  return created;
}

/** Whether a promise has settled yet, without waiting for it. */
function settledYet(promise: Promise<unknown>): () => boolean {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return () => settled;
}

describe('the worker pool', () => {
  it('runs a job on a worker thread and moves the buffers it is given and answers with', async () => {
    const jobs = pool();
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const answer = await jobs.run({ kind: 'sum', bytes }, [bytes.buffer]);
    expect(answer.sum).toBe(256);
    expect(answer.bytes).toEqual(new Uint8Array([0]));
    expect(answer.threadId).toBeGreaterThan(0);
    expect(bytes.byteLength).toBe(0); // moved to the worker, not copied
  });

  it('answers an HttpError thrown by a job as that status and sentence, and any other error as a failure', async () => {
    const jobs = pool();
    await expect(jobs.run({ kind: 'refuse', status: 400, message: 'Not a Journeyboard file' })).rejects.toEqual(new HttpError(400, 'Not a Journeyboard file', { code: 'fileNotJourneyboard' }));
    await expect(jobs.run({ kind: 'refuse', status: 400, message: 'x' })).rejects.toBeInstanceOf(HttpError);
    await expect(jobs.run({ kind: 'throw' })).rejects.toThrow(JobFailedError);
    await expect(jobs.run({ kind: 'throw' })).rejects.toThrow('a fault in the job');
    // A job that throws does not cost the worker.
    const first = await jobs.run({ kind: 'sum', bytes: new Uint8Array([1]) });
    await expect(jobs.run({ kind: 'throw' })).rejects.toThrow();
    expect((await jobs.run({ kind: 'sum', bytes: new Uint8Array([1]) })).threadId).toBe(first.threadId);
  });

  it('runs as many jobs at once as it has workers, queues a few more and refuses the next at once', async () => {
    const jobs = pool({ size: 1, queue: 1 });
    await jobs.run({ kind: 'sum', bytes: new Uint8Array([1]) }); // a worker is up
    const running = jobs.run({ kind: 'spin', ms: 1500 });
    const runningDone = settledYet(running);
    expect(jobs.full()).toBe(false);
    const waiting = jobs.run({ kind: 'sum', bytes: new Uint8Array([2]) });
    expect(jobs.full()).toBe(true);
    await expect(jobs.run({ kind: 'sum', bytes: new Uint8Array([3]) })).rejects.toBeInstanceOf(PoolBusyError);
    expect(runningDone()).toBe(false);
    await running;
    expect((await waiting).sum).toBe(2);
    expect(jobs.full()).toBe(false);
    // The queue has room again.
    expect((await jobs.run({ kind: 'sum', bytes: new Uint8Array([4]) })).sum).toBe(4);
  });

  it('stops a job over its budget and answers the next one from a new worker', async () => {
    const jobs = pool({ budgetMs: 1000 });
    const before = await jobs.run({ kind: 'sum', bytes: new Uint8Array([1]) });
    await expect(jobs.run({ kind: 'spin', ms: 60_000 })).rejects.toBeInstanceOf(OverBudgetError);
    const after = await jobs.run({ kind: 'sum', bytes: new Uint8Array([5]) });
    expect(after.sum).toBe(5);
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('survives a worker that runs out of memory, telling that apart from other deaths', async () => {
    const jobs = pool({ memoryMb: 64 });
    const before = await jobs.run({ kind: 'sum', bytes: new Uint8Array([1]) });
    const outOfMemory = await jobs.run({ kind: 'hoard' }).catch((error: unknown) => error);
    expect(outOfMemory).toBeInstanceOf(WorkerLostError);
    expect((outOfMemory as WorkerLostError).outOfMemory).toBe(true);
    const exited = await jobs.run({ kind: 'exit' }).catch((error: unknown) => error);
    expect(exited).toBeInstanceOf(WorkerLostError);
    expect((exited as WorkerLostError).outOfMemory).toBe(false);
    const after = await jobs.run({ kind: 'sum', bytes: new Uint8Array([6]) });
    expect(after.sum).toBe(6);
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('fails the jobs waiting for a worker that cannot start, rather than starting workers forever', async () => {
    const jobs = pool({ module: new URL('./noSuchWorker.ts', import.meta.url), queue: 2 });
    const results = await Promise.allSettled([jobs.run({ kind: 'throw' }), jobs.run({ kind: 'throw' })]);
    for (const result of results) expect(result).toMatchObject({ status: 'rejected', reason: expect.any(WorkerLostError) });
  });

  it('fails running and waiting jobs when it closes, and refuses new ones', async () => {
    const jobs = pool({ queue: 1 });
    await jobs.run({ kind: 'sum', bytes: new Uint8Array([1]) });
    const running = jobs.run({ kind: 'spin', ms: 60_000 }).catch((error: unknown) => error);
    const waiting = jobs.run({ kind: 'sum', bytes: new Uint8Array([1]) }).catch((error: unknown) => error);
    await jobs.close();
    expect(await running).toBeInstanceOf(PoolClosedError);
    expect(await waiting).toBeInstanceOf(PoolClosedError);
    await expect(jobs.run({ kind: 'sum', bytes: new Uint8Array([1]) })).rejects.toBeInstanceOf(PoolClosedError);
  });
});
