import type { Lane, LaneKind } from './lane.ts';

/**
 * A service blueprint's lines, from the customer down: the line of interaction (the customer
 * meets the company), of visibility (what the customer sees, above; what goes on behind,
 * below) and of internal interaction (the staff who serve, above; the processes that support
 * them, below).
 */
export const BLUEPRINT_LINES = ['interaction', 'visibility', 'internal'] as const;
export type BlueprintLine = (typeof BLUEPRINT_LINES)[number];

/**
 * How deep behind the customer a lane's kind is: 0 the customer's side (every other kind), 1
 * frontstage actions, 2 backstage actions, 3 support processes. Crossing from depth d - 1 to
 * d is crossing BLUEPRINT_LINES[d - 1].
 */
const DEPTH: Partial<Record<LaneKind, number>> = { frontstage: 1, backstage: 2, support: 3 };

export function blueprintDepth(kind: LaneKind): number {
  return DEPTH[kind] ?? 0;
}

/**
 * The lines drawn above each lane, by lane index: where a lane goes deeper than every lane above
 * it, the lines it crosses. The stage headers stand for the customer's side, so a blueprint
 * lane at the top of a map still has its line above it. A map whose first backstage lane comes
 * straight after the customer's lanes crosses two lines at once, and both are named there. A
 * lane put back above a deeper one (a customer lane under the backstage) draws no line: lines
 * only go down.
 */
export function blueprintLines(lanes: readonly Pick<Lane, 'kind'>[]): BlueprintLine[][] {
  let deepest = 0;
  return lanes.map((lane) => {
    const depth = blueprintDepth(lane.kind);
    if (depth <= deepest) return [];
    const crossed = BLUEPRINT_LINES.slice(deepest, depth);
    deepest = depth;
    return [...crossed];
  });
}
