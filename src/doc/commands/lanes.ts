import * as Y from 'yjs';
import { LANE, clampEmotion, cleanFields, newId, type LaneFields } from '../../model/index.ts';
import { transact, typeText, type EditContext } from '../context.ts';
import { assertUnlocked, cardsIn } from '../locked.ts';
import { getRecord, recordsMap } from '../layout.ts';
import { orderFor } from '../ordering.ts';
import { fillRecord, patchRecord } from '../records.ts';
import { replaceText, textField } from '../text.ts';
import { deleteWithCards } from './references.ts';

const EDITABLE = ['title', 'kind', 'color'] as const;

export interface LaneInput extends Partial<LaneFields> {
  index?: number;
}

/**
 * A new lane stores its kind, and a title only if one is given: a lane without one is named
 * after its kind, in the language of whoever looks at it (laneName), never in the English a
 * default title would write into the board.
 */
export function addLane(ctx: EditContext, input: LaneInput = {}): string {
  const id = newId();
  const fields = cleanFields(LANE, { ...input }, EDITABLE);
  const kind = fields.kind ?? 'touchpoints';
  transact(ctx, () => {
    const lane = new Y.Map<unknown>();
    fillRecord(lane, LANE, { kind, color: 'slate', ...fields, order: orderFor(ctx.doc, 'lanes', input.index) });
    recordsMap(ctx.doc, 'lanes').set(id, lane);
  });
  return id;
}

export function updateLane(ctx: EditContext, id: string, patch: Partial<LaneFields>): void {
  const lane = getRecord(ctx.doc, 'lanes', id);
  if (!lane) return;
  assertUnlocked(ctx, [id]);
  transact(ctx, () => patchRecord(lane, LANE, cleanFields(LANE, { ...patch }, EDITABLE)));
}

/** Typing into a lane's title: only the changed characters are written. */
export function setLaneTitle(ctx: EditContext, id: string, value: string): void {
  const lane = getRecord(ctx.doc, 'lanes', id);
  if (!lane) return;
  assertUnlocked(ctx, [id]);
  const clean = LANE.fields.title.coerce(value) ?? '';
  typeText(ctx, () => replaceText(textField(lane, 'title'), clean));
}

export function moveLane(ctx: EditContext, id: string, index: number): void {
  const lane = getRecord(ctx.doc, 'lanes', id);
  if (!lane) return;
  assertUnlocked(ctx, [id]);
  transact(ctx, () => lane.set('order', orderFor(ctx.doc, 'lanes', index, undefined, id)));
}

/** Deletes a lane and the cards in it, in one undo step. */
export function deleteLane(ctx: EditContext, id: string): void {
  assertUnlocked(ctx, [id, ...cardsIn(ctx.doc, 'laneId', id)]);
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
