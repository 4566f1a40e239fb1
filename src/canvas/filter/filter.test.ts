import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, docToBoard, updateCard } from '../../doc/index.ts';
import { freshContext } from '../../doc/testing/sync.ts';
import { NO_FILTER, dimmedCards, filterOptions, liveFilter } from './filter.ts';

function board() {
  const ctx = freshContext();
  const s1 = addStage(ctx);
  const s2 = addStage(ctx);
  const lane = addLane(ctx);
  const email = addCard(ctx, { stageId: s1, laneId: lane, title: 'Email Marketing' });
  const events = addCard(ctx, { stageId: s2, laneId: lane, title: 'Networking Events' });
  updateCard(ctx, email, { channel: 'Email', owner: 'Marketing', tags: ['b2b', 'digital'] });
  updateCard(ctx, events, { channel: 'Events', owner: 'Sales', tags: ['b2b'] });
  return { b: docToBoard(ctx.doc), s1, s2, email, events };
}

describe('card filter', () => {
  it('dims nothing without a filter', () => {
    expect(dimmedCards(board().b, NO_FILTER)).toBeNull();
  });

  it('dims the cards that do not match every chosen value', () => {
    const { b, s1, email, events } = board();
    expect(dimmedCards(b, { ...NO_FILTER, channel: 'Email' })).toEqual(new Set([events]));
    expect(dimmedCards(b, { ...NO_FILTER, tag: 'b2b' })).toEqual(new Set());
    expect(dimmedCards(b, { ...NO_FILTER, tag: 'b2b', owner: 'Sales' })).toEqual(new Set([email]));
    expect(dimmedCards(b, { ...NO_FILTER, stageId: s1 })).toEqual(new Set([events]));
  });

  it('forgets a value the board no longer has, instead of dimming every card', () => {
    const { b } = board();
    const stale = { ...NO_FILTER, stageId: 'deleted-stage', tag: 'b2b' };
    expect(liveFilter(b, stale)).toEqual({ ...NO_FILTER, tag: 'b2b' });
    expect(dimmedCards(b, liveFilter(b, stale))).toEqual(new Set());
    expect(dimmedCards(b, liveFilter(b, { ...NO_FILTER, tag: 'gone' }))).toBeNull();
  });

  it('offers the values the cards use', () => {
    expect(filterOptions(board().b)).toEqual({ channels: ['Email', 'Events'], owners: ['Marketing', 'Sales'], tags: ['b2b', 'digital'] });
  });
});
