import { useT } from '../browser/i18n.tsx';
import type { Board } from '../model/index.ts';
import type { CardFilter } from './filter/filter.ts';
import { FilterBar } from './filter/FilterBar.tsx';
import { MinimapToggle } from './minimap/MinimapToggle.tsx';
import './mapToolbar.css';

interface Props {
  board: Board;
  filter: CardFilter;
  onFilter(filter: CardFilter): void;
  matching: number;
}

/**
 * The strip above the map: what the map highlights, and whether the minimap is shown. It has a
 * row of its own rather than floating over the map, so it never covers a stage's header,
 * however the map is zoomed or panned.
 */
export function MapToolbar({ board, filter, onFilter, matching }: Props) {
  const t = useT();
  return (
    <div className="map-toolbar" aria-label={t('board.toolbar.label')} role="group">
      {board.cards.length > 0 && <FilterBar board={board} filter={filter} onChange={onFilter} matching={matching} />}
      <div className="map-toolbar__end">
        <MinimapToggle />
      </div>
    </div>
  );
}
