import { describe, expect, it } from 'vitest';
import { LIMITS, type StrategyItem } from '../../model/index.ts';
import { channelOptions } from './channels.ts';

function item(sectionId: StrategyItem['sectionId'], text: string, order: string): StrategyItem {
  return { id: `${sectionId}-${order}`, sectionId, order, text, stageId: null };
}

const strategy = [
  item('channels', 'Email', 'a0'),
  item('who', 'Facility managers', 'a1'),
  item('channels', ' Showroom ', 'a2'),
  item('channels', 'Email', 'a3'),
  item('channels', '', 'a4'),
];

describe('channelOptions', () => {
  it('offers none and the board’s channel list, in order, without blanks or repeats', () => {
    expect(channelOptions({ strategy }, '')).toEqual([
      { value: '', label: 'No channel' },
      { value: 'Email', label: 'Email' },
      { value: 'Showroom', label: 'Showroom' },
    ]);
  });

  it('keeps a card’s channel that is no longer on the list, and says so', () => {
    expect(channelOptions({ strategy }, 'Fax').at(-1)).toEqual({ value: 'Fax', label: 'Fax (not in the channel list)' });
    expect(channelOptions({ strategy }, 'Email')).toHaveLength(3);
  });

  it('offers a long channel as it would be stored, so choosing it reads back as the same option', () => {
    const long = 'W'.repeat(LIMITS.title + 10);
    const options = channelOptions({ strategy: [item('channels', long, 'a0')] }, 'W'.repeat(LIMITS.title));
    expect(options.map((o) => o.value)).toEqual(['', 'W'.repeat(LIMITS.title)]);
  });
});
