/** Items grouped by the cell (stage × lane) they sit in, each cell's in the order given. */
export interface CellIndex<T> {
  get(stageId: string, laneId: string): T[] | undefined;
}

interface InCell {
  stageId: string;
  laneId: string;
}

/**
 * Groups items by cell: a map of stages holding maps of lanes, keyed by the ids the items
 * already hold. A string key made per item ("stage|lane") was a fifth of a 1,000-card layout.
 * Items `cellOf` gives no cell are left out.
 */
export function indexByCell<T>(items: Iterable<T>, cellOf: (item: T) => InCell | null): CellIndex<T> {
  const stages = new Map<string, Map<string, T[]>>();
  for (const item of items) {
    const cell = cellOf(item);
    if (!cell) continue;
    let lanes = stages.get(cell.stageId);
    if (!lanes) stages.set(cell.stageId, (lanes = new Map()));
    const list = lanes.get(cell.laneId);
    if (list) list.push(item);
    else lanes.set(cell.laneId, [item]);
  }
  return { get: (stageId, laneId) => stages.get(stageId)?.get(laneId) };
}
