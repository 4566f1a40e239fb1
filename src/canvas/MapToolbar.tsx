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
  /** Opens or closes the personas panel, and whether it is open; not given where there is none. */
  personas?: PanelToggle;
  /** The same for the ranked opportunities. */
  opportunities?: PanelToggle;
}

export interface PanelToggle {
  open: boolean;
  toggle(): void;
}

/**
 * The strip above the map: what the map highlights, and whether the minimap is shown. It has a
 * row of its own rather than floating over the map, so it never covers a stage's header,
 * however the map is zoomed or panned.
 */
export function MapToolbar({ board, filter, onFilter, matching, personas, opportunities }: Props) {
  const t = useT();
  return (
    <div className="map-toolbar" aria-label={t('board.toolbar.label')} role="group">
      {board.cards.length > 0 && <FilterBar board={board} filter={filter} onChange={onFilter} matching={matching} />}
      <div className="map-toolbar__end">
        {personas && (
          <button type="button" className="map-toolbar__toggle" aria-pressed={personas.open} title={t('personas.button')} onClick={personas.toggle}>
            <svg className="map-toolbar__icon" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="8" cy="5.5" r="2.75" />
              <path d="M2.75 14c.6-2.9 2.7-4.5 5.25-4.5s4.65 1.6 5.25 4.5" />
            </svg>
            <span className="map-toolbar__label">{t('personas.button')}</span>
          </button>
        )}
        {opportunities && (
          <button type="button" className="map-toolbar__toggle" aria-pressed={opportunities.open} title={t('opportunities.button')} onClick={opportunities.toggle}>
            <svg className="map-toolbar__icon" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M2.5 2.5v11h11" />
              <circle cx="6" cy="9.5" r="1.25" />
              <circle cx="10.5" cy="5.5" r="1.25" />
            </svg>
            <span className="map-toolbar__label">{t('opportunities.button')}</span>
          </button>
        )}
        <MinimapToggle />
      </div>
    </div>
  );
}
