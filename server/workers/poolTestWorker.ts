import { threadId } from 'node:worker_threads';
import { HttpError } from '../json.ts';
import { serveJobs } from './pool.ts';

/** The jobs pool.test.ts gives its workers: each stands for one way a real job ends. */
export type TestJob =
  | { kind: 'sum'; bytes: Uint8Array }
  | { kind: 'spin'; ms: number }
  | { kind: 'refuse'; status: number; message: string }
  | { kind: 'throw' }
  | { kind: 'hoard' }
  | { kind: 'exit' };

export interface TestAnswer {
  /** Which worker answered, so a test can tell a replaced worker from the one before. */
  threadId: number;
  sum?: number;
  bytes?: Uint8Array;
}

serveJobs<TestJob, TestAnswer>(async (job) => {
  switch (job.kind) {
    case 'sum': {
      const bytes = new Uint8Array([job.bytes.reduce((a, b) => a + b, 0) % 256]);
      return { value: { threadId, sum: job.bytes.reduce((a, b) => a + b, 0), bytes }, transfer: [bytes.buffer] };
    }
    case 'spin': {
      // Busy, as a long report is: no await, so only terminating the thread can stop it.
      const end = Date.now() + job.ms;
      while (Date.now() < end);
      return { value: { threadId } };
    }
    case 'refuse':
      throw new HttpError(job.status, job.message, { code: 'fileNotJourneyboard' });
    case 'throw':
      throw new Error('a fault in the job');
    case 'hoard': {
      const kept: number[][] = [];
      for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => i + kept.length));
    }
    case 'exit':
      process.exit(3);
  }
});
