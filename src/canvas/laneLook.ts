import type { LaneKind } from '../model/index.ts';

/**
 * How each kind of lane is drawn, the one table the live canvas (lanes.css, through the
 * variables below), the far-away sheet and the picture all read, so the three agree. It follows
 * how journey-mapping tools set a map: pain points marked in a calm red, opportunities in
 * green, channels as compact pills, the emotion lane as a curve of faces over a red and a green
 * band, a service blueprint's lanes behind the line of visibility shaded, and every lane's
 * header led by its kind's icon.
 */
export interface LaneLook {
  /** The lane's colour, a token: the edge of its header, its icon, its cards' mark. */
  accent: string;
  /** The soft fill of its cells (a token), or null for the plain half-white cell. */
  wash: string | null;
  /** The lane's icon: an SVG path on a 24-unit square, stroked 2 units wide with round ends. */
  icon: string;
  /** A card drawn in full, or (channels) as one line in a pill. */
  form: 'card' | 'pill';
  /** Whether a card carries the lane's icon at the start of its text. */
  mark: boolean;
  /** Notes: a card set as plain writing, without a shadow and in the regular weight. */
  quiet: boolean;
}

const ICONS = {
  // A point touched: a ring around a dot.
  touchpoints: 'M12 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16z M12 10a2 2 0 1 1 0 4a2 2 0 1 1 0-4z',
  // A step forward.
  actions: 'M4 12h14 M13 6l6 6-6 6',
  // A speech bubble.
  channels: 'M5 5h14a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1h-8l-4 3.5V16H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z',
  // A smiling face.
  emotion: 'M12 3.5a8.5 8.5 0 1 1 0 17a8.5 8.5 0 1 1 0-17z M8.5 14c1.9 2 5.1 2 7 0 M9 9.5v.5 M15 9.5v.5',
  // A warning sign.
  painPoints: 'M12 4L21 19.5H3z M12 10v4 M12 17v.01',
  // A light bulb.
  opportunities: 'M9.5 18h5 M10.5 21h3 M12 3a6 6 0 0 0-3.6 10.8c.7.6 1.1 1.3 1.1 2.2h5c0-.9.4-1.6 1.1-2.2A6 6 0 0 0 12 3z',
  // A person.
  owner: 'M12 4a4 4 0 1 1 0 8a4 4 0 1 1 0-8z M4.5 20c1.3-3.5 4.2-5 7.5-5s6.2 1.5 7.5 5',
  // Lines of writing.
  text: 'M5 6h14 M5 11h14 M5 16h9',
  // A bar chart.
  metrics: 'M4 20h16 M7 16v-4 M12 16V7 M17 16v-6',
  // Someone behind a counter: the staff the customer meets.
  frontstage: 'M12 3a3 3 0 1 1 0 6a3 3 0 1 1 0-6z M7 15c.8-2.5 2.7-4 5-4s4.2 1.5 5 4 M3 15h18 M5 15v6 M19 15v6',
  // A door: what goes on behind it.
  backstage: 'M6 21V4h12v17 M3 21h18 M14 12v.01',
  // Layers: the systems and processes underneath.
  support: 'M12 3l9 5-9 5-9-5z M3 13l9 5 9-5',
} as const satisfies Record<LaneKind, string>;

const look = (accent: string, icon: string, more: Partial<LaneLook> = {}): LaneLook => ({ accent, wash: null, icon, form: 'card', mark: false, quiet: false, ...more });

export const LANE_LOOKS: Readonly<Record<LaneKind, LaneLook>> = {
  touchpoints: look('--accent', ICONS.touchpoints),
  actions: look('--edge-teal', ICONS.actions),
  channels: look('--edge-violet', ICONS.channels, { form: 'pill' }),
  emotion: look('--edge-amber', ICONS.emotion),
  painPoints: look('--danger', ICONS.painPoints, { wash: '--danger-soft', mark: true }),
  opportunities: look('--success', ICONS.opportunities, { wash: '--success-soft', mark: true }),
  owner: look('--edge-slate', ICONS.owner, { mark: true }),
  text: look('--edge-slate', ICONS.text, { quiet: true }),
  metrics: look('--edge-blue', ICONS.metrics),
  // Below the line of visibility the cells are shaded: what the customer does not see.
  frontstage: look('--edge-orange', ICONS.frontstage),
  backstage: look('--edge-slate', ICONS.backstage, { wash: '--sunken' }),
  support: look('--edge-slate', ICONS.support, { wash: '--sunken' }),
};

/** How much of a wash shows over the canvas: a hint of the colour, calm enough for a projector. */
export const WASH_OPACITY = 0.5;

/** The fill of a cell without a wash: the canvas, lightened. */
export const PLAIN_CELL = 'rgb(255 255 255 / 0.5)';

/** A kind's icon as a picture the stylesheet can use as a mask (black strokes on nothing). */
function iconUrl(path: string): string {
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='black' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'><path d='${path}'/></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/**
 * Each kind's colours and icon as CSS variables (`--lane-accent-painPoints`, `--lane-wash-…`,
 * `--lane-icon-…`), set on the canvas's root; lanes.css hands a kind's to whatever carries
 * `data-lane-kind` as `--lane-accent`, `--lane-wash` and `--lane-icon`.
 */
export const LANE_VARIABLES: Readonly<Record<`--${string}`, string>> = Object.fromEntries(
  Object.entries(LANE_LOOKS).flatMap(([kind, { accent, wash, icon }]) => [
    [`--lane-accent-${kind}`, `var(${accent})`],
    [`--lane-wash-${kind}`, wash ? `color-mix(in srgb, var(${wash}) ${WASH_OPACITY * 100}%, transparent)` : PLAIN_CELL],
    [`--lane-icon-${kind}`, iconUrl(icon)],
  ]),
);
