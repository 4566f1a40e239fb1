import { Worker, parentPort, type TransferListItem } from 'node:worker_threads';
import type { Problem } from '../../src/i18n/problem.ts';
import { HttpError } from '../json.ts';
import { errorMessage, type Log } from '../log.ts';

export interface PoolOptions {
  /** The module each worker runs: a .ts file that calls serveJobs. */
  module: URL;
  /** Jobs that run at once, one per worker thread. */
  size: number;
  /** Jobs that may wait for a free worker; one more is refused at once. */
  queue: number;
  /** How long a job may run before its worker is stopped and replaced. */
  budgetMs: number;
  /** The ceiling of each worker's JavaScript heap, in MiB. */
  memoryMb: number;
  log: Log;
}

export interface WorkerPool<In, Out> {
  /** Runs a job on the next free worker; `transfer` lists buffers moved to it rather than copied. */
  run(input: In, transfer?: TransferListItem[]): Promise<Out>;
  /** Whether run() would refuse a job now, as every worker is busy and the queue is full. */
  full(): boolean;
  /** Stops every worker; jobs running or waiting fail with PoolClosedError. */
  close(): Promise<void>;
}

/** Every worker is busy and the queue is full. */
export class PoolBusyError extends Error {}
/** The job ran over the budget; its worker was stopped. */
export class OverBudgetError extends Error {}
/** The worker died under the job (out of memory, or an error nothing caught) or could not start. */
export class WorkerLostError extends Error {
  constructor(
    readonly outOfMemory: boolean,
    message: string,
  ) {
    super(message);
  }
}
/** The server is shutting down. */
export class PoolClosedError extends Error {}
/** The job threw something other than an HttpError: a fault of the server, not of the input. */
export class JobFailedError extends Error {}

/** What a worker answers: ready once its module has loaded, then one reply per job. */
type Reply<Out> =
  | { type: 'ready' }
  | { type: 'done'; value: Out }
  | { type: 'refused'; status: number; message: string; problem: Problem }
  | { type: 'failed'; message: string };

interface Task<In, Out> {
  input: In;
  transfer: TransferListItem[];
  resolve(value: Out): void;
  reject(error: Error): void;
}

interface Thread<In, Out> {
  worker: Worker;
  ready: boolean;
  task: Task<In, Out> | null;
  timer: NodeJS.Timeout | undefined;
  error: unknown;
}

const BOOT = new URL('./boot.mjs', import.meta.url);

/**
 * Worker threads for work too slow for the event loop, which must keep answering sync and
 * /healthz. A worker runs one job at a time and is started when a job first needs it, then
 * kept; one that runs over the budget is terminated (V8 stops it even inside a loop) and a
 * new one takes its place, as does one that died.
 */
export function createWorkerPool<In, Out>(options: PoolOptions): WorkerPool<In, Out> {
  const threads = new Set<Thread<In, Out>>();
  const waiting: Task<In, Out>[] = [];
  let closed = false;

  function full(): boolean {
    const running = [...threads].filter((t) => t.task).length;
    return running + waiting.length >= options.size + options.queue;
  }

  function run(input: In, transfer: TransferListItem[] = []): Promise<Out> {
    if (closed) return Promise.reject(new PoolClosedError('The server is shutting down'));
    if (full()) return Promise.reject(new PoolBusyError('Every worker is busy and the queue is full'));
    return new Promise<Out>((resolve, reject) => {
      waiting.push({ input, transfer, resolve, reject });
      pump();
    });
  }

  function pump(): void {
    while (waiting.length > 0) {
      const idle = [...threads].find((t) => t.ready && !t.task);
      if (idle) {
        start(idle, waiting.shift()!);
        continue;
      }
      const starting = [...threads].filter((t) => !t.ready).length;
      if (threads.size >= options.size || starting >= waiting.length) return;
      spawn();
    }
  }

  function spawn(): void {
    const worker = new Worker(BOOT, {
      workerData: { module: options.module.href },
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
    });
    // An idle worker must not keep the process alive; a job's socket does that.
    worker.unref();
    const thread: Thread<In, Out> = { worker, ready: false, task: null, timer: undefined, error: null };
    threads.add(thread);
    worker.on('message', (reply: Reply<Out>) => answer(thread, reply));
    worker.on('error', (error) => (thread.error = error));
    worker.on('exit', () => lost(thread));
  }

  function start(thread: Thread<In, Out>, task: Task<In, Out>): void {
    thread.task = task;
    // The budget starts when the worker has the job: a fresh worker's start-up is not the job's.
    thread.timer = setTimeout(() => {
      options.log(`a worker's job ran over ${options.budgetMs} ms and was stopped`);
      // Its end is not waited for: the job is answered and the next one may start now.
      void stop(thread, new OverBudgetError(`The job ran over ${options.budgetMs} ms`));
      // Replaced at once, so the next job does not wait for a worker to start.
      if (!closed && threads.size < options.size) spawn();
    }, options.budgetMs);
    try {
      thread.worker.postMessage(task.input, task.transfer);
    } catch (error) {
      finish(thread);
      task.reject(new JobFailedError(`The job could not be sent to a worker: ${errorMessage(error)}`));
      pump();
    }
  }

  function answer(thread: Thread<In, Out>, reply: Reply<Out>): void {
    if (reply.type === 'ready') {
      thread.ready = true;
      return pump();
    }
    const task = thread.task;
    if (!task || !threads.has(thread)) return;
    finish(thread);
    if (reply.type === 'done') task.resolve(reply.value);
    else if (reply.type === 'refused') task.reject(new HttpError(reply.status, reply.message, reply.problem));
    else task.reject(new JobFailedError(reply.message));
    pump();
  }

  function finish(thread: Thread<In, Out>): void {
    clearTimeout(thread.timer);
    thread.task = null;
  }

  /** Terminates a worker now; its job, if any, fails with `error`, and the queue moves on. */
  function stop(thread: Thread<In, Out>, error: Error): Promise<unknown> {
    threads.delete(thread);
    const task = thread.task;
    finish(thread);
    task?.reject(error);
    const stopped = thread.worker.terminate();
    pump();
    return stopped;
  }

  /** A worker that exited by itself: out of memory, an uncaught error, or a failed start. */
  function lost(thread: Thread<In, Out>): void {
    if (!threads.delete(thread)) return; // stopped on purpose
    const task = thread.task;
    finish(thread);
    const outOfMemory = (thread.error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    const why = thread.error ? errorMessage(thread.error) : 'it exited';
    options.log(thread.ready ? `a worker died: ${why}` : `a worker could not start: ${why}`);
    task?.reject(new WorkerLostError(outOfMemory, `The worker died: ${why}`));
    // A worker that cannot start would fail the same way for every job: fail those waiting
    // rather than start workers forever.
    if (!thread.ready) for (const waiter of waiting.splice(0)) waiter.reject(new WorkerLostError(false, `No worker could start: ${why}`));
    pump();
    if (thread.ready && !closed && threads.size < options.size) spawn();
  }

  async function close(): Promise<void> {
    closed = true;
    const error = new PoolClosedError('The server is shutting down');
    for (const task of waiting.splice(0)) task.reject(error);
    await Promise.all([...threads].map((thread) => stop(thread, error)));
  }

  return { run, full, close };
}

/**
 * The worker's side: answers each job with `handle`'s value, moving the buffers it lists. An
 * HttpError it throws reaches the request as that status and sentence (a file that cannot be
 * read is the input's fault, not the worker's).
 */
export function serveJobs<In, Out>(handle: (input: In) => Promise<{ value: Out; transfer?: TransferListItem[] }>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread');
  port.on('message', (input: In) => {
    handle(input).then(
      ({ value, transfer }) => port.postMessage({ type: 'done', value } satisfies Reply<Out>, transfer ?? []),
      (error: unknown) =>
        port.postMessage(
          (error instanceof HttpError
            ? { type: 'refused', status: error.status, message: error.message, problem: error.problem }
            : { type: 'failed', message: errorMessage(error) }) satisfies Reply<Out>,
        ),
    );
  });
  port.postMessage({ type: 'ready' } satisfies Reply<Out>);
}
