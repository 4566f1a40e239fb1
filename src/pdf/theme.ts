import type { ColorName } from '../model/index.ts';

/**
 * The report's visual system: the app's palette (src/styles/tokens.css, kept in step by
 * hand) in points and RGB hex for jsPDF. One type scale, one spacing unit.
 */
export const INK = '#1b2430';
export const INK_MUTED = '#556070';
export const INK_FAINT = '#8590a0';
export const LINE = '#e1e4ea';
export const LINE_STRONG = '#c9ced8';
export const SUNKEN = '#eceef2';
export const ACCENT = '#3156d3';
export const WHITE = '#ffffff';
/** A measure that meets its target, and one short of it. */
export const SUCCESS = '#1d7f55';
export const WARNING = '#a86a12';

export const TINT: Record<ColorName, string> = {
  slate: '#f1f3f6', blue: '#e8effd', teal: '#e2f4f3', green: '#e6f4e8', amber: '#fdf3d8',
  orange: '#fdeadb', red: '#fce8e6', pink: '#fbe7f1', violet: '#efe9fb',
};
export const EDGE: Record<ColorName, string> = {
  slate: '#8f9aab', blue: '#4a72d9', teal: '#1f9187', green: '#3a8f4e', amber: '#c9961a',
  orange: '#d4702a', red: '#cc4a42', pink: '#c4508a', violet: '#7a57c9',
};

/** Type sizes in points, and the line height each is set on. */
export const TYPE = {
  display: { size: 30, line: 36 },
  title: { size: 18, line: 23 },
  heading: { size: 12, line: 16 },
  body: { size: 9, line: 12 },
  small: { size: 7.5, line: 10 },
  tiny: { size: 6.5, line: 8.5 },
} as const;
export interface TypeStyle {
  readonly size: number;
  readonly line: number;
}

export const MARGIN = 36;
