import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docToBoard } from '../doc/index.ts';
import { FILE_VERSION, boardToFile, serializeBoardFile } from './format.ts';
import { readBoardFile } from './read.ts';
import { MIGRATED_PERSONA_ID } from './migrations.ts';
import { writeBoardToDoc } from './toDoc.ts';

/*
 * Files of every version this Journeyboard has written, kept in tests/fixtures/files as
 * `v<version>-<what>.json`. Each must still read, and survive import then export unchanged.
 */
const DIR = new URL('../../tests/fixtures/files/', import.meta.url);
const fixtures = readdirSync(DIR).filter((name) => name.endsWith('.json'));

describe('file fixtures', () => {
  it('cover every version up to the current one', () => {
    const versions = new Set(fixtures.map((name) => Number(/^v(\d+)-/.exec(name)?.[1])));
    for (let v = 1; v <= FILE_VERSION; v++) expect(versions.has(v), `no fixture of version ${v}`).toBe(true);
  });

  for (const name of fixtures) {
    it(`${name} reads without repairs, and its board survives a round trip through a document`, () => {
      const text = readFileSync(new URL(name, DIR), 'utf8');
      const read = readBoardFile(text);
      if (!read.ok) throw new Error(read.error);
      expect(read.repairs).toEqual([]);
      const doc = new Y.Doc();
      writeBoardToDoc(doc, read.file.board);
      const once = serializeBoardFile(boardToFile(docToBoard(doc), read.file.source));
      const again = readBoardFile(once);
      if (!again.ok) throw new Error(again.error);
      const doc2 = new Y.Doc();
      writeBoardToDoc(doc2, again.file.board);
      expect(serializeBoardFile(boardToFile(docToBoard(doc2), again.file.source))).toBe(once);
      // A file written by this version is its own fixed point.
      if (name.startsWith(`v${FILE_VERSION}-every-record`)) expect(once).toBe(text);
      // A version 1 board's one persona, named in its meta, is a persona of its own, whose the
      // emotion curve is.
      if (name === 'v1-persona-in-meta.json') {
        expect(read.file.board.personas).toMatchObject([{ id: MIGRATED_PERSONA_ID, name: 'Bargain seeking households', color: 'blue', initials: '' }]);
        expect(read.file.board.lanes.map((lane) => [lane.kind, lane.personaId, lane.curve])).toEqual([
          ['touchpoints', null, 'asIs'],
          ['emotion', MIGRATED_PERSONA_ID, 'asIs'],
        ]);
        expect(read.file.version).toBe(FILE_VERSION);
      }
      // Fields this version does not know are handed on, as they were.
      if (name.includes('unknown-fields')) {
        const board = JSON.parse(once).board;
        expect(board.meta.workspace).toBe('Marketing EMEA');
        expect(board.stages[0].budget).toEqual({ amount: 1200, currency: 'EUR' });
        expect(board.cards[0]).toMatchObject({ priority: 'high', scores: "not a lane's" });
        expect(board.strategy[0].owner).toBe('Events team');
      }
    });
  }
});
