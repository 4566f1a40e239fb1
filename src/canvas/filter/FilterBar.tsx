import { useT } from '../../browser/i18n.tsx';
import type { Board } from '../../model/index.ts';
import { laneName } from '../../model/laneName.ts';
import { NO_FILTER, filterOptions, isFiltering, type CardFilter } from './filter.ts';

interface Props {
  board: Board;
  filter: CardFilter;
  onChange(filter: CardFilter): void;
  matching: number;
}

function Choice({ label, value, options, onChange }: { label: string; value: string; options: { value: string; label: string }[]; onChange(value: string): void }) {
  return (
    <label className={`filter-bar__choice ${value ? 'is-active' : ''}`}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={`Highlight by ${label.toLowerCase()}`}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Highlights the cards of one stage, lane, channel, owner or tag; the rest fade back. */
export function FilterBar({ board, filter, onChange, matching }: Props) {
  const t = useT();
  const { channels, owners, tags } = filterOptions(board);
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  const set = (key: keyof CardFilter) => (value: string) => onChange({ ...filter, [key]: value });
  return (
    <div className="filter-bar" role="search" aria-label="Highlight cards">
      <Choice label="Stage" value={filter.stageId} options={board.stages.map((s, i) => ({ value: s.id, label: s.title || `Stage ${i + 1}` }))} onChange={set('stageId')} />
      <Choice label="Lane" value={filter.laneId} options={board.lanes.filter((l) => l.kind !== 'emotion').map((l) => ({ value: l.id, label: laneName(l, t) }))} onChange={set('laneId')} />
      <Choice label="Channel" value={filter.channel} options={plain(channels)} onChange={set('channel')} />
      <Choice label="Owner" value={filter.owner} options={plain(owners)} onChange={set('owner')} />
      <Choice label="Tag" value={filter.tag} options={plain(tags)} onChange={set('tag')} />
      {isFiltering(filter) && (
        <>
          <span className="filter-bar__count" role="status">
            {matching} of {board.cards.length} cards
          </span>
          <button className="button button--small" onClick={() => onChange(NO_FILTER)}>
            Clear
          </button>
        </>
      )}
    </div>
  );
}
