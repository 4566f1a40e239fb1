import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBoardFile } from '../file/index.ts';
import type { Board } from '../model/index.ts';
import { loadNodeFonts } from './nodeFonts.ts';
import { renderBoardPdf, type PdfOptions } from './render.ts';

/*
 * For the report's tests: a board rendered to a PDF file, read back with poppler's tools as a
 * reader's PDF viewer would (its text, its pages as pictures).
 */
const fonts = loadNodeFonts();
const dir = mkdtempSync(join(tmpdir(), 'journeyboard-pdf-'));
export const TEMPLATES = new URL('../templates/', import.meta.url);
export const TEMPLATE_NAMES = readdirSync(TEMPLATES).filter((f) => f.endsWith('.json'));

export function template(name: string): Board {
  const read = readBoardFile(readFileSync(new URL(name, TEMPLATES), 'utf8'));
  if (!read.ok) throw new Error(read.error);
  return read.file.board;
}

export async function render(board: Board, name: string, options: Partial<PdfOptions> = {}): Promise<string> {
  const pdf = await renderBoardPdf(board, fonts, { pageSize: 'a4', orientation: 'landscape', date: new Date('2026-11-22'), ...options });
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

/** Each page's text in the order it was drawn, so a wrapped title reads as one run of words. */
export function pagesOf(pdf: string): string[] {
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

/** Collapses whitespace, so a phrase is found whatever line breaks the layout put in it. */
export const flat = (s: string) => s.replace(/\s+/g, ' ');

export function textOf(pdf: string): string {
  return flat(pagesOf(pdf).join(' '));
}

/**
 * For each page, how far down the area between the top margin and the footer's rule the
 * drawing reaches (0 to 1), from a grey rasterisation: a half-empty page reads about 0.5.
 */
export function pageFill(pdf: string): number[] {
  const prefix = join(dir, 'fill');
  execFileSync('pdftoppm', ['-gray', '-r', '24', pdf, prefix]);
  const files = readdirSync(dir)
    .filter((f) => f.startsWith('fill') && f.endsWith('.pgm'))
    .sort();
  const pageHeight = Number(/Page size:\s+[\d.]+ x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return files.map((file) => {
    const data = readFileSync(join(dir, file));
    rmSync(join(dir, file));
    // A binary PGM: "P5", width, height and maximum value, each followed by whitespace, then pixels.
    const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(data.subarray(0, 40).toString('latin1'))!;
    const width = Number(header[1]);
    const height = Number(header[2]);
    const pixels = data.subarray(header[0].length);
    const perPoint = height / pageHeight;
    const top = Math.ceil(36 * perPoint);
    const footerRule = Math.floor((pageHeight - 36) * perPoint);
    let lowest = top;
    for (let y = top; y < footerRule; y++) {
      const row = pixels.subarray(y * width, (y + 1) * width);
      if (row.some((v) => v < 250)) lowest = y;
    }
    return (lowest - top) / (footerRule - top);
  });
}
