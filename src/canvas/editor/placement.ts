import type { Translate } from '../../i18n/index.ts';
import { laneKindLabel, type Board, type Card } from '../../model/index.ts';

/** The titles of the stage and lane a card sits in; null for one that no longer exists. */
export function cardPlacement(board: Pick<Board, 'stages' | 'lanes'>, card: Pick<Card, 'stageId' | 'laneId'>, t: Translate): { stage: string | null; lane: string | null } {
  const stage = board.stages.find((s) => s.id === card.stageId);
  const lane = board.lanes.find((l) => l.id === card.laneId);
  return {
    stage: stage ? stage.title.trim() || t('canvas.stage.untitled') : null,
    lane: lane ? lane.title.trim() || laneKindLabel(lane.kind, t) : null,
  };
}
