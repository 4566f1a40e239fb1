import * as Y from 'yjs';
import { STRATEGY_ITEM, isStrategySectionId, newId, type StrategySectionId } from '../../model/index.ts';
import { transact, typeText, type EditContext } from '../context.ts';
import { getRecord, recordsMap, type RecordMap } from '../layout.ts';
import { orderFor } from '../ordering.ts';
import { fillRecord } from '../records.ts';
import { replaceText, textField } from '../text.ts';
import { removeReferencesTo } from './references.ts';

function inSection(sectionId: StrategySectionId) {
  return (m: RecordMap) => m.get('sectionId') === sectionId;
}

export function addStrategyItem(ctx: EditContext, sectionId: StrategySectionId, text = '', index?: number): string | null {
  if (!isStrategySectionId(sectionId)) return null;
  const id = newId();
  transact(ctx, () => {
    const item = new Y.Map<unknown>();
    fillRecord(item, STRATEGY_ITEM, {
      sectionId,
      order: orderFor(ctx.doc, 'strategy', index, inSection(sectionId)),
      text: STRATEGY_ITEM.fields.text.coerce(text) ?? '',
    });
    recordsMap(ctx.doc, 'strategy').set(id, item);
  });
  return id;
}

export function setStrategyItemText(ctx: EditContext, id: string, value: string): void {
  const item = getRecord(ctx.doc, 'strategy', id);
  if (!item) return;
  const clean = STRATEGY_ITEM.fields.text.coerce(value) ?? '';
  typeText(ctx, () => replaceText(textField(item, 'text'), clean));
}

/** Moves an item to `index` in a section, which may be another section. */
export function moveStrategyItem(ctx: EditContext, id: string, sectionId: StrategySectionId, index: number): void {
  const item = getRecord(ctx.doc, 'strategy', id);
  if (!item || !isStrategySectionId(sectionId)) return;
  transact(ctx, () => {
    item.set('order', orderFor(ctx.doc, 'strategy', index, inSection(sectionId), id));
    if (item.get('sectionId') !== sectionId) item.set('sectionId', sectionId);
  });
}

/** Attaches an item (a metric, say) to a stage of the map, or detaches it with null. */
export function attachStrategyItemToStage(ctx: EditContext, id: string, stageId: string | null): void {
  const item = getRecord(ctx.doc, 'strategy', id);
  if (!item) return;
  transact(ctx, () => item.set('stageId', stageId));
}

export function deleteStrategyItem(ctx: EditContext, id: string): void {
  transact(ctx, () => {
    recordsMap(ctx.doc, 'strategy').delete(id);
    removeReferencesTo(ctx.doc, new Set([id]));
  });
}
