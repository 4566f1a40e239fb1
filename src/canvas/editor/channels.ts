import { translatorFor, type Translate } from '../../i18n/index.ts';
import { CHANNELS_SECTION, LIMITS, clip, type Board } from '../../model/index.ts';

export interface ChannelOption {
  value: string;
  label: string;
}

/**
 * The channels a card can choose: "none", the board's channel list (the Channels section of
 * the strategy canvas, in its order) and, so that choosing never silently drops it, the card's
 * current channel when it is no longer on that list.
 */
export function channelOptions(board: Pick<Board, 'strategy'>, current: string, t: Translate = translatorFor('en')): ChannelOption[] {
  const options: ChannelOption[] = [{ value: '', label: t('canvas.channel.none') }];
  const seen = new Set<string>(['']);
  for (const item of board.strategy) {
    if (item.sectionId !== CHANNELS_SECTION) continue;
    // Stored the way updateCard will store it, so the choice reads back as the same option.
    const value = clip(item.text.trim(), LIMITS.title);
    if (seen.has(value)) continue;
    seen.add(value);
    options.push({ value, label: value });
  }
  if (!seen.has(current)) options.push({ value: current, label: t('canvas.channel.missing', { channel: current }) });
  return options;
}
