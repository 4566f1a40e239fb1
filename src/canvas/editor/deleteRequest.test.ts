import { describe, expect, it, vi } from 'vitest';
import { cardsGoingWith, deleteOrAsk } from './deleteRequest.ts';

const cards = [
  { stageId: 's1', laneId: 'l1' },
  { stageId: 's1', laneId: 'l2' },
  { stageId: 's2', laneId: 'l2' },
];

describe('deleting stages and lanes', () => {
  it('counts each card going with them once', () => {
    expect(cardsGoingWith({ cards } as never, { stageIds: ['s1'], laneIds: [] })).toBe(2);
    expect(cardsGoingWith({ cards } as never, { stageIds: ['s1'], laneIds: ['l2'] })).toBe(3);
    expect(cardsGoingWith({ cards } as never, { stageIds: ['s3'], laneIds: [] })).toBe(0);
  });

  it('deletes an empty stage at once, and asks first for one holding cards', () => {
    const ask = vi.fn();
    const empty = { stageIds: ['s3'], laneIds: [], run: vi.fn() };
    deleteOrAsk({ cards } as never, empty, ask);
    expect(empty.run).toHaveBeenCalledOnce();
    expect(ask).not.toHaveBeenCalled();
    const full = { stageIds: ['s2'], laneIds: [], run: vi.fn() };
    deleteOrAsk({ cards } as never, full, ask);
    expect(full.run).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledWith(full);
  });
});
