import type { Board } from './board.ts';
import { diffBoards, type BoardDiff, type ComparedCardField } from './boardDiff.ts';
import { compareOrder } from './order.ts';

/*
 * Two states of a board drawn as one map: the later state, with the stages, lanes, cards and
 * strategy items that only the earlier one has put back where they were, each record marked
 * with how it changed. So a reader sees what went as well as what came, in place: a removed
 * card in its old cell, a removed stage in its old column.
 */

export type ChangeKind = 'added' | 'removed' | 'moved' | 'changed' | 'renamed' | 'reworded';

export interface RecordChange {
  kinds: ChangeKind[];
  /** A changed card's fields that changed. */
  fields?: ComparedCardField[];
  /** A moved card's cell in the earlier state. */
  from?: { stageId: string; laneId: string };
  /** A renamed stage or lane's, or a reworded strategy item's, earlier words. */
  was?: string;
}

export interface ComparedBoards {
  before: Board;
  after: Board;
  diff: BoardDiff;
  /** The later state with what went put back, to draw. */
  board: Board;
  /** How each record that changed changed, by id; a record missing here did not. */
  changes: ReadonlyMap<string, RecordChange>;
  /** Each emotion lane's scores in the earlier state, for the lanes whose curve changed. */
  scoresBefore: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

export function compareBoards(before: Board, after: Board): ComparedBoards {
  const diff = diffBoards(before, after);
  const changes = new Map<string, RecordChange>();
  const mark = (id: string, kind: ChangeKind, more: Omit<RecordChange, 'kinds'> = {}) => {
    const change = changes.get(id) ?? { kinds: [] };
    changes.set(id, { ...change, ...more, kinds: [...change.kinds, kind] });
  };
  for (const added of [...diff.cards.added, ...diff.stages.added, ...diff.lanes.added, ...diff.strategy.added]) mark(added.id, 'added');
  for (const removed of [...diff.cards.removed, ...diff.stages.removed, ...diff.lanes.removed, ...diff.strategy.removed]) mark(removed.id, 'removed');
  for (const { before: was, after: is } of diff.cards.moved) mark(is.id, 'moved', { from: { stageId: was.stageId, laneId: was.laneId } });
  for (const { after: is, fields } of diff.cards.changed) mark(is.id, 'changed', { fields });
  for (const { before: was, after: is } of [...diff.stages.renamed, ...diff.lanes.renamed]) mark(is.id, 'renamed', { was: was.title });
  for (const { before: was, after: is } of diff.strategy.reworded) mark(is.id, 'reworded', { was: was.text });

  const changedLanes = new Set(diff.emotion.map((score) => score.laneId));
  const scoresBefore = new Map(before.lanes.filter((lane) => changedLanes.has(lane.id) && lane.kind === 'emotion').map((lane) => [lane.id, lane.scores]));
  // Changed lanes that were no emotion lane before compare with an empty curve.
  for (const laneId of changedLanes) if (!scoresBefore.has(laneId)) scoresBefore.set(laneId, {});

  const board: Board = {
    ...after,
    // Each by its order key, which a removed record keeps: so it is drawn where it was.
    stages: [...after.stages, ...diff.stages.removed].sort(compareOrder),
    lanes: [...after.lanes, ...diff.lanes.removed].sort(compareOrder),
    cards: [...after.cards, ...diff.cards.removed].sort(compareOrder),
    strategy: [...after.strategy, ...diff.strategy.removed].sort(compareOrder),
  };
  return { before, after, diff, board, changes, scoresBefore };
}
