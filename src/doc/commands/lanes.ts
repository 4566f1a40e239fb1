import * as Y from 'yjs';
import { LANE_KIND_LABELS, clampEmotion, newId, type LaneFields } from '../../model/index.ts';
import { cleanLaneFields, setAll } from '../clean.ts';
import { transact, type EditContext } from '../context.ts';
import { getRecord, recordsMap } from '../layout.ts';
import { orderFor } from '../ordering.ts';
import { deleteWithCards } from './references.ts';

export interface LaneInput extends Partial<LaneFields> {
  index?: number;
}

export function addLane(ctx: EditContext, input: LaneInput = {}): string {
  const id = newId();
  const fields = cleanLaneFields({ ...input });
  const kind = fields.kind ?? 'touchpoints';
  transact(ctx, () => {
    const lane = new Y.Map<unknown>();
    setAll(lane, { kind, title: LANE_KIND_LABELS[kind], color: 'slate', ...fields });
    lane.set('order', orderFor(ctx.doc, 'lanes', input.index));
    lane.set('scores', new Y.Map<number>());
    recordsMap(ctx.doc, 'lanes').set(id, lane);
  });
  return id;
}

export function updateLane(ctx: EditContext, id: string, patch: Partial<LaneFields>): void {
  const lane = getRecord(ctx.doc, 'lanes', id);
  if (!lane) return;
  transact(ctx, () => setAll(lane, cleanLaneFields({ ...patch })));
}

export function moveLane(ctx: EditContext, id: string, index: number): void {
  const lane = getRecord(ctx.doc, 'lanes', id);
  if (!lane) return;
  transact(ctx, () => lane.set('order', orderFor(ctx.doc, 'lanes', index, undefined, id)));
}

/** Deletes a lane and the cards in it, in one undo step. */
export function deleteLane(ctx: EditContext, id: string): void {
  transact(ctx, () => deleteWithCards(ctx.doc, 'lanes', id));
}

/** Sets (or, with null, clears) the emotion score of a stage on an emotion lane. */
export function setEmotionScore(ctx: EditContext, laneId: string, stageId: string, score: number | null): void {
  const lane = getRecord(ctx.doc, 'lanes', laneId);
  if (!lane) return;
  transact(ctx, () => {
    let scores = lane.get('scores');
    if (!(scores instanceof Y.Map)) {
      scores = new Y.Map<number>();
      lane.set('scores', scores);
    }
    const map = scores as Y.Map<number>;
    if (score === null || !Number.isFinite(score)) map.delete(stageId);
    else map.set(stageId, clampEmotion(score));
  });
}
