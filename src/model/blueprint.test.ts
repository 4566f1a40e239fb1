import { describe, expect, it } from 'vitest';
import { blueprintLines } from './blueprint.ts';
import type { LaneKind } from './lane.ts';

const lanes = (...kinds: LaneKind[]) => kinds.map((kind) => ({ kind }));

describe('blueprintLines', () => {
  it('draws interaction above the frontstage, visibility above the backstage and internal interaction above support', () => {
    expect(blueprintLines(lanes('actions', 'touchpoints', 'frontstage', 'backstage', 'backstage', 'support'))).toEqual([
      [],
      [],
      ['interaction'],
      ['visibility'],
      [],
      ['internal'],
    ]);
  });

  it('names both lines where the customer’s lanes give straight onto the backstage', () => {
    expect(blueprintLines(lanes('actions', 'emotion', 'backstage', 'support'))).toEqual([[], [], ['interaction', 'visibility'], ['internal']]);
  });

  it('draws a line above a blueprint lane at the top of the map: the stage headers are the customer’s side', () => {
    expect(blueprintLines(lanes('frontstage', 'painPoints'))).toEqual([['interaction'], []]);
  });

  it('draws no line above a lane put back above a deeper one, nor on a map without blueprint lanes', () => {
    expect(blueprintLines(lanes('backstage', 'frontstage', 'actions'))).toEqual([['interaction', 'visibility'], [], []]);
    expect(blueprintLines(lanes('touchpoints', 'owner', 'opportunities'))).toEqual([[], [], []]);
    expect(blueprintLines([])).toEqual([]);
  });
});
