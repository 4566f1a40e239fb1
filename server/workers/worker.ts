import type { ReportFonts } from '../../src/pdf/fonts.ts';
import { loadNodeFonts } from '../../src/pdf/nodeFonts.ts';
import { renderBoardPdf } from '../../src/pdf/render.ts';
import { readNewBoard } from '../boardFiles.ts';
import { checkTemplate } from '../templatesApi.ts';
import type { Job } from './jobs.ts';
import { serveJobs } from './pool.ts';

// A worker thread of the pool (pool.ts): it runs one job at a time and shares nothing with the
// main thread but the messages, so it never touches the database or a live room.

/** Read once per worker, on its first report. */
let fonts: ReportFonts | null = null;

serveJobs<Job, unknown>(async (job) => {
  switch (job.kind) {
    case 'pdf': {
      fonts ??= loadNodeFonts();
      const pdf = await renderBoardPdf(job.board, fonts, job.options);
      return { value: pdf, transfer: [pdf.buffer as ArrayBuffer] };
    }
    case 'import': {
      const read = readNewBoard(job.file, job.now);
      return { value: read, transfer: [read.board.state.buffer as ArrayBuffer] };
    }
    case 'template':
      return { value: checkTemplate(job.body) };
  }
});
