import * as fc from 'fast-check';
import { addCard, deleteCards, moveCard, setCardText, updateCard } from '../commands/cards.ts';
import { addLane, deleteLane, moveLane, setLaneTitle } from '../commands/lanes.ts';
import { typeBoardTitle } from '../commands/meta.ts';
import { addStage, deleteStage, moveStage, setStageText, updateStage } from '../commands/stages.ts';
import { addStrategyItem, moveStrategyItem } from '../commands/strategy.ts';
import type { EditContext } from '../context.ts';
import { docToBoard } from '../read.ts';

/*
 * Random steps of people editing a board, for property tests: each picks a command and the
 * records it acts on from the numbers it carries, so a failing run replays from its seed.
 */

export type Step = { who: number; op: number; a: number; b: number; c: number; text: string };

export const step = fc.record({
  who: fc.integer({ min: 0, max: 2 }),
  op: fc.integer({ min: 0, max: 14 }),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  text: fc.string({ maxLength: 6 }),
});

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length ? list[n % list.length] : undefined;
}

export function applyStep(ctx: EditContext, s: Step): void {
  const board = docToBoard(ctx.doc);
  const stage = pick(board.stages, s.a);
  const lane = pick(board.lanes, s.b);
  const card = pick(board.cards, s.c);
  switch (s.op) {
    case 0: addStage(ctx, { title: s.text, index: s.b % (board.stages.length + 1) }); break;
    case 1: addLane(ctx, { title: s.text, index: s.a % (board.lanes.length + 1) }); break;
    case 2: if (stage && lane) addCard(ctx, { stageId: stage.id, laneId: lane.id, title: s.text, index: s.c % 4 }); break;
    case 3: if (stage) moveStage(ctx, stage.id, s.b % (board.stages.length + 1)); break;
    case 4: if (lane) moveLane(ctx, lane.id, s.a % (board.lanes.length + 1)); break;
    case 5: if (card && stage && lane) moveCard(ctx, card.id, { stageId: stage.id, laneId: lane.id, index: s.a % 3 }); break;
    case 6: if (card) setCardText(ctx, card.id, 'title', card.title.slice(0, s.a % 4) + s.text); break;
    case 7: if (card) updateCard(ctx, card.id, { emotion: (s.a % 5) - 2, channel: s.text }); break;
    case 8: if (stage) deleteStage(ctx, stage.id); break;
    case 9: if (lane) deleteLane(ctx, lane.id); break;
    case 10: if (card) deleteCards(ctx, [card.id]); break;
    case 11: if (stage) updateStage(ctx, stage.id, { title: s.text, window: `Week ${s.b % 9}` }); break;
    case 12: typeBoardTitle(ctx, `${docToBoard(ctx.doc).meta.title.slice(0, s.a % 6)}${s.text}`); break;
    case 13:
      if (stage) setStageText(ctx, stage.id, 'title', stage.title.slice(0, s.c % 4) + s.text);
      if (lane) setLaneTitle(ctx, lane.id, s.text + lane.title.slice(s.c % 3));
      break;
    default: {
      const id = addStrategyItem(ctx, s.a % 2 ? 'goalsPre' : 'channels', s.text);
      if (id && s.b % 3 === 0) moveStrategyItem(ctx, id, 'retentionPlan', 0);
    }
  }
}
