import { addCard, addLane, addNote, addStage, moveCard, type EditContext } from '../doc/index.ts';
import { cellAt, indexInCell, type Point } from './changes.ts';
import { nodeId, type JourneyLayout } from './layout.ts';
import { NOTE } from './metrics.ts';
import type { PaletteItem } from './palette.ts';

export type PaletteResult =
  | { added: 'card'; cardId: string }
  | { added: 'note'; noteId: string }
  | { added: 'stage' | 'lane'; nodeId: string }
  | { added: 'other' }
  | { added: 'nothing'; reason: 'cardOutsideCell' };

/**
 * Adds what was dropped from the palette at a point of the canvas: a stage or lane at the slot
 * nearest the point, a card into the cell under it (at the drop height), a note right there.
 */
export function dropPaletteItem(ctx: EditContext, layout: JourneyLayout, item: PaletteItem, point: Point): PaletteResult {
  switch (item.kind) {
    case 'stage': {
      const index = layout.columns.filter((c) => c.x + c.width / 2 < point.x).length;
      return { added: 'stage', nodeId: nodeId.stage(addStage(ctx, { title: '', index })) };
    }
    case 'lane': {
      const index = layout.rows.filter((r) => r.y + r.height / 2 < point.y).length;
      return { added: 'lane', nodeId: nodeId.lane(addLane(ctx, { kind: item.laneKind, index })) };
    }
    case 'card':
    case 'place': {
      const cell = cellAt(layout, point);
      if (!cell) return { added: 'nothing', reason: 'cardOutsideCell' };
      const index = indexInCell(layout, cell.stageId, cell.laneId, point.y, new Set());
      if (item.kind === 'place') {
        moveCard(ctx, item.cardId, { ...cell, index });
        return { added: 'other' };
      }
      return { added: 'card', cardId: addCard(ctx, { ...cell, index }) };
    }
    case 'note':
      return { added: 'note', noteId: addNote(ctx, { x: Math.round(point.x - NOTE.width / 2), y: Math.round(point.y - NOTE.minHeight / 2) }) };
  }
}
