import type { jsPDF } from 'jspdf';
import { LANE_KIND_LABELS, STRATEGY_SECTIONS, safeHref, unplacedCards, type Board, type Card } from '../model/index.ts';
import { asLocale, translatorFor } from '../i18n/index.ts';
import { sectionLabel } from '../model/strategyLayout.ts';
import { itemsBySection } from '../model/strategyItems.ts';
import type { Page } from './page.ts';
import { drawLines, setType, wrap, wrapClamped, type Weight } from './text.ts';
import { ACCENT, INK, INK_FAINT, INK_MUTED, TYPE, type TypeStyle } from './theme.ts';

/** Flowing text down the pages: a cursor that starts a new page when the next block does not fit. */
class Flow {
  y: number;
  constructor(
    private doc: jsPDF,
    private page: Page,
    private onPage: () => void,
  ) {
    this.y = this.newPage();
  }

  private newPage(): number {
    this.doc.addPage();
    this.onPage();
    return this.page.top;
  }

  /** Writes a block of text, moving to a new page first if its first lines would not fit. */
  text(text: string, style: TypeStyle, weight: Weight = 'normal', color = INK, indent = 0, before = 0): void {
    setType(this.doc, style, weight, color);
    const lines = wrap(this.doc, text, this.page.right - this.page.left - indent);
    this.y += before;
    for (let i = 0; i < lines.length; i++) {
      if (this.y + style.line > this.page.bottom) {
        this.y = this.newPage();
        setType(this.doc, style, weight, color);
      }
      this.y += drawLines(this.doc, [lines[i]!], this.page.left + indent, this.y, style);
    }
  }

  /** Keeps a heading with what follows it. */
  keep(height: number): void {
    if (this.y + height > this.page.bottom) this.y = this.newPage();
  }

  /** A link that is safe to follow, its label wrapped like any text and every line clickable. */
  link(label: string, href: string, indent: number): void {
    setType(this.doc, TYPE.small, 'normal', ACCENT);
    for (const line of wrapClamped(this.doc, label, this.page.right - this.page.left - indent, 3)) {
      this.keep(TYPE.small.line);
      this.doc.textWithLink(line, this.page.left + indent, this.y + TYPE.small.size * 0.92, { url: href });
      this.y += TYPE.small.line;
    }
  }
}

/** Every card with all its fields, stage by stage, then the strategy canvas in full. */
export function drawAppendix(doc: jsPDF, board: Board, page: Page, onPage: () => void): void {
  const t = translatorFor(asLocale(board.meta.locale));
  const flow = new Flow(doc, page, onPage);
  flow.text('Appendix: card details', TYPE.title, 'bold');
  const votes = new Map<string, number>();
  for (const vote of board.votes) votes.set(vote.targetId, (votes.get(vote.targetId) ?? 0) + 1);
  const lanes = new Map(board.lanes.map((l) => [l.id, l]));
  const unplaced = new Set(unplacedCards(board).map((c) => c.id));

  const cardEntry = (card: Card) => {
    flow.keep(TYPE.body.line * 2);
    flow.text(card.title || 'Untitled card', TYPE.body, 'bold', INK, 12, 4);
    const lane = lanes.get(card.laneId);
    const facts = [
      lane ? lane.title || LANE_KIND_LABELS[lane.kind] : null,
      card.channel && `Channel: ${card.channel}`,
      card.owner && `Owner: ${card.owner}`,
      card.emotion !== null && `Emotion: ${card.emotion > 0 ? '+' : ''}${card.emotion}`,
      card.tags.length > 0 && `Tags: ${card.tags.join(', ')}`,
      votes.get(card.id) && `Votes: ${votes.get(card.id)}`,
    ].filter(Boolean);
    if (facts.length) flow.text(facts.join(' · '), TYPE.small, 'normal', INK_FAINT, 12);
    if (card.body) flow.text(card.body, TYPE.small, 'normal', INK_MUTED, 12, 1);
    const href = safeHref(card.link);
    // Only a link that is safe to follow is a link; any other stays visible as plain text.
    if (href) flow.link(card.link, href, 12);
    else if (card.link) flow.text(`Link (not followed): ${card.link}`, TYPE.small, 'normal', INK_FAINT, 12);
  };

  board.stages.forEach((stage, i) => {
    flow.keep(TYPE.heading.line * 3);
    flow.text(`${i + 1}. ${stage.title || 'Untitled stage'}${stage.window ? ` (${stage.window})` : ''}`, TYPE.heading, 'bold', INK, 0, 10);
    if (stage.description) flow.text(stage.description, TYPE.small, 'normal', INK_MUTED);
    const cards = board.cards.filter((c) => c.stageId === stage.id && !unplaced.has(c.id));
    if (cards.length === 0) flow.text('No cards.', TYPE.small, 'normal', INK_FAINT, 12, 2);
    for (const lane of board.lanes) for (const card of cards.filter((c) => c.laneId === lane.id)) cardEntry(card);
  });
  if (unplaced.size > 0) {
    flow.text('Cards not placed on the map', TYPE.heading, 'bold', INK, 0, 10);
    for (const card of board.cards.filter((c) => unplaced.has(c.id))) cardEntry(card);
  }

  if (board.strategy.length > 0) {
    const bySection = itemsBySection(board.strategy);
    flow.keep(TYPE.title.line * 3);
    flow.text('Appendix: the strategy canvas in full', TYPE.title, 'bold', INK, 0, 18);
    for (const section of STRATEGY_SECTIONS) {
      const items = bySection.get(section.id) ?? [];
      if (items.length === 0) continue;
      flow.keep(TYPE.heading.line * 2);
      flow.text(`${section.step ? `${section.step}. ` : ''}${sectionLabel(section, t)}`, TYPE.heading, 'bold', INK, 0, 8);
      for (const item of items) flow.text(`•  ${item.text}`, TYPE.small, 'normal', INK_MUTED, 12, 1);
    }
  }
}
