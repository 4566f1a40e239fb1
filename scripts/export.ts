import { readFileSync, writeFileSync } from 'node:fs';
import { layoutJourney } from '../src/canvas/layout.ts';
import { mapGridOf } from '../src/canvas/reportGrid.ts';
import { boardToCsv, readBoardFile } from '../src/file/index.ts';
import { loadNodeFonts } from '../src/pdf/nodeFonts.ts';
import { renderBoardPdf, type PdfOptions } from '../src/pdf/render.ts';

/*
 * npm run export -- <board.json> [--pdf out.pdf] [--csv out.csv] [--a3] [--portrait]
 * Renders a Journeyboard file the way the app exports it, without a browser.
 */
const USAGE = 'Usage: npm run export -- <board.json> [--pdf out.pdf] [--csv out.csv] [--a3] [--portrait]';
const args = process.argv.slice(2);
const input = args.find((a, i) => !a.startsWith('--') && !['--pdf', '--csv'].includes(args[i - 1] ?? ''));
const valueOf = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const pdfOut = valueOf('--pdf');
const csvOut = valueOf('--csv');
if (!input || (!pdfOut && !csvOut)) {
  console.error(USAGE);
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(input, 'utf8');
} catch (error) {
  console.error(`Cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const read = readBoardFile(text);
if (!read.ok) {
  console.error(`${input}: ${read.error}`);
  process.exit(1);
}
for (const repair of read.repairs) console.warn(`repaired: ${repair}`);
const board = read.file.board;

if (csvOut) {
  writeFileSync(csvOut, boardToCsv(board));
  console.log(`Wrote ${csvOut}`);
}
if (pdfOut) {
  const options: PdfOptions = {
    pageSize: args.includes('--a3') ? 'a3' : 'a4',
    orientation: args.includes('--portrait') ? 'portrait' : 'landscape',
    // Sticky notes are placed against the grid as the canvas lays it out, as the app's export does.
    mapGrid: mapGridOf(layoutJourney(board)),
  };
  const started = performance.now();
  const pdf = await renderBoardPdf(board, loadNodeFonts(), options);
  writeFileSync(pdfOut, pdf);
  console.log(`Wrote ${pdfOut} (${Math.round(pdf.byteLength / 1024)} KB in ${Math.round(performance.now() - started)} ms)`);
}
