import { addConnector, may, moveCard, moveLane, moveNote, moveStage, transact, type EditContext } from '../doc/index.ts';
import type { JourneyLayout, JourneyNode } from './layout.ts';
import { recordIdOf } from './layout.ts';
import { GRID } from './metrics.ts';

/**
 * The one seam between React Flow and the document. React Flow reports where dragged nodes
 * ended up; this file turns that into commands described as data, and applies them as one
 * transaction (one undo step). Positions themselves are never stored for grid records.
 */
export type DropCommand =
  | { kind: 'moveCard'; cardId: string; stageId: string; laneId: string; index: number }
  | { kind: 'moveStage'; stageId: string; index: number }
  | { kind: 'moveLane'; laneId: string; index: number }
  | { kind: 'moveNote'; noteId: string; x: number; y: number };

export interface Point { x: number; y: number }
export interface DroppedNode { id: string; type?: string; position: Point; width?: number; height?: number }

/** The card cell under a point, or null (headers, gaps, emotion lanes, outside the grid). */
export function cellAt(layout: JourneyLayout, point: Point): { stageId: string; laneId: string } | null {
  const half = GRID.gap / 2;
  const column = layout.columns.find((c) => point.x >= c.x - half && point.x < c.x + c.width + half);
  const row = layout.rows.find((r) => point.y >= r.y - half && point.y < r.y + r.height + half);
  return column && row?.cards ? { stageId: column.stageId, laneId: row.laneId } : null;
}

/** Where among a cell's cards a card dropped at height `y` goes (the moving cards left out). */
export function indexInCell(layout: JourneyLayout, stageId: string, laneId: string, y: number, moving: ReadonlySet<string>): number {
  let index = 0;
  for (const node of layout.nodes) {
    if (node.type !== 'card' || moving.has(node.id)) continue;
    const { card } = node.data;
    if (card.stageId !== stageId || card.laneId !== laneId) continue;
    if (node.position.y + (node.height ?? 0) / 2 < y) index++;
  }
  return index;
}

function slotAlong<T>(items: readonly T[], key: (item: T) => number, exclude: (item: T) => boolean, at: number): number {
  return items.filter((item) => !exclude(item) && key(item) < at).length;
}

function centre(node: DroppedNode): Point {
  return { x: node.position.x + (node.width ?? 0) / 2, y: node.position.y + (node.height ?? 0) / 2 };
}

/** The commands that a drag ending with `dropped` nodes at their positions stands for. */
export function commandsForDrop(layout: JourneyLayout, dropped: readonly DroppedNode[]): DropCommand[] {
  const moving = new Set(dropped.map((n) => n.id));
  const commands: DropCommand[] = [];
  // Top to bottom, so cards dropped together into one cell keep their relative order.
  const ordered = [...dropped].sort((a, b) => a.position.y - b.position.y);
  for (const node of ordered) {
    const id = recordIdOf(node.id);
    const at = centre(node);
    if (node.type === 'card') {
      const cell = cellAt(layout, at);
      if (!cell) continue; // dropped outside any cell: it springs back
      const index = indexInCell(layout, cell.stageId, cell.laneId, at.y, moving) + commands.filter((c) => c.kind === 'moveCard' && c.stageId === cell.stageId && c.laneId === cell.laneId).length;
      commands.push({ kind: 'moveCard', cardId: id, ...cell, index });
    } else if (node.type === 'stage') {
      const index = slotAlong(layout.columns, (c) => c.x + c.width / 2, (c) => c.stageId === id, at.x);
      commands.push({ kind: 'moveStage', stageId: id, index });
    } else if (node.type === 'lane') {
      const index = slotAlong(layout.rows, (r) => r.y + r.height / 2, (r) => r.laneId === id, at.y);
      commands.push({ kind: 'moveLane', laneId: id, index });
    } else if (node.type === 'note') {
      commands.push({ kind: 'moveNote', noteId: id, x: Math.round(node.position.x), y: Math.round(node.position.y) });
    }
  }
  return commands;
}

/** Applies drop commands as one transaction: one drag is one undo step. */
export function applyDropCommands(ctx: EditContext, commands: readonly DropCommand[]): void {
  if (commands.length === 0) return;
  transact(ctx, () => {
    for (const command of commands) {
      switch (command.kind) {
        case 'moveCard':
          moveCard(ctx, command.cardId, command);
          break;
        case 'moveStage':
          moveStage(ctx, command.stageId, command.index);
          break;
        case 'moveLane':
          moveLane(ctx, command.laneId, command.index);
          break;
        case 'moveNote':
          moveNote(ctx, command.noteId, command.x, command.y);
          break;
      }
    }
  });
}

/** Keeps the node types React Flow reports us, for drops. */
export function droppedNodes(nodes: readonly JourneyNode[]): DroppedNode[] {
  return nodes.map((n) => ({ id: n.id, type: n.type, position: n.position, width: n.width, height: n.height }));
}

/** What a connector dragged from one node and dropped on another came to. */
export type ConnectOutcome = 'connected' | 'alreadyConnected' | 'nothing';

const JOINABLE = new Set(['card', 'note']);
const kindOf = (id: string) => id.slice(0, id.indexOf(':'));

/**
 * A connector dragged from node `from` and let go over node `to` (or over nothing): it joins
 * them, from the one dragged from, when both are cards or notes and the link may edit. One
 * command, one undo step.
 */
export function connectNodes(ctx: EditContext, from: string, to: string | null): ConnectOutcome {
  if (to === null || from === to || !JOINABLE.has(kindOf(from)) || !JOINABLE.has(kindOf(to)) || !may(ctx, 'edit')) return 'nothing';
  return addConnector(ctx, recordIdOf(from), recordIdOf(to)) === null ? 'alreadyConnected' : 'connected';
}
