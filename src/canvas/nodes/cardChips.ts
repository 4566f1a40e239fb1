import { safeHref, type Card } from '../../model/index.ts';

/** A small label in a card's details row; `tag` ones sit on the neutral background, the others on the card's tint. */
export interface CardChip {
  key: string;
  text: string;
  tag: boolean;
  title?: string;
}

const EMOTION_SIGNS = ['−−', '−', '○', '+', '++'];

/** The details row of a card, in the order it shows them: one list for the card on screen and in pictures. */
export function cardChips(card: Card, votes: number): CardChip[] {
  const chips: CardChip[] = [];
  [card.channel, card.owner].forEach((text, i) => text && chips.push({ key: `detail${i}`, text, tag: false }));
  for (const tag of card.tags.slice(0, 2)) chips.push({ key: `tag:${tag}`, text: `#${tag}`, tag: true });
  if (card.emotion !== null) chips.push({ key: 'emotion', text: EMOTION_SIGNS[card.emotion + 2]!, tag: false, title: `Emotion ${card.emotion}` });
  if (votes > 0) chips.push({ key: 'votes', text: `▲ ${votes}`, tag: false, title: `${votes} votes` });
  if (safeHref(card.link)) chips.push({ key: 'link', text: '↗ link', tag: false, title: card.link });
  return chips;
}
