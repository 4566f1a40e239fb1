import { useId } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { MessageId } from '../../i18n/index.ts';
import type { Board } from '../../model/index.ts';
import { laneName } from '../../model/laneName.ts';
import { useRememberedShown } from '../rememberedShown.ts';
import { NO_FILTER, filterOptions, isFiltering, type CardFilter } from './filter.ts';
import './filterBar.css';

interface Props {
  board: Board;
  filter: CardFilter;
  onChange(filter: CardFilter): void;
  matching: number;
}

interface Option {
  value: string;
  label: string;
}

const CHOICES: { key: keyof CardFilter; label: MessageId; by: MessageId }[] = [
  { key: 'stageId', label: 'board.filter.stage', by: 'board.filter.byStage' },
  { key: 'laneId', label: 'board.filter.lane', by: 'board.filter.byLane' },
  { key: 'channel', label: 'board.filter.channel', by: 'board.filter.byChannel' },
  { key: 'owner', label: 'board.filter.owner', by: 'board.filter.byOwner' },
  { key: 'tag', label: 'board.filter.tag', by: 'board.filter.byTag' },
];

/** Shown until the person folds it away: in the toolbar's own strip it covers nothing. */
const shownByDefault = () => true;

/**
 * Highlights the cards of one stage, lane, channel, owner or tag; the rest fade back. The
 * choices fold behind their button; while a highlight is on, its count and Clear stay in view
 * even folded, so faded cards are never left unexplained.
 */
export function FilterBar({ board, filter, onChange, matching }: Props) {
  const t = useT();
  const [shown, setShown] = useRememberedShown('journeyboard.highlight', shownByDefault);
  const choicesId = useId();
  const { channels, owners, tags } = filterOptions(board);
  const plain = (values: string[]) => values.map((value) => ({ value, label: value }));
  const options: Record<keyof CardFilter, Option[]> = {
    stageId: board.stages.map((s, i) => ({ value: s.id, label: s.title || t('board.filter.untitledStage', { number: i + 1 }) })),
    laneId: board.lanes.filter((l) => l.kind !== 'emotion').map((l) => ({ value: l.id, label: laneName(l, t) })),
    channel: plain(channels),
    owner: plain(owners),
    tag: plain(tags),
  };
  return (
    <div className="filter-bar" role="search" aria-label={t('board.filter.label')}>
      <button
        type="button"
        className={`map-toolbar__toggle ${isFiltering(filter) ? 'is-active' : ''}`}
        aria-expanded={shown}
        aria-controls={choicesId}
        onClick={() => setShown(!shown)}
      >
        <svg className="map-toolbar__icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 3.5h12l-4.5 5.2v4.3l-3 1.5V8.7z" />
        </svg>
        {t('board.filter.toggle')}
        <svg className="map-toolbar__icon map-toolbar__chevron" viewBox="0 0 10 10" aria-hidden="true">
          <path d="M2 3.5 5 6.5 8 3.5" />
        </svg>
      </button>
      <div id={choicesId} className="filter-bar__choices" hidden={!shown}>
        {CHOICES.map(({ key, label, by }) => (
          <label key={key} className={`filter-bar__choice ${filter[key] ? 'is-active' : ''}`}>
            <span>{t(label)}</span>
            <select value={filter[key]} onChange={(e) => onChange({ ...filter, [key]: e.target.value })} aria-label={t(by)}>
              <option value="">{t('board.filter.any')}</option>
              {options[key].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {isFiltering(filter) && (
        <>
          <span className="filter-bar__count" role="status">
            {t('board.filter.matching', { matching, count: board.cards.length })}
          </span>
          <button type="button" className="button button--small" onClick={() => onChange(NO_FILTER)}>
            {t('board.filter.clear')}
          </button>
        </>
      )}
    </div>
  );
}
