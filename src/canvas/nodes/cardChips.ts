import type { Translate } from '../../i18n/index.ts';
import { safeHref, type Card, type LaneKind } from '../../model/index.ts';

/** A small label in a card's details row; `tag` ones sit on the neutral background, the others on the card's tint. */
export interface CardChip {
  key: string;
  text: string;
  tag: boolean;
  title?: string;
}

const EMOTION_SIGNS = ['−−', '−', '○', '+', '++'];
const SHOWN_TAGS = 2;

/** The details row of a card, in the order it shows them: one list for the card on screen and in pictures. */
export function cardChips(card: Card, t: Translate, kind: LaneKind): CardChip[] {
  const chips: CardChip[] = [];
  [card.channel, card.owner].forEach((text, i) => text && chips.push({ key: `detail${i}`, text, tag: false }));
  for (const tag of card.tags.slice(0, SHOWN_TAGS)) chips.push({ key: `tag:${tag}`, text: `#${tag}`, tag: true });
  if (card.emotion !== null) chips.push({ key: 'emotion', text: EMOTION_SIGNS[card.emotion + 2]!, tag: false, title: t('lanes.card.emotion', { score: card.emotion }) });
  if (rated(kind) && card.impact !== null) chips.push({ key: 'impact', text: t('opportunities.chip.impact', { level: card.impact }), tag: false });
  if (rated(kind) && card.effort !== null) chips.push({ key: 'effort', text: t('opportunities.chip.effort', { level: card.effort }), tag: false });
  if (safeHref(card.link)) chips.push({ key: 'link', text: t('lanes.card.link'), tag: false, title: card.link });
  return chips;
}

/** Only an opportunity shows its impact and effort: elsewhere its editor offers neither, to set or to clear. */
const rated = (kind: LaneKind) => kind === 'opportunities';

/** Whether a card shows a details row: whether `cardChips` gives it any chip, in any language. */
export function hasChips(card: Card, kind: LaneKind): boolean {
  return !!(card.channel || card.owner || card.tags.length > 0 || card.emotion !== null || (rated(kind) && (card.impact !== null || card.effort !== null)) || safeHref(card.link));
}
