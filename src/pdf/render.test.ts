import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadNodeFonts } from './nodeFonts.ts';
import { printable } from './printable.ts';
import { TEMPLATE_NAMES, flat, pageFill, pagesOf, render, template, textOf } from './pdfReading.ts';

/*
 * Every template rendered to PDF in Node, then read back with poppler's tools as a reader's
 * PDF viewer would: the text extracted, the fonts listed, every page rasterised.
 */
const fonts = loadNodeFonts();
const text = textOf;

describe('the PDF report', () => {
  for (const name of TEMPLATE_NAMES) {
    it(`renders ${name} with its text extractable, its fonts embedded and every page drawn`, async () => {
      const board = template(name);
      const pdf = await render(board, name);
      // Without whitespace: a title wrapped in a narrow column may break inside a word.
      const squash = (s: string) => s.replace(/\s+/g, '');
      const extracted = squash(text(pdf));
      // As printed: curly quotes beside Latin text come out straight (printable.ts).
      const shown = (s: string) => squash(printable(s));
      expect(extracted).toContain(shown(board.meta.title).slice(0, 40));
      for (const stage of board.stages) expect(extracted).toContain(shown(stage.title));
      for (const card of board.cards.slice(0, 8)) expect(extracted).toContain(shown(card.title));
      for (const item of board.strategy.slice(0, 8)) expect(extracted).toContain(shown(item.text));
      const fontLines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(fontLines.length).toBeGreaterThan(0);
      for (const line of fontLines) expect(line).toMatch(/Identity-H\s+yes/);
      // Every page holds something above its footer (the cover has none).
      const fills = pageFill(pdf);
      expect(fills.length).toBeGreaterThanOrEqual(1);
      for (const fill of fills) expect(fill).toBeGreaterThan(0.1);
    });
  }

  it('prints A3 and portrait pages when asked', async () => {
    const pdf = await render(template('lighting-project.json'), 'a3', { pageSize: 'a3', orientation: 'portrait' });
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 1190\.55 pts \(A3\)/);
  });

  it('keeps hostile text as text, and links only what is safe to follow', async () => {
    const board = template('lighting-project.json');
    board.cards[0] = { ...board.cards[0]!, title: '<img src=x onerror=alert(1)>', link: 'javascript:alert(1)' };
    board.cards[1] = { ...board.cards[1]!, link: 'https://example.com/quote' };
    const pdf = await render(board, 'hostile');
    const extracted = flat(text(pdf));
    expect(extracted).toContain('<img src=x onerror=alert(1)>');
    expect(extracted).toContain('Link (not followed): javascript:alert(1)');
    const raw = readFileSync(pdf, 'latin1');
    expect(raw).toContain('/URI (https://example.com/quote)');
    expect(raw).not.toMatch(/\/URI \(javascript/);
  });

  it('prints curly quotes and ellipses straight beside Latin text, and as Chinese sets them beside Chinese', async () => {
    const board = template('lighting-project.json');
    board.cards[0] = { ...board.cards[0]!, title: 'Customer’s “first” visit…', body: '客户说“很好”……', link: 'https://example.com/it’s' };
    const pdf = await render(board, 'quotes');
    const extracted = flat(text(pdf));
    expect(extracted).toContain('Customer\'s "first" visit...');
    expect(extracted).toContain('客户说“很好”……');
    expect(extracted).not.toContain('Customer’s');
    expect(readFileSync(pdf, 'latin1')).toContain('/URI (https://example.com/it');
  });

  it('paginates a map too big for one page, repeating the stage and lane headers', async () => {
    const board = template('lighting-project.json');
    // Thirty cards in one cell: the row must continue on the next page.
    const many = Array.from({ length: 30 }, (_, i) => ({ ...board.cards[0]!, id: `extra-${i}`, title: `Extra step ${i + 1}`, order: `b${String(i).padStart(3, '0')}` }));
    const pdf = await render({ ...board, cards: [...board.cards, ...many] }, 'tall');
    const map = pagesOf(pdf).filter((p) => p.startsWith('Journey map'));
    expect(map.length).toBeGreaterThanOrEqual(2);
    for (const page of map) {
      expect(flat(page)).toContain('Initial Contact and Needs Assessment');
      expect(page).toContain('Touchpoints');
    }
    expect(map.slice(1).every((p) => p.includes('continued'))).toBe(true);
    expect(text(pdf)).toContain('Extra step 30');
  });

  it('spreads stages too many for one page over pages of equal groups, each titled with its range', async () => {
    const pdf = await render(template('b2b-nine-phases.json'), 'nine');
    const map = pagesOf(pdf).filter((p) => p.startsWith('Journey map'));
    expect(map.map((p) => /^Journey map · stages \d–\d of \d/.exec(flat(p))?.[0])).toEqual(['Journey map · stages 1–5 of 9', 'Journey map · stages 6–9 of 9']);
  });

  it('renders from the command line, as npm run export does', () => {
    const out = join(tmpdir(), `journeyboard-cli-${process.pid}.pdf`);
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', 'src/templates/building-materials-lifecycle.json', '--pdf', out]);
    expect(flat(text(out))).toContain('收集客户使用反馈');
  });
});

describe('wrapping in the PDF', () => {
  it('wraps a 20,000-character word in a few hundred measurements, every line inside its width', async () => {
    const { jsPDF } = await import('jspdf');
    const { registerFonts } = await import('./fonts.ts');
    const { setType, wrap, wrapClamped } = await import('./text.ts');
    const { TYPE } = await import('./theme.ts');
    const doc = new jsPDF({ unit: 'pt' });
    registerFonts(doc, fonts);
    setType(doc, TYPE.small);
    // Counted, not timed: the work done, not this machine's speed.
    const measure = doc.getTextWidth.bind(doc);
    let measurements = 0;
    doc.getTextWidth = (text: string) => {
      measurements++;
      return measure(text);
    };
    const word = 'x'.repeat(20_000);
    const cut = wrapClamped(doc, word, 120, 6);
    expect(measurements).toBeLessThan(300);
    expect(cut).toHaveLength(6);
    expect(cut[5]!.endsWith('...')).toBe(true);
    const all = wrap(doc, `${word} 客户认知阶段是客户初次了解建材卫浴产品或服务 and more words`, 120);
    for (const line of all) expect(doc.getTextWidth(line)).toBeLessThanOrEqual(120);
    expect(all.join('')).toContain('客户认知');
  });
});
