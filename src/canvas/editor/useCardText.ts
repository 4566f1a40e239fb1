import { useEffect } from 'react';
import * as Y from 'yjs';
import { getRecord, type EditContext } from '../../doc/index.ts';
import type { CardTextField } from '../../model/index.ts';
import { textField } from '../../doc/text.ts';

/**
 * The Y.Text behind a card's title or body, or null when the card is gone. Read on each render:
 * the caller re-renders after every change to the document (it holds the board from useBoard).
 * A record written by an older or broken client may hold a plain string there; it is turned into
 * a Y.Text once, outside any undo step, so that people can type into it together.
 */
export function useCardText(ctx: EditContext, cardId: string, field: CardTextField): Y.Text | null {
  const card = getRecord(ctx.doc, 'cards', cardId);
  const value = card?.get(field);
  const text = value instanceof Y.Text ? value : null;
  const needsText = card !== undefined && text === null;
  useEffect(() => {
    if (needsText && card) textField(card, field);
  }, [needsText, card, field]);
  return text;
}
