import type { StrategyItem, StrategySectionId } from './strategy.ts';

/** The board's strategy items grouped by section, each list in its order (the board's is sorted). */
export function itemsBySection(items: readonly StrategyItem[]): Map<StrategySectionId, StrategyItem[]> {
  const bySection = new Map<StrategySectionId, StrategyItem[]>();
  for (const item of items) {
    const list = bySection.get(item.sectionId);
    if (list) list.push(item);
    else bySection.set(item.sectionId, [item]);
  }
  return bySection;
}

/**
 * Where a dragged item lands in a list, given the pointer's height and the vertical middles of
 * the list's rows: before the first row whose middle is below the pointer.
 */
export function dropIndex(pointerY: number, rowMiddles: readonly number[]): number {
  const index = rowMiddles.findIndex((middle) => pointerY < middle);
  return index === -1 ? rowMiddles.length : index;
}
