import type { Translate } from '../../i18n/index.ts';
import type { Board, Card } from '../../model/index.ts';
import { laneName } from '../../model/laneName.ts';

/** The titles of the stage and lane a card sits in; null for one that no longer exists. A lane without a title of its own is named after its kind, in the language of `t`. */
export function cardPlacement(board: Pick<Board, 'stages' | 'lanes'>, card: Pick<Card, 'stageId' | 'laneId'>, t: Translate): { stage: string | null; lane: string | null } {
  const stage = board.stages.find((s) => s.id === card.stageId);
  const lane = board.lanes.find((l) => l.id === card.laneId);
  return {
    stage: stage ? stage.title.trim() || t('canvas.stage.untitled') : null,
    lane: lane ? laneName(lane, t) : null,
  };
}
