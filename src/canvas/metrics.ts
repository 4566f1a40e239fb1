/**
 * The canvas's fixed measures, in flow units (pixels at zoom 1). The layout computes every
 * position from these and the text; the node components use the same numbers, so what the
 * layout reserves is what the browser draws.
 */
export const GRID = {
  laneHeaderWidth: 220,
  columnWidth: 300,
  stageHeaderHeight: 132,
  gap: 12,
  cellPadding: 12,
  cardGap: 10,
  addCardSpace: 40,
  minRowHeight: 140,
  emotionRowHeight: 180,
} as const;

export const CARD = {
  width: GRID.columnWidth - 2 * GRID.cellPadding,
  paddingX: 16,
  paddingY: 12,
  stripe: 4,
  border: 1,
  /** Room kept at the end of the title for the card's "⋯" button. */
  titleEndPadding: 16,
  titleLine: 22,
  titleMaxLines: 4,
  bodyLine: 20,
  bodyMaxLines: 3,
  bodyGap: 4,
  metaRow: 30,
  /** The connector handles on a card's (and a note's) left and right edges: their visible dot. */
  handleSize: 16,
  /** Average advance of a Latin character at the title and body sizes; CJK counts double. */
  titleCharWidth: 8.5,
  bodyCharWidth: 7.4,
} as const;

export const NOTE = { width: 200, minHeight: 120, line: 21, padding: 14 } as const;
