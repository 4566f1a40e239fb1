import type { Board, Card } from '../../model/index.ts';

/** What the filter bar asks for; an empty value means "any". */
export interface CardFilter {
  stageId: string;
  laneId: string;
  channel: string;
  owner: string;
  tag: string;
}

export const NO_FILTER: CardFilter = { stageId: '', laneId: '', channel: '', owner: '', tag: '' };

export function isFiltering(filter: CardFilter): boolean {
  return Object.values(filter).some(Boolean);
}

export function matchesFilter(card: Card, filter: CardFilter): boolean {
  return (
    (!filter.stageId || card.stageId === filter.stageId) &&
    (!filter.laneId || card.laneId === filter.laneId) &&
    (!filter.channel || card.channel === filter.channel) &&
    (!filter.owner || card.owner === filter.owner) &&
    (!filter.tag || card.tags.includes(filter.tag))
  );
}

/** The ids of the cards a filter leaves in the background (null when nothing is filtered). */
export function dimmedCards(board: Board, filter: CardFilter): ReadonlySet<string> | null {
  if (!isFiltering(filter)) return null;
  return new Set(board.cards.filter((c) => !matchesFilter(c, filter)).map((c) => c.id));
}

/** The values each filter can take: what the board's cards actually use, sorted. */
export function filterOptions(board: Board): { channels: string[]; owners: string[]; tags: string[] } {
  const sorted = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b));
  return {
    channels: sorted(board.cards.map((c) => c.channel)),
    owners: sorted(board.cards.map((c) => c.owner)),
    tags: sorted(board.cards.flatMap((c) => c.tags)),
  };
}

/** The filter without values the board no longer has (a deleted stage, a tag no card uses). */
export function liveFilter(board: Board, filter: CardFilter): CardFilter {
  if (!isFiltering(filter)) return filter;
  const { channels, owners, tags } = filterOptions(board);
  const keep = (value: string, present: boolean) => (present ? value : '');
  return {
    stageId: keep(filter.stageId, board.stages.some((s) => s.id === filter.stageId)),
    laneId: keep(filter.laneId, board.lanes.some((l) => l.id === filter.laneId)),
    channel: keep(filter.channel, channels.includes(filter.channel)),
    owner: keep(filter.owner, owners.includes(filter.owner)),
    tag: keep(filter.tag, tags.includes(filter.tag)),
  };
}
