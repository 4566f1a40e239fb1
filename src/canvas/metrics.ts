/**
 * The canvas's fixed measures, in flow units (pixels at zoom 1). The layout computes every
 * position from these and the text; the stylesheet draws with the same numbers, handed to it
 * as CSS variables (GEOMETRY_VARIABLES, set on the canvas's root), and so do the far-away
 * sheet and the picture: what the layout reserves is what the browser draws.
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
  /** Room added above a lane that a service blueprint's line runs over, for the line and its name. */
  blueprintGap: 32,
} as const;

const META_GAP = 6;
const META_HEIGHT = 24;
const DOTS_GAP = 8;
const MEASURE_GAP = 6;
const MEASURE_HEIGHT = 30;
const DOTS_HEIGHT = 28;

export const CARD = {
  width: GRID.columnWidth - 2 * GRID.cellPadding,
  /** From the stripe (left) or the border (right) to the text. */
  paddingX: 16,
  /** From the card's outer edge to its text, the border included: a card is 2 × paddingY plus its lines tall. */
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
  /** The details row: a gap above it, and its height (a chip and room for its edge). */
  metaGap: META_GAP,
  metaHeight: META_HEIGHT,
  metaRow: META_GAP + META_HEIGHT,
  /**
   * The row a card in the dot voting round on screen gets at its foot: room for a person's dots
   * and the button that places one, then for the count once revealed (canvas/voting).
   */
  dotsGap: DOTS_GAP,
  dotsHeight: DOTS_HEIGHT,
  dotsRow: DOTS_GAP + DOTS_HEIGHT,
  /** A measure's row under its name (a card in a measures lane): the value, large, its target and the gap. */
  measureGap: MEASURE_GAP,
  measureHeight: MEASURE_HEIGHT,
  measureRow: MEASURE_GAP + MEASURE_HEIGHT,
  /** A lane's mark at the start of a card's text (pain points, opportunities, owners), and the room kept for it. */
  markSize: 16,
  markGutter: 24,
  /** The connector handles on a card's (and a note's) left and right edges: their visible dot. */
  handleSize: 16,
  /** The type sizes of the title and the body; textLines.ts knows each character's width in the face at any size. */
  titleSize: 16,
  bodySize: 14,
  /** Average advance of a Latin character at the body size: a sticky note's rough count of its lines. */
  bodyCharWidth: 7.4,
} as const;

/** A chip of a card's details row. */
export const CHIP = { height: 22 } as const;

/** A card in a channels lane: one line in a pill, a dot of the card's colour at its start. */
export const PILL = { height: 36, paddingX: 14, dot: 8, dotGap: 8 } as const;

/*
 * The far-away look of a card: its text area keeps the card's padding (a little more above and
 * below), and each line of text is a bar 12 units tall every 22 units.
 */
export const FAR_CARD = { paddingY: 14, bar: 12, barPitch: 22 } as const;

export const NOTE = { width: 200, minHeight: 120, line: 21, padding: 14 } as const;

const px = (n: number) => `${n}px`;

/** The measures the stylesheet draws cards, chips and notes with (canvas.css, lanes.css). */
export const GEOMETRY_VARIABLES: Readonly<Record<`--${string}`, string>> = {
  '--card-padding-x': px(CARD.paddingX),
  '--card-padding-y': px(CARD.paddingY - CARD.border),
  '--card-stripe': px(CARD.stripe),
  '--card-border': px(CARD.border),
  '--card-title-end': px(CARD.titleEndPadding),
  '--card-title-size': px(CARD.titleSize),
  '--card-title-line': px(CARD.titleLine),
  '--card-title-lines': String(CARD.titleMaxLines),
  '--card-body-size': px(CARD.bodySize),
  '--card-body-line': px(CARD.bodyLine),
  '--card-body-lines': String(CARD.bodyMaxLines),
  '--card-body-gap': px(CARD.bodyGap),
  '--card-meta-gap': px(CARD.metaGap),
  '--card-meta-height': px(CARD.metaHeight),
  '--card-dots-height': px(CARD.dotsHeight),
  '--card-measure-gap': px(CARD.measureGap),
  '--card-measure-height': px(CARD.measureHeight),
  '--card-mark-size': px(CARD.markSize),
  '--card-mark-gutter': px(CARD.markGutter),
  '--card-handle': px(CARD.handleSize),
  '--chip-height': px(CHIP.height),
  '--pill-height': px(PILL.height),
  '--pill-padding-x': px(PILL.paddingX),
  '--pill-dot': px(PILL.dot),
  '--pill-dot-gap': px(PILL.dotGap),
  '--far-card-padding-y': px(FAR_CARD.paddingY),
  '--far-bar': px(FAR_CARD.bar),
  '--far-bar-pitch': px(FAR_CARD.barPitch),
  '--note-padding': px(NOTE.padding),
  '--note-line': px(NOTE.line),
};
