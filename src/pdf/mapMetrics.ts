import { TYPE, type TypeStyle } from './theme.ts';

/**
 * The map pages' measures at one scale. A map that leaves most of its page empty is drawn
 * larger, type and boxes alike (mapPacking.ts); at scale 1 every text is at the report's
 * smallest legible size, and a column is never narrower than `minColumn`.
 */
export interface MapMetrics {
  scale: number;
  detail: Detail;
  laneWidth: number;
  gap: number;
  cellPad: number;
  cardGap: number;
  minRow: number;
  emotionRow: number;
  radius: number;
  /** A stage column holds about eighteen characters of card title per line at this width. */
  minColumn: number;
  /** One lane of the channel under the grid that long connectors run along. */
  track: number;
  /** Room added above a row that a service blueprint's line runs over, for the line and its name. */
  blueprintGap: number;
  type: { stage: TypeStyle; body: TypeStyle; small: TypeStyle; tiny: TypeStyle };
  card: { pad: number; stripe: number; titleLines: number; bodyLines: number };
  note: { pad: number; maxLines: number };
  stage: { pad: number; titleLines: number; descriptionLines: number };
}

/** The largest the map is drawn: past it a sparse map reads as a poster, not a report. */
export const MAX_SCALE = 1.7;
/** The smallest, to save a page: tiny text is then 5.9 pt, the least a printed page is read at. */
export const MIN_SCALE = 0.9;

/** A stage's title: a step above a card's, so the columns read before their cards. */
const STAGE_TITLE: TypeStyle = { size: 10, line: 13 };

const scaled = (style: TypeStyle, s: number): TypeStyle => ({ size: style.size * s, line: style.line * s });

/**
 * How many lines the longer texts get before they are cut (the appendix has them in full):
 * fewer to save a page, more where the pages have room to show them whole.
 */
export type Detail = 'compact' | 'normal' | 'ample';
const LINES: Record<Detail, { title: number; body: number; note: number; stageTitle: number; description: number }> = {
  compact: { title: 4, body: 4, note: 5, stageTitle: 2, description: 2 },
  normal: { title: 4, body: 6, note: 8, stageTitle: 2, description: 3 },
  ample: { title: 6, body: 12, note: 14, stageTitle: 3, description: 6 },
};

export function mapMetrics(scale: number, detail: Detail = 'normal'): MapMetrics {
  const s = scale;
  const lines = LINES[detail];
  return {
    scale: s,
    detail,
    laneWidth: 80 * s,
    gap: 6 * s,
    cellPad: 5 * s,
    cardGap: 4 * s,
    minRow: 36 * s,
    emotionRow: 96 * s,
    radius: 3 * s,
    minColumn: 100 * s,
    track: 15 * s,
    blueprintGap: 10 * s,
    type: { stage: scaled(STAGE_TITLE, s), body: scaled(TYPE.body, s), small: scaled(TYPE.small, s), tiny: scaled(TYPE.tiny, s) },
    card: { pad: 5 * s, stripe: 2.5 * s, titleLines: lines.title, bodyLines: lines.body },
    note: { pad: 6 * s, maxLines: lines.note },
    stage: { pad: 7 * s, titleLines: lines.stageTitle, descriptionLines: lines.description },
  };
}

/** The width of each stage column when `count` stages share the page's width. */
export function columnWidth(width: number, count: number, m: MapMetrics): number {
  return (width - m.laneWidth - count * m.gap) / count;
}
