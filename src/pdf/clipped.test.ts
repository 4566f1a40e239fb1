import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBoardFile } from '../file/index.ts';
import { LIMITS, type Board } from '../model/index.ts';
import { clipWithEllipsis, clippedBoard } from './clipped.ts';

function template(name: string): Board {
  const read = readBoardFile(readFileSync(new URL(`../templates/${name}`, import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(read.error);
  return read.file.board;
}

describe('texts cut for the report', () => {
  it('keeps a text within its limit and cuts a longer one with an ellipsis', () => {
    expect(clipWithEllipsis('Quotation', 9)).toBe('Quotation');
    expect(clipWithEllipsis('Quotation and agreement', 13)).toBe('Quotation and...');
    expect(clipWithEllipsis('报价与协议阶段', 4)).toBe('报价与协…');
    // An emoji is two UTF-16 units: the cut never leaves half of one.
    expect(clipWithEllipsis('ab😀cd', 3)).toBe('ab...');
  });

  it('cuts every text of a board written past the model’s limits, field by field, and leaves the rest', () => {
    // A map and a strategy canvas in one board.
    const source = { ...template('lighting-project.json'), strategy: template('strategy-canvas-furn-co.json').strategy };
    const huge = 'x'.repeat(200_000);
    const board: Board = {
      ...source,
      meta: { ...source.meta, title: huge, persona: huge },
      stages: source.stages.map((s) => ({ ...s, title: huge, description: huge })),
      cards: source.cards.map((c, i) => (i === 0 ? { ...c, title: huge, body: huge, owner: huge, tags: Array.from({ length: 500 }, () => huge) } : c)),
      strategy: source.strategy.map((item) => ({ ...item, text: huge })),
    };
    const clipped = clippedBoard(board);
    const cut = (max: number) => 'x'.repeat(max) + '...';
    expect(clipped.meta).toMatchObject({ title: cut(LIMITS.title), persona: cut(LIMITS.shortText), locale: source.meta.locale });
    expect(clipped.stages[0]).toMatchObject({ id: source.stages[0]!.id, title: cut(LIMITS.title), description: cut(LIMITS.longText) });
    const [card] = clipped.cards;
    expect(card).toMatchObject({ title: cut(LIMITS.shortText), body: cut(LIMITS.longText), owner: cut(LIMITS.title) });
    expect(card!.tags).toEqual(Array.from({ length: LIMITS.tags }, () => cut(LIMITS.tag)));
    expect(clipped.strategy[0]!.text).toBe(cut(LIMITS.longText));
    // Texts within their limits, and everything that is not text, are as they were.
    expect(clipped.cards.slice(1)).toEqual(source.cards.slice(1));
    expect(clipped.lanes).toEqual(source.lanes);
    expect(clippedBoard(source)).toEqual(source);
    expect(board.cards[0]!.title).toHaveLength(200_000); // the board given is left alone
  });
});
