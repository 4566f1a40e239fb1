import { describe, expect, it } from 'vitest';
import { indexByCell } from './cellIndex.ts';

describe('indexByCell', () => {
  it('groups items by stage and lane in the order given, leaving out those with no cell', () => {
    const items = [
      { id: 'a', stageId: 's1', laneId: 'l1' },
      { id: 'b', stageId: 's1', laneId: 'l2' },
      { id: 'c', stageId: 's1', laneId: 'l1' },
      { id: 'd', stageId: 's2', laneId: 'l1' },
      { id: 'e', stageId: 'gone', laneId: 'l1' },
    ];
    const index = indexByCell(items, (item) => (item.stageId === 'gone' ? null : item));
    expect(index.get('s1', 'l1')?.map((i) => i.id)).toEqual(['a', 'c']);
    expect(index.get('s1', 'l2')?.map((i) => i.id)).toEqual(['b']);
    expect(index.get('s2', 'l1')?.map((i) => i.id)).toEqual(['d']);
    expect(index.get('s2', 'l2')).toBeUndefined();
    expect(index.get('gone', 'l1')).toBeUndefined();
  });
});
