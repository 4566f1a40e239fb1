import type { ServerResponse } from 'node:http';
import type { Repair } from '../../src/file/index.ts';
import type { Problem } from '../../src/i18n/problem.ts';
import type { Board } from '../../src/model/index.ts';
import type { PdfOptions } from '../../src/pdf/render.ts';
import type { NewBoard } from '../boardFiles.ts';
import type { ServerConfig } from '../config.ts';
import { HttpError } from '../json.ts';
import type { Log } from '../log.ts';
import type { CheckedTemplate } from '../templatesApi.ts';
import { OverBudgetError, PoolBusyError, PoolClosedError, WorkerLostError, createWorkerPool } from './pool.ts';

/** What a worker is asked to do (worker.ts does it). */
export type Job =
  | { kind: 'pdf'; board: Board; options: ReportOptions }
  | { kind: 'import'; file: Uint8Array; now: number }
  | { kind: 'template'; body: Uint8Array };

/**
 * The report's options that cross to a worker: no callbacks. The earlier board of
 * `changesSince` is plain data and its date a Date, both of which a worker message keeps.
 */
export type ReportOptions = Pick<PdfOptions, 'pageSize' | 'orientation' | 'boardUrl' | 'changesSince'>;

export type ImportedFile = { board: NewBoard; repairs: Repair[] };

/**
 * The slow work of requests, done off the event loop: the main thread reads the request and
 * the live board and stores what comes back; the database and the rooms never leave it.
 * Each call answers a refused or stopped job as an HttpError with a sentence for a person
 * (and Retry-After set on `res` when trying again can help).
 */
export interface Jobs {
  /**
   * Refuses the request now if a job would be refused: before its body is read or its board
   * loaded, so a client does not send megabytes only to hear that the server is busy.
   */
  admit(res: ServerResponse): void;
  /** The board's PDF report. */
  renderPdf(res: ServerResponse, board: Board, options: ReportOptions): Promise<Uint8Array>;
  /**
   * A Journeyboard file read, repaired and written into a new board's first state; a bad file
   * is a 400. The bytes move to the worker (this thread can no longer read them).
   */
  readImport(res: ServerResponse, file: Uint8Array, now: number): Promise<ImportedFile>;
  /** The body of POST /api/templates checked; a bad one is a 400. Its bytes move to the worker. */
  checkTemplate(res: ServerResponse, body: Uint8Array): Promise<CheckedTemplate>;
  close(): Promise<void>;
}

export type JobSettings = Pick<ServerConfig, 'jobWorkers' | 'jobQueue' | 'jobBudgetMs' | 'jobMemoryMb'>;

/** What a person is told when a job of this kind was stopped. */
interface Wording {
  overBudget: { message: string; problem: Problem };
  outOfMemory: { status: number; message: string; problem: Problem };
}

export function createJobs(settings: JobSettings, log: Log): Jobs {
  const pool = createWorkerPool<Job, unknown>({
    module: new URL('./worker.ts', import.meta.url),
    size: settings.jobWorkers,
    queue: settings.jobQueue,
    budgetMs: settings.jobBudgetMs,
    memoryMb: settings.jobMemoryMb,
    log,
  });
  const budget = duration(settings.jobBudgetMs);
  const memory = `${settings.jobMemoryMb} MB`;
  const limits = { seconds: Number((settings.jobBudgetMs / 1000).toFixed(1)), megabytes: settings.jobMemoryMb };

  function busy(res: ServerResponse): HttpError {
    // A place frees up at the latest when the longest running job meets its budget.
    const seconds = Math.ceil(settings.jobBudgetMs / 1000);
    res.setHeader('retry-after', String(seconds));
    // A body left unread is not worth reading on through.
    res.setHeader('connection', 'close');
    return new HttpError(503, `The server is busy drawing reports and reading files for others; try again in ${seconds} s`, { code: 'serverBusy', values: { seconds } });
  }

  async function run(res: ServerResponse, job: Job, wording: Wording, transfer: ArrayBuffer[] = []): Promise<unknown> {
    try {
      return await pool.run(job, transfer);
    } catch (error) {
      if (error instanceof PoolBusyError) throw busy(res);
      if (error instanceof OverBudgetError) {
        res.setHeader('retry-after', '60');
        throw new HttpError(503, wording.overBudget.message, wording.overBudget.problem);
      }
      if (error instanceof WorkerLostError && error.outOfMemory) throw new HttpError(wording.outOfMemory.status, wording.outOfMemory.message, wording.outOfMemory.problem);
      if (error instanceof PoolClosedError) {
        res.setHeader('retry-after', '60');
        throw new HttpError(503, 'The server is shutting down; try again in a minute', { code: 'shuttingDown' });
      }
      throw error;
    }
  }

  return {
    admit(res) {
      if (pool.full()) throw busy(res);
    },
    async renderPdf(res, board, options) {
      return (await run(res, { kind: 'pdf', board, options }, {
        overBudget: {
          message: `The report took longer than ${budget} to draw and was stopped; try again in a minute or export from the board in your browser`,
          problem: { code: 'reportTooSlow', values: { seconds: limits.seconds } },
        },
        // The same board would fail the same way: a server error, but not one to retry.
        outOfMemory: {
          status: 500,
          message: `The report needed more than the ${memory} of memory the server gives one report and was stopped; export it from the board in your browser`,
          problem: { code: 'reportTooBig', values: { megabytes: limits.megabytes } },
        },
      })) as Uint8Array;
    },
    async readImport(res, file, now) {
      return (await run(res, { kind: 'import', file, now }, fileWording(budget, memory, limits), [file.buffer as ArrayBuffer])) as ImportedFile;
    },
    async checkTemplate(res, body) {
      return (await run(res, { kind: 'template', body }, fileWording(budget, memory, limits), [body.buffer as ArrayBuffer])) as CheckedTemplate;
    },
    close: () => pool.close(),
  };
}

function fileWording(budget: string, memory: string, { seconds, megabytes }: { seconds: number; megabytes: number }): Wording {
  return {
    overBudget: {
      message: `The file took longer than ${budget} to read and was stopped; try again in a minute, or with a smaller file`,
      problem: { code: 'fileTooSlow', values: { seconds } },
    },
    // The file's size is what made it fail: 413, as for a body over the size limit.
    outOfMemory: {
      status: 413,
      message: `The file needs more than the ${memory} of memory the server gives one file to read it; split it into smaller boards`,
      problem: { code: 'fileTooBig', values: { megabytes } },
    },
  };
}

/** "20 s", "1.5 s", "300 ms". */
function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
