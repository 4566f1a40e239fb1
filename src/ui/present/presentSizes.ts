/*
 * The presented stage's type and card sizes for a window, worked out before anything is drawn,
 * so a stage's cards fit the screen at the largest size that holds them. The sizes scale with
 * the window from a 1920x1080 projector, where a card's title is never below 24 CSS px (what
 * reads from the back of a room); a stage too full for even that scrolls rather than shrinking
 * its type further.
 */

export interface Viewport {
  width: number;
  height: number;
}

export interface PresentSizes {
  /** CSS px of a card's title, and of its description below it. */
  cardTitle: number;
  cardBody: number;
  /** The stage's title, its time window and description, a lane's name. */
  stageTitle: number;
  stageText: number;
  laneName: number;
  /** The most lines of a card's description shown. */
  bodyLines: number;
  /** The narrowest a card is drawn; a lane's cards fill its row in as many columns as fit. */
  cardMinWidth: number;
  /** The lane names' column, and the room around the page. */
  laneColumn: number;
  gutter: number;
}

/** The card title sizes tried at 1920x1080, largest first; the last is the floor. */
export const TITLE_STEPS = [34, 30, 27, 24] as const;
/** The floor: a card's title at 1920x1080 is never smaller. */
export const MIN_TITLE_AT_1080P = 24;
/** A card's description shows the whole of a usual one where the stage has room, else its start. */
export const BODY_LINE_STEPS = [7, 3] as const;
const TITLE_LINES = 2;

/** 1 on a 1920x1080 screen; smaller or larger with the window, by the side that runs out first. */
export function windowScale({ width, height }: Viewport): number {
  return Math.max(0.5, Math.min(width / 1920, height / 1080));
}

function sizesAt(title: number, scale: number, bodyLines: number): PresentSizes {
  const gutter = Math.round(56 * scale);
  return {
    cardTitle: title,
    cardBody: Math.round(title * 0.74),
    stageTitle: Math.round(title * 1.9),
    stageText: Math.round(title * 0.9),
    laneName: Math.round(title * 0.82),
    bodyLines,
    cardMinWidth: Math.round(title * 13),
    laneColumn: Math.round(title * 8),
    gutter,
  };
}

/** How tall a stage's lanes stand at these sizes, in a window this wide. */
function lanesHeight(sizes: PresentSizes, width: number, cardsPerLane: readonly number[], notes: boolean, bodies: boolean): number {
  const notesWidth = notes ? sizes.cardMinWidth * 0.8 + sizes.gutter : 0;
  const rowWidth = width - 2 * sizes.gutter - sizes.laneColumn - sizes.gutter / 2 - notesWidth;
  const columns = Math.max(1, Math.floor(rowWidth / sizes.cardMinWidth));
  const cardHeight = TITLE_LINES * sizes.cardTitle * 1.25 + (bodies ? sizes.bodyLines * sizes.cardBody * 1.45 : 0) + sizes.cardTitle * 1.4;
  const gap = sizes.cardTitle * 0.6;
  return cardsPerLane.reduce((sum, cards) => sum + Math.max(1, Math.ceil(cards / columns)) * (cardHeight + gap) + gap, 0);
}

/**
 * The largest sizes at which a stage whose lanes hold `cardsPerLane` cards fits the window
 * (a header above the lanes, the controls below, its sticky notes in a column beside them when
 * it has `notes`; cards without descriptions when none has `bodies`), or the floor when none does.
 */
export function presentSizes(viewport: Viewport, cardsPerLane: readonly number[], { notes = false, bodies = true } = {}): PresentSizes {
  const scale = windowScale(viewport);
  // Larger type first; at each size, as much of the descriptions as fits.
  for (const step of TITLE_STEPS) {
    for (const lines of BODY_LINE_STEPS) {
      const candidate = sizesAt(Math.round(step * scale), scale, lines);
      const header = candidate.stageTitle * 1.3 + candidate.stageText * 1.5 * 2 + candidate.gutter;
      const chrome = 2 * candidate.gutter + 72 * scale;
      if (header + chrome + lanesHeight(candidate, viewport.width, cardsPerLane, notes, bodies) <= viewport.height) return candidate;
    }
  }
  return sizesAt(Math.round(MIN_TITLE_AT_1080P * scale), scale, BODY_LINE_STEPS.at(-1)!);
}
