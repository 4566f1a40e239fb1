import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { docToBoard } from '../doc/index.ts';
import { boardToFile, readBoardFile, writeBoardToDoc } from '../file/index.ts';
import { readPreview } from './preview.ts';

function templateDoc(): Y.Doc {
  const read = readBoardFile(readFileSync(new URL('../templates/chrystals.json', import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(read.error);
  const doc = new Y.Doc();
  writeBoardToDoc(doc, read.file.board);
  return doc;
}

describe('readPreview', () => {
  it('reads the board the server wrote', () => {
    const board = docToBoard(templateDoc());
    expect(board.cards.length).toBeGreaterThan(0);
    expect(readPreview(JSON.stringify(boardToFile(board)))).toEqual(board);
  });

  it('ignores what it cannot paint, without throwing', () => {
    const file = boardToFile(docToBoard(new Y.Doc()));
    const broken = [
      '',
      '{"type": "journeyboard", "version": 1, "board": ',
      'null',
      '[]',
      JSON.stringify({ ...file, version: file.version + 1 }),
      JSON.stringify({ ...file, type: 'other' }),
      JSON.stringify({ ...file, board: { ...file.board, cards: {} } }),
      JSON.stringify({ ...file, board: { ...file.board, meta: null } }),
      JSON.stringify({ ...file, board: 'board' }),
    ];
    for (const text of broken) expect(readPreview(text)).toBeNull();
  });
});
