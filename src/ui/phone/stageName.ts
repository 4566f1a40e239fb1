import type { Translate } from '../../i18n/index.ts';
import type { Card, Stage } from '../../model/index.ts';

/** A stage as the phone names it: its number on the map and its title, "2. Quotation". */
export function stageName(stage: Stage, index: number, t: Translate): string {
  return t('phone.stageName', { number: index + 1, title: stage.title.trim() || t('phone.untitledStage') });
}

/** A card's title, or what to call a card without one. */
export function cardName(card: Card, t: Translate): string {
  return card.title.trim() || t('phone.untitledCard');
}
