import type { Board } from './board.ts';
import type { Card } from './card.ts';
import type { Lane } from './lane.ts';
import type { Stage } from './stage.ts';
import type { StrategyItem } from './strategy.ts';

/*
 * What changed between two states of a board, in a journey's terms: cards added, removed,
 * moved to another cell and edited; stages and lanes added, removed and renamed; each emotion
 * curve's score per stage; strategy items added, removed and reworded. Records are matched by
 * id, which every copy, restore and undo keeps, so a card moved and edited at once is one card
 * that moved and changed, not one removed and another added.
 */

/** The card fields a change of which is news: what a reader of the map sees on the card. */
export const COMPARED_CARD_FIELDS = ['title', 'body', 'channel', 'owner', 'emotion', 'value', 'target', 'better', 'impact', 'effort'] as const;
export type ComparedCardField = (typeof COMPARED_CARD_FIELDS)[number];

export interface Changed<T> {
  before: T;
  after: T;
}

export interface CardChange extends Changed<Card> {
  fields: ComparedCardField[];
}

/** One point of an emotion curve that moved: a score set, changed or cleared. */
export interface ScoreChange {
  laneId: string;
  stageId: string;
  before: number | null;
  after: number | null;
}

export interface BoardDiff {
  cards: { added: Card[]; removed: Card[]; moved: Changed<Card>[]; changed: CardChange[] };
  stages: { added: Stage[]; removed: Stage[]; renamed: Changed<Stage>[] };
  lanes: { added: Lane[]; removed: Lane[]; renamed: Changed<Lane>[] };
  emotion: ScoreChange[];
  strategy: { added: StrategyItem[]; removed: StrategyItem[]; reworded: Changed<StrategyItem>[] };
}

/** How many of each kind of change, for a summary line. */
export interface DiffCounts {
  cardsAdded: number;
  cardsRemoved: number;
  cardsMoved: number;
  cardsChanged: number;
  stagesAdded: number;
  stagesRemoved: number;
  stagesRenamed: number;
  lanesAdded: number;
  lanesRemoved: number;
  lanesRenamed: number;
  scoresChanged: number;
  strategyAdded: number;
  strategyRemoved: number;
  strategyReworded: number;
}

export function diffBoards(before: Board, after: Board): BoardDiff {
  const cards = matchById(before.cards, after.cards);
  return {
    cards: {
      added: cards.added,
      removed: cards.removed,
      moved: cards.kept.filter(({ before: was, after: is }) => was.stageId !== is.stageId || was.laneId !== is.laneId),
      changed: cards.kept.flatMap(({ before: was, after: is }) => {
        const fields = COMPARED_CARD_FIELDS.filter((field) => was[field] !== is[field]);
        return fields.length > 0 ? [{ before: was, after: is, fields }] : [];
      }),
    },
    stages: renamesOf(matchById(before.stages, after.stages)),
    lanes: renamesOf(matchById(before.lanes, after.lanes)),
    emotion: scoreChanges(before, after),
    strategy: (() => {
      const items = matchById(before.strategy, after.strategy);
      return { added: items.added, removed: items.removed, reworded: items.kept.filter(({ before: was, after: is }) => was.text !== is.text) };
    })(),
  };
}

export function diffCounts(diff: BoardDiff): DiffCounts {
  return {
    cardsAdded: diff.cards.added.length,
    cardsRemoved: diff.cards.removed.length,
    cardsMoved: diff.cards.moved.length,
    cardsChanged: diff.cards.changed.length,
    stagesAdded: diff.stages.added.length,
    stagesRemoved: diff.stages.removed.length,
    stagesRenamed: diff.stages.renamed.length,
    lanesAdded: diff.lanes.added.length,
    lanesRemoved: diff.lanes.removed.length,
    lanesRenamed: diff.lanes.renamed.length,
    // Stages, as the summary says it ("emotion changed at 2 stages"), whatever the number of emotion lanes.
    scoresChanged: new Set(diff.emotion.map((score) => score.stageId)).size,
    strategyAdded: diff.strategy.added.length,
    strategyRemoved: diff.strategy.removed.length,
    strategyReworded: diff.strategy.reworded.length,
  };
}

/** True when the two states differ in nothing a diff reports. */
export function isUnchanged(diff: BoardDiff): boolean {
  return Object.values(diffCounts(diff)).every((count) => count === 0);
}

function matchById<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const was = new Map(before.map((record) => [record.id, record]));
  const is = new Set(after.map((record) => record.id));
  return {
    added: after.filter((record) => !was.has(record.id)),
    removed: before.filter((record) => !is.has(record.id)),
    kept: after.flatMap((record) => {
      const old = was.get(record.id);
      return old ? [{ before: old, after: record }] : [];
    }),
  };
}

function renamesOf<T extends { id: string; title: string }>(matched: ReturnType<typeof matchById<T>>) {
  return { added: matched.added, removed: matched.removed, renamed: matched.kept.filter(({ before, after }) => before.title !== after.title) };
}

/**
 * Each emotion lane's score per stage, on the stages both states have: a stage added or
 * removed is news of its own, and its scores with it. A lane that became or stopped being an
 * emotion lane compares as having no scores on the other side.
 */
function scoreChanges(before: Board, after: Board): ScoreChange[] {
  const stagesBoth = after.stages.filter((stage) => before.stages.some((old) => old.id === stage.id));
  const scoresOf = (board: Board) => new Map(board.lanes.filter((lane) => lane.kind === 'emotion').map((lane) => [lane.id, lane.scores]));
  const was = scoresOf(before);
  const is = scoresOf(after);
  const changes: ScoreChange[] = [];
  for (const lane of after.lanes) {
    if (!is.has(lane.id) && !was.has(lane.id)) continue;
    for (const stage of stagesBoth) {
      const old = was.get(lane.id)?.[stage.id] ?? null;
      const now = is.get(lane.id)?.[stage.id] ?? null;
      if (old !== now) changes.push({ laneId: lane.id, stageId: stage.id, before: old, after: now });
    }
  }
  return changes;
}
