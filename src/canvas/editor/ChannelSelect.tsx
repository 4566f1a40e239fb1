import { useT } from '../../browser/i18n.tsx';
import type { Board } from '../../model/index.ts';
import { channelOptions } from './channels.ts';

interface Props {
  id: string;
  board: Pick<Board, 'strategy'>;
  value: string;
  onChange(channel: string): void;
}

/** The card's channel, chosen from the board's channel list (Strategy canvas → Channels). */
export function ChannelSelect({ id, board, value, onChange }: Props) {
  const t = useT();
  const options = channelOptions(board, value, t);
  return (
    <select id={id} className="card-editor__select" value={value} onChange={(e) => onChange(e.target.value)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
