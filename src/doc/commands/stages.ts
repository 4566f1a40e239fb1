import * as Y from 'yjs';
import { STAGE, cleanFields, newId, type StageFields, type StageTextField } from '../../model/index.ts';
import { transact, typeText, type EditContext } from '../context.ts';
import { assertUnlocked, cardsIn } from '../locked.ts';
import { getRecord, recordsMap } from '../layout.ts';
import { orderFor } from '../ordering.ts';
import { fillRecord, patchRecord } from '../records.ts';
import { replaceText, textField } from '../text.ts';
import { deleteWithCards } from './references.ts';

const EDITABLE = ['title', 'window', 'description', 'color'] as const;

export interface StageInput extends Partial<StageFields> {
  /** Position among the stages; appended when absent. */
  index?: number;
}

export function addStage(ctx: EditContext, input: StageInput = {}): string {
  const id = newId();
  transact(ctx, () => {
    const stage = new Y.Map<unknown>();
    fillRecord(stage, STAGE, { color: 'slate', ...cleanFields(STAGE, { ...input }, EDITABLE), order: orderFor(ctx.doc, 'stages', input.index) });
    recordsMap(ctx.doc, 'stages').set(id, stage);
  });
  return id;
}

export function updateStage(ctx: EditContext, id: string, patch: Partial<StageFields>): void {
  const stage = getRecord(ctx.doc, 'stages', id);
  if (!stage) return;
  assertUnlocked(ctx, [id]);
  transact(ctx, () => patchRecord(stage, STAGE, cleanFields(STAGE, { ...patch }, EDITABLE)));
}

/** Typing into a stage's title, time window or description: only the changed characters are written. */
export function setStageText(ctx: EditContext, id: string, field: StageTextField, value: string): void {
  const stage = getRecord(ctx.doc, 'stages', id);
  if (!stage) return;
  assertUnlocked(ctx, [id]);
  const clean = STAGE.fields[field].coerce(value) ?? '';
  typeText(ctx, () => replaceText(textField(stage, field), clean));
}

/** Moves a stage to `index` among the other stages. */
export function moveStage(ctx: EditContext, id: string, index: number): void {
  const stage = getRecord(ctx.doc, 'stages', id);
  if (!stage) return;
  assertUnlocked(ctx, [id]);
  transact(ctx, () => stage.set('order', orderFor(ctx.doc, 'stages', index, undefined, id)));
}

/**
 * Deletes a stage and the cards in it, in one undo step. A card someone else adds to the stage
 * at the same moment survives, and shows as unplaced.
 */
export function deleteStage(ctx: EditContext, id: string): void {
  assertUnlocked(ctx, [id, ...cardsIn(ctx.doc, 'stageId', id)]);
  transact(ctx, () => deleteWithCards(ctx.doc, 'stages', id));
}
