import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBoardFile } from '../file/index.ts';
import { anchorNotes, estimatedGrid } from '../pdf/mapGrid.ts';
import { layoutJourney } from './layout.ts';
import { mapGridOf } from './reportGrid.ts';

/*
 * The report places sticky notes against the canvas's grid. The app hands it the canvas's own
 * layout; the server, which has no canvas, estimates it (src/pdf/mapGrid.ts). The estimate must
 * put a note in the same stage and lane as the canvas would, on every template.
 */
const TEMPLATES = new URL('../templates/', import.meta.url);

describe('the report’s estimate of the canvas grid', () => {
  for (const name of readdirSync(TEMPLATES).filter((f) => f.endsWith('.json'))) {
    it(`places a note where the canvas would on ${name}`, () => {
      const read = readBoardFile(readFileSync(new URL(name, TEMPLATES), 'utf8'));
      if (!read.ok) throw new Error(read.error);
      const board = read.file.board;
      const exact = mapGridOf(layoutJourney(board));
      const estimate = estimatedGrid(board);
      expect(estimate.columns).toEqual(exact.columns);
      expect(estimate.note).toEqual(exact.note);
      // A note in the middle of every cell, and a quarter of the way down each row.
      const notes = exact.rows.flatMap((row) =>
        exact.columns.flatMap((column) =>
          [0.25, 0.5].map((down, i) => ({ id: `${row.laneId}-${column.stageId}-${i}`, x: column.x + 50, y: row.y + row.height * down - exact.note.height / 2, text: '', color: 'amber' as const })),
        ),
      );
      const where = (grid: typeof exact) => anchorNotes({ ...board, notes }, grid).map((a) => `${a.note.id}: ${a.stage} ${a.zone.kind === 'lane' ? a.zone.laneId : a.zone.kind}`);
      expect(where(estimate)).toEqual(where(exact));
    });
  }
});
