import * as Y from 'yjs';
import { CARD, CARD_DETAIL_KEYS, STAGE, cleanFields, newId, type Card, type CardFields, type CardTextField, type ColorName } from '../../model/index.ts';
import { transact, typeText, type EditContext } from '../context.ts';
import { assertUnlocked } from '../locked.ts';
import { getRecord, recordsMap, type RecordMap } from '../layout.ts';
import { orderFor, siblings } from '../ordering.ts';
import { fillRecord, patchRecord } from '../records.ts';
import { replaceText, textField } from '../text.ts';
import { removeReferencesTo } from './references.ts';

export interface CardInput extends Partial<CardFields> {
  stageId: string;
  laneId: string;
  title?: string;
  body?: string;
  /** Position among the cell's cards; appended when absent. */
  index?: number;
}

function inCell(stageId: string, laneId: string) {
  return (m: RecordMap) => m.get('stageId') === stageId && m.get('laneId') === laneId;
}

/*
 * A card's colour follows its stage until someone picks another: a new card takes its stage's
 * colour, and a card moved to another stage takes that stage's colour when its own was its old
 * stage's, or the default slate (which nobody can be told apart from having picked). A colour
 * that differs from both was chosen, and stays.
 */
const DEFAULT_COLOR: ColorName = CARD.fields.color.empty;

/** The colour of a stage, or undefined for a stage that is not there (a card left unplaced). */
function stageColor(ctx: EditContext, stageId: unknown): ColorName | undefined {
  const stage = typeof stageId === 'string' ? getRecord(ctx.doc, 'stages', stageId) : undefined;
  return stage && (STAGE.fields.color.coerce(stage.get('color')) ?? STAGE.fields.color.empty);
}

export function addCard(ctx: EditContext, input: CardInput): string {
  const id = newId();
  transact(ctx, () => {
    const card = new Y.Map<unknown>();
    fillRecord(card, CARD, {
      color: stageColor(ctx, input.stageId) ?? DEFAULT_COLOR,
      ...cleanFields(CARD, { ...input }, [...CARD_DETAIL_KEYS, 'title', 'body']),
      stageId: input.stageId,
      laneId: input.laneId,
      order: orderFor(ctx.doc, 'cards', input.index, inCell(input.stageId, input.laneId)),
    });
    recordsMap(ctx.doc, 'cards').set(id, card);
  });
  return id;
}

/** Typing into a card's title or body: only the changed characters are written. */
export function setCardText(ctx: EditContext, id: string, field: CardTextField, value: string): void {
  const card = getRecord(ctx.doc, 'cards', id);
  if (!card) return;
  assertUnlocked(ctx, [id]);
  const clean = CARD.fields[field].coerce(value) ?? '';
  typeText(ctx, () => replaceText(textField(card, field), clean));
}

export function updateCard(ctx: EditContext, id: string, patch: Partial<CardFields>): void {
  const card = getRecord(ctx.doc, 'cards', id);
  if (!card) return;
  assertUnlocked(ctx, [id]);
  transact(ctx, () => patchRecord(card, CARD, cleanFields(CARD, { ...patch }, CARD_DETAIL_KEYS)));
}

/**
 * Moves a card into a cell, at `index` among that cell's cards (appended when absent). Into
 * another stage, a card whose colour followed its stage takes the new stage's colour (above).
 */
export function moveCard(ctx: EditContext, id: string, to: { stageId: string; laneId: string; index?: number }): void {
  const card = getRecord(ctx.doc, 'cards', id);
  if (!card) return;
  assertUnlocked(ctx, [id]);
  transact(ctx, () => {
    card.set('order', orderFor(ctx.doc, 'cards', to.index, inCell(to.stageId, to.laneId), id));
    if (card.get('stageId') !== to.stageId) {
      const color = CARD.fields.color.coerce(card.get('color')) ?? DEFAULT_COLOR;
      const followed = color === DEFAULT_COLOR || color === stageColor(ctx, card.get('stageId'));
      const next = stageColor(ctx, to.stageId);
      if (followed && next !== undefined && next !== color) card.set('color', next);
      card.set('stageId', to.stageId);
    }
    if (card.get('laneId') !== to.laneId) card.set('laneId', to.laneId);
  });
}

/** Deletes cards with their connectors and comments, in one undo step. */
export function deleteCards(ctx: EditContext, ids: readonly string[]): void {
  assertUnlocked(ctx, ids);
  transact(ctx, () => {
    const cards = recordsMap(ctx.doc, 'cards');
    for (const id of ids) cards.delete(id);
    removeReferencesTo(ctx.doc, new Set(ids));
  });
}

/** Copies of cards placed right after each original, in one undo step; returns the new ids. */
export function duplicateCards(ctx: EditContext, cards: readonly Card[]): string[] {
  return transact(ctx, () =>
    cards.map((card) => {
      const index = cellIndexOf(ctx, card) + 1;
      return addCard(ctx, { ...card, index });
    }),
  );
}

function cellIndexOf(ctx: EditContext, card: Card): number {
  return siblings(ctx.doc, 'cards', inCell(card.stageId, card.laneId)).findIndex((c) => c.id === card.id);
}
