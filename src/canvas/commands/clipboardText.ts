import type { Translate } from '../../i18n/index.ts';
import type { Board, Card } from '../../model/index.ts';
import { cardPlacement } from '../editor/placement.ts';

/*
 * Copied cards as people read them elsewhere: plain text for chat, HTML for email and
 * documents. The HTML also carries the cards' data (serializeCards) in an attribute, so a
 * paste into a board restores them exactly, from any browser, while the text reads as text.
 */

/** The attribute of the copied HTML that holds the cards' data. */
const DATA_ATTRIBUTE = 'data-journeyboard-cards';

interface CardLines {
  title: string;
  place: string | null;
  body: string;
}

function linesOf(card: Card, board: Pick<Board, 'stages' | 'lanes'>, t: Translate): CardLines {
  const { stage, lane } = cardPlacement(board, card, t);
  const place = stage !== null && lane !== null ? `${stage} · ${lane}` : stage ?? lane;
  return { title: card.title.trim() || t('canvas.card.untitled'), place, body: card.body.trim() };
}

/** Each card as its title, its stage · lane, and its description, with a blank line between cards. */
export function cardsAsText(cards: readonly Card[], board: Pick<Board, 'stages' | 'lanes'>, t: Translate): string {
  return cards
    .map((card) => {
      const { title, place, body } = linesOf(card, board, t);
      return [title, place, body].filter(Boolean).join('\n');
    })
    .join('\n\n');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
const unescapeHtml = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => Object.entries(ENTITIES).find(([, e]) => e === entity)![0]);

/** The cards as HTML (a paragraph each: the title in bold, its place, its description), carrying their data. */
export function cardsAsHtml(cards: readonly Card[], board: Pick<Board, 'stages' | 'lanes'>, data: string, t: Translate): string {
  const paragraphs = cards.map((card) => {
    const { title, place, body } = linesOf(card, board, t);
    const parts = [`<strong>${escapeHtml(title)}</strong>`];
    if (place) parts.push(`<span style="color:#556070">${escapeHtml(place)}</span>`);
    if (body) parts.push(escapeHtml(body).replace(/\r?\n/g, '<br>'));
    return `<p>${parts.join('<br>')}</p>`;
  });
  return `<div ${DATA_ATTRIBUTE}="${escapeHtml(data)}">${paragraphs.join('')}</div>`;
}

/**
 * The cards' data from copied HTML, or null when it holds none: HTML from anywhere else, or
 * ours after another program rewrote it. What it returns is untrusted text like any paste,
 * for parseClipboard to read.
 */
export function cardDataInHtml(html: string, maxChars: number): string | null {
  const at = html.indexOf(`${DATA_ATTRIBUTE}="`);
  if (at < 0) return null;
  const start = at + DATA_ATTRIBUTE.length + 2;
  const end = html.indexOf('"', start);
  if (end < 0 || end - start > maxChars * 6) return null; // each character escapes to at most 6
  return unescapeHtml(html.slice(start, end));
}
