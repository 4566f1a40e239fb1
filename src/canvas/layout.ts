import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { WIDE_CHAR, asIsCurveOf, blueprintLines, cardsInRound, isMetricSection, roundOnScreen, type BlueprintLine, type Board, type Card, type Lane, type LaneKind, type Note, type Persona, type Stage } from '../model/index.ts';
import { cardHeight, votable } from './cardShape.ts';
import { indexByCell } from './cellIndex.ts';
import { arrowPath, routeConnectors, routePath, type Channels } from './connectors/route.ts';
import { CARD, GRID, NOTE } from './metrics.ts';
import type { CardSheetNode } from './overview/overviewNodes.ts';
import { estimateLines } from './textLines.ts';

export interface StageNodeData extends Record<string, unknown> { stage: Stage; index: number; metrics: string[] }
/** A lane header; an emotion lane's persona, whose curve it draws, is its legend. */
export interface LaneNodeData extends Record<string, unknown> { lane: Lane; index: number; persona: Persona | null; personas: readonly Persona[]; asIsShown: boolean }
/** One stage x lane cell of the grid: where it is on the map, and its stage's and lane's titles and kind, which name it. */
export interface Cell { id: string; stageId: string; laneId: string; stageTitle: string; lane: Pick<Lane, 'kind' | 'title'>; empty: boolean; x: number; y: number; width: number; height: number }
export interface CellGridData extends Record<string, unknown> { cells: Cell[] }
/**
 * A card, the kind of the lane it is in, which decides how it is drawn, and whether it is in
 * the dot voting round on screen, which gives it a row for dots. What that row shows is not
 * the layout's: it depends on the person looking and on the round (canvas/voting).
 */
export interface CardNodeData extends Record<string, unknown> { card: Card; laneKind: LaneKind; voting: boolean }
export interface NoteNodeData extends Record<string, unknown> { note: Note }
/** A service blueprint's line across the map, above a lane; more than one where a map crosses them at once. */
export interface BlueprintLineNodeData extends Record<string, unknown> { lines: BlueprintLine[] }
export interface EmotionNodeData extends Record<string, unknown> {
  lane: Lane;
  /** Whose curve it is: drawn in that persona's colour; null for no one's. */
  persona: Persona | null;
  /** One point per stage column: its centre x (relative to the node) and the score, if any. */
  points: { stageId: string; x: number; score: number | null }[];
  /** For a to-be curve, the scores of its persona's as-is curve, drawn pale beneath it. */
  asIs: Lane['scores'] | null;
}

export type JourneyNode =
  | Node<StageNodeData, 'stage'>
  | Node<LaneNodeData, 'lane'>
  | Node<CellGridData, 'cellGrid'>
  | Node<CardNodeData, 'card'>
  | Node<NoteNodeData, 'note'>
  | Node<EmotionNodeData, 'emotion'>
  | Node<BlueprintLineNodeData, 'blueprintLine'>
  | CardSheetNode;

/*
 * A connector's measures, shared by the canvas (ConnectorEdge, connectors.css) and the picture
 * (paintConnectors): the line's width, and the label's type size, padding and widest extent.
 * Colours come from the stylesheet's tokens.
 */
export const CONNECTOR_STYLE = {
  strokeWidth: 2,
  labelStyle: { fontSize: 14 },
  labelPadding: [10, 4] as [number, number],
  labelMaxWidth: 280,
};

/** What a connector's edge carries: its way through the grid, and where React Flow will put its ends. */
export interface ConnectorData extends Record<string, unknown> {
  path: string;
  arrow: string;
  labelX: number;
  labelY: number;
  /** The ends as React Flow reckons them from the handles: where they differ, a node is being dragged. */
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
}

export type ConnectorEdge = Edge<ConnectorData, 'connector'>;

export interface Column { stageId: string; x: number; width: number }
export interface Row { laneId: string; y: number; height: number; cards: boolean }

export interface JourneyLayout {
  columns: Column[];
  rows: Row[];
  /** Every cell of the grid; React Flow gets them as one node (CELL_GRID_ID). */
  cells: Cell[];
  nodes: JourneyNode[];
  edges: ConnectorEdge[];
  /** The grid's extent, headers included. */
  width: number;
  height: number;
}

export const nodeId = {
  stage: (id: string) => `stage:${id}`,
  lane: (id: string) => `lane:${id}`,
  cell: (stageId: string, laneId: string) => `cell:${stageId}:${laneId}`,
  card: (id: string) => `card:${id}`,
  note: (id: string) => `note:${id}`,
  emotion: (id: string) => `emotion:${id}`,
  blueprintLine: (laneId: string) => `blueprint:${laneId}`,
};

export const CELL_GRID_ID = 'cells';

/** The record id inside a node id (`card:abc` -> `abc`). */
export function recordIdOf(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

export { cardHeight };

/*
 * Sizes and handles are declared, not only drawn: React Flow draws every node whose handles it
 * has not measured yet, whatever the culling, and fits the view to measured nodes only. Without
 * them a 10,000-card board lays out every card in full on its first frame, and the first fit
 * covers only the cards drawn so far. React Flow takes these as they are (it measures a node
 * only when its size differs), so they match where connectors.css draws the handles: centred
 * on the box's left and right edges, halfway down.
 */
function connectorHandles(width: number, height: number): NodeHandle[] {
  const size = CARD.handleSize;
  const y = height / 2 - size / 2;
  return [
    { type: 'target', position: Position.Left, x: -size / 2, y, width: size, height: size },
    { type: 'source', position: Position.Right, x: width - size / 2, y, width: size, height: size },
  ];
}

/** Heights by card object: an unchanged card keeps its object (boardReader.ts), so its text is not measured again. */
const knownHeights = new WeakMap<Card, { kind: LaneKind; voting: boolean; height: number }>();

function knownCardHeight(card: Card, kind: LaneKind, voting: boolean): number {
  const known = knownHeights.get(card);
  if (known?.kind === kind && known.voting === voting) return known.height;
  const height = cardHeight(card, kind, voting);
  knownHeights.set(card, { kind, voting, height });
  return height;
}

type CardNode = Extract<JourneyNode, { type: 'card' }>;

/**
 * Card nodes by card object. A card that did not change (boardReader.ts keeps its object) and
 * stays where it was keeps its node too: an edit then builds, compares and re-renders only the
 * nodes it touched, where a thousand new objects per edit cost the comparison and the garbage
 * collector a few milliseconds each.
 */
const knownCardNodes = new WeakMap<Card, CardNode>();

function cardNode(card: Card, laneKind: LaneKind, voting: boolean, x: number, y: number, height: number): CardNode {
  const known = knownCardNodes.get(card);
  if (known && known.position.x === x && known.position.y === y && known.height === height && known.data.laneKind === laneKind && known.data.voting === voting) return known;
  const node: CardNode = {
    id: nodeId.card(card.id),
    type: 'card',
    position: { x, y },
    width: CARD.width,
    height,
    handles: connectorHandles(CARD.width, height),
    measured: { width: CARD.width, height },
    data: { card, laneKind, voting },
  };
  knownCardNodes.set(card, node);
  return node;
}

export function noteHeight(note: Note): number {
  const lines = estimateLines(note.text || ' ', NOTE.width - 2 * NOTE.padding, CARD.bodyCharWidth, 12);
  return Math.max(NOTE.minHeight, 2 * NOTE.padding + lines * NOTE.line);
}

/**
 * Derives the whole canvas from a board: stage columns across, lane rows down, cards stacked in
 * their cells. A row is as tall as its fullest cell, so rows and columns stay aligned. Pure: the
 * same board always gives the same layout.
 */
const NO_PERSONAS: readonly Persona[] = [];

export function layoutJourney(board: Board): JourneyLayout {
  const stageIds = new Set(board.stages.map((s) => s.id));
  const cells = indexByCell(board.cards, (card) => (stageIds.has(card.stageId) ? card : null));
  const round = roundOnScreen(board);
  const voting = round ? cardsInRound(round, board.cards) : null;

  const columns: Column[] = board.stages.map((stage, i) => ({
    stageId: stage.id,
    x: GRID.laneHeaderWidth + GRID.gap + i * (GRID.columnWidth + GRID.gap),
    width: GRID.columnWidth,
  }));
  const width = columns.length ? columns.at(-1)!.x + GRID.columnWidth : GRID.laneHeaderWidth;

  const nodes: JourneyNode[] = [];
  const cellList: Cell[] = [];
  const metricsByStage = new Map<string, string[]>();
  for (const item of board.strategy) {
    if (item.stageId && item.text && isMetricSection(item.sectionId)) metricsByStage.set(item.stageId, [...(metricsByStage.get(item.stageId) ?? []), item.text]);
  }
  board.stages.forEach((stage, index) => {
    nodes.push({
      id: nodeId.stage(stage.id),
      type: 'stage',
      position: { x: columns[index]!.x, y: 0 },
      width: GRID.columnWidth,
      height: GRID.stageHeaderHeight,
      data: { stage, index, metrics: metricsByStage.get(stage.id) ?? [] },
    });
  });

  const rows: Row[] = [];
  const personas = new Map(board.personas.map((persona) => [persona.id, persona]));
  const lines = blueprintLines(board.lanes);
  let y = GRID.stageHeaderHeight + GRID.gap;
  board.lanes.forEach((lane, index) => {
    const crossed = lines[index]!;
    if (crossed.length > 0) {
      // The line runs through the middle of the gap above the lane, widened to hold its name.
      nodes.push({
        id: nodeId.blueprintLine(lane.id),
        type: 'blueprintLine',
        position: { x: 0, y: y - GRID.gap },
        width,
        height: GRID.gap + GRID.blueprintGap,
        draggable: false,
        selectable: false,
        focusable: false,
        zIndex: -1,
        data: { lines: crossed },
      });
      y += GRID.blueprintGap;
    }
    const isVoting = (card: Card) => voting !== null && votable(lane.kind) && voting.has(card.id);
    const isEmotion = lane.kind === 'emotion';
    let height: number = isEmotion ? GRID.emotionRowHeight : GRID.minRowHeight;
    const stacks = columns.map((column, stageIndex) => {
      const cards = isEmotion ? [] : (cells.get(column.stageId, lane.id) ?? []);
      let cy = y + GRID.cellPadding;
      const placed = cards.map((card) => {
        const h = knownCardHeight(card, lane.kind, isVoting(card));
        const node = { card, y: cy, h };
        cy += h + GRID.cardGap;
        return node;
      });
      height = Math.max(height, cy - y + GRID.addCardSpace);
      return { column, stage: board.stages[stageIndex]!, placed };
    });
    rows.push({ laneId: lane.id, y, height, cards: !isEmotion });
    const persona = isEmotion && lane.personaId !== null ? (personas.get(lane.personaId) ?? null) : null;
    const asIs = isEmotion ? (asIsCurveOf(lane, board.lanes)?.scores ?? null) : null;
    nodes.push({
      id: nodeId.lane(lane.id),
      type: 'lane',
      position: { x: 0, y },
      width: GRID.laneHeaderWidth,
      height,
      data: { lane, index, persona, personas: isEmotion ? board.personas : NO_PERSONAS, asIsShown: asIs !== null },
    });
    if (isEmotion) {
      nodes.push({
        id: nodeId.emotion(lane.id),
        type: 'emotion',
        position: { x: GRID.laneHeaderWidth + GRID.gap, y },
        width: Math.max(0, width - GRID.laneHeaderWidth - GRID.gap),
        height,
        draggable: false,
        selectable: false,
        data: {
          lane,
          persona,
          asIs,
          points: columns.map((c) => ({ stageId: c.stageId, x: c.x - GRID.laneHeaderWidth - GRID.gap + c.width / 2, score: Object.hasOwn(lane.scores, c.stageId) ? lane.scores[c.stageId]! : null })),
        },
      });
    }
    for (const { column, stage, placed } of stacks) {
      if (!isEmotion) {
        cellList.push({
          id: nodeId.cell(column.stageId, lane.id),
          stageId: column.stageId,
          laneId: lane.id,
          stageTitle: stage.title,
          lane: { kind: lane.kind, title: lane.title },
          empty: placed.length === 0,
          x: column.x,
          y,
          width: column.width,
          height,
        });
      }
      for (const { card, y: cy, h } of placed) nodes.push(cardNode(card, lane.kind, isVoting(card), column.x + GRID.cellPadding, cy, h));
    }
    y += height + GRID.gap;
  });

  const gridHeight = Math.max(GRID.stageHeaderHeight, y - GRID.gap);
  if (cellList.length > 0) nodes.unshift(cellGridNode(cellList, width, gridHeight));
  for (const note of board.notes) {
    const height = noteHeight(note);
    nodes.push({ id: nodeId.note(note.id), type: 'note', position: { x: note.x, y: note.y }, width: NOTE.width, height, handles: connectorHandles(NOTE.width, height), zIndex: 5, data: { note } });
  }

  for (const node of nodes) {
    if (node.type === 'card' || node.type === 'note') continue;
    node.handles = [];
    node.measured = { width: node.width, height: node.height };
  }

  const edges = connectorEdges(board, nodes, { columns, rows });
  return { columns, rows, cells: cellList, nodes, edges, width, height: gridHeight };
}

/*
 * The cells are one node, not a node each: React Flow mounts a node when it scrolls into view,
 * and a zoom out that brought a hundred cells back held that frame for 50-60 ms. The grid's one
 * node is always in view, so its cells mount once; each stays a memoised component.
 */
function cellGridNode(cells: Cell[], width: number, height: number): JourneyNode {
  return {
    id: CELL_GRID_ID,
    type: 'cellGrid',
    position: { x: 0, y: 0 },
    width,
    height,
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -1,
    data: { cells },
  };
}

type Joinable = Extract<JourneyNode, { type: 'card' | 'note' }>;

/** About how large a connector's label is drawn (connectors.css), to keep labels from covering each other. */
function connectorLabelSize(label: string): { width: number; height: number } | null {
  if (!label) return null;
  const { labelStyle, labelPadding, labelMaxWidth } = CONNECTOR_STYLE;
  let units = 0;
  for (const ch of label) units += WIDE_CHAR.test(ch) ? 2 : 1;
  const width = Math.min(labelMaxWidth, units * labelStyle.fontSize * 0.55 + 2 * labelPadding[0] + 2);
  return { width, height: labelStyle.fontSize * 1.2 + 2 * labelPadding[1] + 2 };
}

/** Where React Flow puts a connector's end on a handle: the handle's outer edge, halfway along. */
function handlePoint(node: Joinable, type: 'source' | 'target'): { x: number; y: number } {
  const handle = node.handles!.find((h) => h.type === type)!;
  const x = node.position.x + handle.x + (handle.position === Position.Right ? (handle.width ?? 0) : 0);
  return { x, y: node.position.y + handle.y + (handle.height ?? 0) / 2 };
}

/**
 * The connectors between cards and notes on the map, each routed through the gaps of the grid
 * (route.ts). A connector whose card is unplaced waits, undrawn, until the card is placed again.
 */
function connectorEdges(board: Board, nodes: readonly JourneyNode[], channels: Channels): ConnectorEdge[] {
  if (board.connectors.length === 0) return [];
  const joinable = new Map<string, Joinable>();
  for (const node of nodes) if (node.type === 'card' || node.type === 'note') joinable.set(recordIdOf(node.id), node);
  const box = (node: Joinable) => ({ x: node.position.x, y: node.position.y, width: node.width!, height: node.height! });
  const drawn = board.connectors.flatMap((connector) => {
    const from = joinable.get(connector.from);
    const to = joinable.get(connector.to);
    return from && to ? [{ connector, from, to }] : [];
  });
  const routes = routeConnectors(channels, drawn.map(({ connector, from, to }) => ({ from: box(from), to: box(to), label: connectorLabelSize(connector.label) })));
  return drawn.map(({ connector, from, to }, k): ConnectorEdge => {
    const { points, label } = routes[k]!;
    const source = handlePoint(from, 'source');
    const target = handlePoint(to, 'target');
    return {
      id: `connector:${connector.id}`,
      source: from.id,
      target: to.id,
      type: 'connector',
      label: connector.label || undefined,
      data: { path: routePath(points), arrow: arrowPath(points), labelX: label.x, labelY: label.y, sourceX: source.x, sourceY: source.y, targetX: target.x, targetY: target.y },
    };
  });
}
