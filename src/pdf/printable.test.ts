import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBoardFile } from '../file/index.ts';
import { CardSchema } from '../model/index.ts';
import { ellipsisAfter, printable, printableBoard } from './printable.ts';

function blankBoard() {
  const read = readBoardFile(readFileSync(new URL('../templates/blank-journey-map.json', import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(read.error);
  return read.file.board;
}

describe('printable text', () => {
  it('straightens curly quotes and the ellipsis beside Latin text', () => {
    expect(printable('Customer’s “first” visit…')).toBe('Customer\'s "first" visit...');
    expect(printable('‘Quoted’ at the edges')).toBe("'Quoted' at the edges");
  });

  it('keeps them beside Chinese text, where the full-width forms are right', () => {
    expect(printable('你好“世界”，这是‘测试’。')).toBe('你好“世界”，这是‘测试’。');
    expect(printable('Latin “quote” 和“中文”')).toBe('Latin "quote" 和“中文”');
    expect(printable('客户说“很好”……')).toBe('客户说“很好”……');
  });

  it('cuts Latin text with three dots and Chinese text with the ellipsis', () => {
    expect(ellipsisAfter('A long title')).toBe('...');
    expect(ellipsisAfter('客户认知')).toBe('…');
    expect(ellipsisAfter('')).toBe('...');
  });

  it('makes every text of a board printable but its links, and leaves the board itself alone', () => {
    const board = blankBoard();
    board.meta.title = 'Furn. Co’s journey';
    board.cards.push(CardSchema.parse({ id: 'c1', stageId: 's1', laneId: 'l1', order: 'a0', title: 'It’s “here”', tags: ['team’s'], link: 'https://example.com/it’s' }));
    const printed = printableBoard(board);
    expect(printed.meta.title).toBe("Furn. Co's journey");
    expect(printed.cards[0]).toMatchObject({ title: 'It\'s "here"', tags: ["team's"], link: 'https://example.com/it’s' });
    expect(board.cards[0]!.title).toBe('It’s “here”');
  });
});
