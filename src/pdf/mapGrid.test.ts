import { describe, expect, it } from 'vitest';
import type { Board, Note } from '../model/index.ts';
import { anchorNotes, type MapGrid } from './mapGrid.ts';

/** Three columns 300 wide with gaps of 12, two rows, as the canvas lays out a small map. */
const GRID: MapGrid = {
  columns: [0, 1, 2].map((i) => ({ stageId: `s${i}`, x: 232 + i * 312, width: 300 })),
  rows: [
    { laneId: 'touch', y: 144, height: 400 },
    { laneId: 'pain', y: 556, height: 140 },
  ],
  note: { width: 200, height: 120 },
};

const note = (id: string, x: number, y: number): Note => ({ id, x, y, text: id, color: 'amber' });
const anchors = (...notes: Note[]) => anchorNotes({ notes } as Board, GRID).map(({ note, stage, across, zone }) => ({ id: note.id, stage, across: Math.round(across * 100) / 100, zone: zone.kind === 'lane' ? zone.laneId : zone.kind }));

describe('a sticky note against the grid', () => {
  it('sits above, in a lane or below the map by where its middle is', () => {
    expect(anchors(note('above', 232, -200), note('onHeaders', 544, 10), note('touch', 544, 300), note('pain', 856, 580), note('below', 856, 800))).toEqual([
      { id: 'above', stage: 0, across: 0, zone: 'above' },
      { id: 'onHeaders', stage: 1, across: 0, zone: 'above' },
      { id: 'touch', stage: 1, across: 0, zone: 'touch' },
      { id: 'pain', stage: 2, across: 0, zone: 'pain' },
      { id: 'below', stage: 2, across: 0, zone: 'below' },
    ]);
  });

  it('belongs, in the gap between two rows, to the row above, and beside the grid to the nearest column', () => {
    expect(anchors(note('gap', 700, 488), note('left', -300, 300), note('right', 5000, 300), note('half', 232 + 156, -200))).toEqual([
      { id: 'gap', stage: 1, across: 0.5, zone: 'touch' },
      { id: 'left', stage: 0, across: 0, zone: 'touch' },
      { id: 'right', stage: 2, across: 1, zone: 'touch' },
      { id: 'half', stage: 0, across: 0.5, zone: 'above' },
    ]);
  });

  it('has nowhere to sit on a map without stages', () => {
    expect(anchorNotes({ notes: [note('n', 0, 0)] } as Board, { ...GRID, columns: [] })).toEqual([]);
  });
});
