import * as Y from 'yjs';
import { docToBoard } from '../src/doc/index.ts';
import { boardToFile, readBoardFile, serializeBoardFile, writeBoardToDoc } from '../src/file/index.ts';
import { loadNodeFonts } from '../src/pdf/nodeFonts.ts';
import { renderBoardPdf } from '../src/pdf/render.ts';
import { fillBigBoard } from './lib/bigBoard.ts';
import type { BenchContext } from './lib/context.ts';
import { median, round } from './lib/stats.ts';

/*
 * Issue 7, benchmark 8: the exports, in Node where they are DOM-free. Targets: the PDF of the
 * 1,000-card map ≤ 2 s; a JSON round trip (export, read, write into a document, export) of
 * 10,000 cards ≤ 100 ms. The PNG is measured in the browser by benchmark png-export.
 */
function boardOf(cards: number) {
  const doc = new Y.Doc();
  fillBigBoard(doc, { stages: 30, lanes: 8, cards });
  return docToBoard(doc);
}

async function timed<T>(work: () => Promise<T> | T): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export async function exportsBench(context: BenchContext) {
  const fontStart = performance.now();
  const fonts = loadNodeFonts();
  const fontMs = performance.now() - fontStart;
  const map = boardOf(1000);
  const pdfRuns: number[] = [];
  let pdfBytes = 0;
  for (let i = 0; i < context.runs; i++) {
    pdfRuns.push(
      await timed(async () => {
        pdfBytes = (await renderBoardPdf(map, fonts, { pageSize: 'a4', orientation: 'landscape' })).byteLength;
      }),
    );
  }

  const big = boardOf(10_000);
  const jsonRuns: number[] = [];
  let jsonBytes = 0;
  for (let i = 0; i < context.runs; i++) {
    jsonRuns.push(
      await timed(() => {
        const text = serializeBoardFile(boardToFile(big));
        jsonBytes = text.length;
        const read = readBoardFile(text);
        if (!read.ok) throw new Error(read.error);
        const doc = new Y.Doc();
        writeBoardToDoc(doc, read.file.board);
        serializeBoardFile(boardToFile(docToBoard(doc)));
      }),
    );
  }
  return {
    pdf: { cards: 1000, medianMs: round(median(pdfRuns)), runsMs: pdfRuns.map(round), kilobytes: Math.round(pdfBytes / 1024), fontLoadMs: round(fontMs), targetMs: 2000 },
    jsonRoundTrip: { cards: 10_000, medianMs: round(median(jsonRuns)), runsMs: jsonRuns.map(round), megabytes: round(jsonBytes / 2 ** 20), targetMs: 100 },
  };
}
