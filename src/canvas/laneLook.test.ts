import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANE_KINDS } from '../model/index.ts';
import { LANE_LOOKS, LANE_VARIABLES } from './laneLook.ts';
import { GEOMETRY_VARIABLES } from './metrics.ts';

const stylesheet = (path: string) => readFileSync(path, 'utf8');
const lanesCss = stylesheet('src/canvas/nodes/lanes.css');

/** The card kinds lanes.css styles with a rule whose declarations use `property`: `.card-node[data-lane-kind="…"] { …property… }`. */
function cardKindsUsing(property: string): Set<string> {
  const css = lanesCss.replace(/\/\*[\s\S]*?\*\//g, '');
  const kinds = new Set<string>();
  for (const [, selector, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (!body!.includes(property)) continue;
    for (const [, kind] of selector!.matchAll(/\.card-node\[data-lane-kind="(\w+)"\]/g)) kinds.add(kind!);
  }
  return kinds;
}

describe('the lane looks', () => {
  it('give every kind its colours and icon as variables, and route each in lanes.css', () => {
    for (const kind of LANE_KINDS) {
      expect(LANE_VARIABLES[`--lane-accent-${kind}`]).toBe(`var(${LANE_LOOKS[kind].accent})`);
      expect(LANE_VARIABLES[`--lane-icon-${kind}`]).toMatch(/^url\("data:image\/svg\+xml,/);
      expect(lanesCss).toContain(`[data-lane-kind="${kind}"] { --lane-accent: var(--lane-accent-${kind}); --lane-wash: var(--lane-wash-${kind}); --lane-icon: var(--lane-icon-${kind}); }`);
    }
  });

  it('are drawn by lanes.css for the same kinds the layout, the sheet and the picture draw them for', () => {
    const kinds = (test: (kind: (typeof LANE_KINDS)[number]) => boolean) => new Set(LANE_KINDS.filter(test));
    expect(cardKindsUsing('--card-mark-gutter')).toEqual(kinds((k) => LANE_LOOKS[k].mark));
    expect(cardKindsUsing('--pill-height')).toEqual(kinds((k) => LANE_LOOKS[k].form === 'pill'));
    expect(cardKindsUsing('--weight-regular')).toEqual(kinds((k) => LANE_LOOKS[k].quiet));
  });

  it('hand every measure of metrics.ts to the stylesheets, which draw with it', () => {
    const css = stylesheet('src/canvas/canvas.css') + lanesCss + stylesheet('src/canvas/connectors/connectors.css') + stylesheet('src/canvas/voting/cardDots.css');
    for (const name of Object.keys(GEOMETRY_VARIABLES)) expect(css, name).toContain(`var(${name})`);
  });
});
