import type { jsPDF } from 'jspdf';
import { STRATEGY_SECTIONS, commentThreads, revealedDots, safeHref, unplacedCards, type Board, type Card, type CommentThread } from '../model/index.ts';
import type { Translate } from '../i18n/index.ts';
import { laneName } from '../model/laneName.ts';
import { sectionLabel } from '../model/strategyLayout.ts';
import { itemsBySection } from '../model/strategyItems.ts';
import { Flow } from './flow.ts';
import type { MapShown } from './mapPages.ts';
import type { Page } from './page.ts';
import { INK, INK_FAINT, INK_MUTED, TYPE } from './theme.ts';

/** What the pages before the appendix showed in full, and what they cut or could not show. */
export interface Shown {
  map: MapShown;
  /** Strategy items the strategy page cut short or had no room for. */
  strategyCut: Set<string>;
}

type Block = (flow: Flow) => void;

/**
 * What the map and the strategy canvas could not show, and only that: texts they cut short,
 * links (a printed page cannot be clicked, so the address is written out), comments, cards
 * that are on no stage or lane, notes of a board without a map, and the strategy sections
 * whose lists did not fit. A board whose pages showed everything gets no appendix at all.
 */
export function drawAppendix(doc: jsPDF, board: Board, page: Page, t: Translate, shown: Shown, onPage: () => void): void {
  const blocks = appendixBlocks(board, t, shown);
  if (blocks.length === 0) return;
  const flow = new Flow(doc, page, onPage, `${t('report.part.appendix')} (${t('report.map.continued')})`);
  flow.heading(t('report.part.appendix'), TYPE.title, 'bold', INK, 4);
  flow.heading(t('report.appendix.intro'), TYPE.small, 'normal', INK_MUTED, 10);
  for (const block of blocks) block(flow);
}

function appendixBlocks(board: Board, t: Translate, shown: Shown): Block[] {
  const comments = new Map<string, CommentThread[]>();
  for (const thread of commentThreads(board.comments)) comments.set(thread.targetId, [...(comments.get(thread.targetId) ?? []), thread]);
  const dots = revealedDots(board);
  const lanes = new Map(board.lanes.map((l) => [l.id, l]));
  const unplaced = new Set(unplacedCards(board).map((c) => c.id));
  const stageName = (i: number) => `${i + 1}. ${board.stages[i]!.title || t('report.map.untitledStage')}`;

  /** A record's threads: each first comment, and its replies under it, indented further. */
  const commentLines = (flow: Flow, id: string) => {
    for (const thread of comments.get(id) ?? []) {
      const { root } = thread;
      const values = { author: root.author || t('report.appendix.anonymous'), text: root.text };
      flow.text(t(thread.resolved ? 'report.appendix.commentResolved' : 'report.appendix.comment', values), TYPE.small, 'normal', INK_MUTED, 24, 1);
      for (const reply of thread.replies) {
        flow.text(t('comments.report.reply', { author: reply.author || t('report.appendix.anonymous'), text: reply.text }), TYPE.small, 'normal', INK_MUTED, 36, 1);
      }
    }
  };
  /** A card's entry: in full when the map cut it or never showed it, else only what the map has no room for. */
  const cardEntry = (flow: Flow, card: Card, full: boolean) => {
    flow.keep(TYPE.body.line * 2);
    flow.text(card.title || t('report.map.untitledCard'), TYPE.body, 'bold', INK, 12, 5);
    const lane = lanes.get(card.laneId);
    const facts = [lane ? t('report.appendix.lane', { lane: laneName(lane, t) }) : null];
    if (full) {
      facts.push(
        card.channel && t('report.appendix.channel', { channel: card.channel }),
        card.owner && t('report.appendix.owner', { owner: card.owner }),
        card.emotion !== null ? t('report.appendix.emotion', { score: card.emotion > 0 ? `+${card.emotion}` : String(card.emotion) }) : null,
        card.tags.length > 0 ? t('report.appendix.tags', { tags: card.tags.join(', ') }) : null,
        dots.get(card.id) ? t('voting.report.cardDots', { count: dots.get(card.id)! }) : null,
      );
    }
    flow.text(facts.filter(Boolean).join(' · '), TYPE.small, 'normal', INK_FAINT, 12);
    if (full && card.body) flow.text(card.body, TYPE.small, 'normal', INK_MUTED, 12, 1);
    const href = safeHref(card.link);
    // Only a link that is safe to follow is a link; any other stays visible as plain text.
    if (href) flow.link(card.link, href, 12);
    else if (card.link) flow.text(t('report.appendix.linkNotFollowed', { link: card.link }), TYPE.small, 'normal', INK_FAINT, 12);
    commentLines(flow, card.id);
  };
  const section = (title: string): Block => (flow) => {
    flow.keep(TYPE.heading.line * 3);
    flow.text(title, TYPE.heading, 'bold', INK, 0, 14);
  };

  const blocks: Block[] = [];
  const stages = board.stages.map((stage, i) => ({ stage, i })).filter(({ stage }) => shown.map.cutStages.has(stage.id) || comments.has(stage.id));
  if (stages.length) {
    blocks.push(section(t('report.appendix.stages')));
    for (const { stage, i } of stages) {
      blocks.push((flow) => {
        flow.keep(TYPE.body.line * 2);
        flow.text(`${stageName(i)}${stage.window ? ` (${stage.window})` : ''}`, TYPE.body, 'bold', INK, 0, 6);
        if (stage.description) flow.text(stage.description, TYPE.small, 'normal', INK_MUTED, 12, 1);
        commentLines(flow, stage.id);
      });
    }
  }

  const lanesWithComments = board.lanes.filter((lane) => comments.has(lane.id));
  if (lanesWithComments.length) {
    blocks.push(section(t('comments.report.lanes')));
    for (const lane of lanesWithComments) {
      blocks.push((flow) => {
        flow.keep(TYPE.body.line * 2);
        flow.text(laneName(lane, t), TYPE.body, 'bold', INK, 0, 6);
        commentLines(flow, lane.id);
      });
    }
  }

  const needs = (card: Card) => shown.map.cutCards.has(card.id) || Boolean(card.link) || comments.has(card.id);
  const byStage = board.stages.map((stage, i) => ({ i, cards: board.cards.filter((c) => c.stageId === stage.id && !unplaced.has(c.id) && needs(c)) })).filter((s) => s.cards.length);
  if (byStage.length) {
    blocks.push(section(t('report.appendix.cards')));
    for (const { i, cards } of byStage) {
      blocks.push((flow) => {
        flow.keep(TYPE.body.line * 3);
        flow.text(stageName(i), TYPE.body, 'bold', INK_MUTED, 0, 8);
      });
      const laneOrder = new Map(board.lanes.map((l, n) => [l.id, n]));
      for (const card of [...cards].sort((a, b) => laneOrder.get(a.laneId)! - laneOrder.get(b.laneId)!)) blocks.push((flow) => cardEntry(flow, card, shown.map.cutCards.has(card.id)));
    }
  }
  const unplacedList = board.cards.filter((c) => unplaced.has(c.id));
  if (unplacedList.length) {
    blocks.push(section(t('report.appendix.unplaced')));
    for (const card of unplacedList) blocks.push((flow) => cardEntry(flow, card, true));
  }

  const notes = board.notes.filter((n) => (n.text.trim() && (!shown.map.notesShown || shown.map.cutNotes.has(n.id))) || comments.has(n.id));
  if (notes.length) {
    blocks.push(section(t('report.appendix.notes')));
    for (const note of notes) {
      blocks.push((flow) => {
        flow.text(note.text, TYPE.small, 'normal', INK_MUTED, 12, 5);
        commentLines(flow, note.id);
      });
    }
  }

  const strategyListed = board.strategy.filter((item) => shown.strategyCut.has(item.id) || comments.has(item.id));
  if (strategyListed.length) {
    const bySection = itemsBySection(strategyListed);
    // Items listed for their comments alone are no longer only those "not shown in full".
    const onlyCut = strategyListed.every((item) => shown.strategyCut.has(item.id));
    blocks.push(section(t(onlyCut ? 'report.appendix.strategy' : 'comments.report.strategyItems')));
    for (const s of STRATEGY_SECTIONS) {
      const items = bySection.get(s.id) ?? [];
      if (items.length === 0) continue;
      blocks.push((flow) => {
        // A section's name goes with its first item, and an item with its first comment.
        const withComment = (id: string) => TYPE.small.line * (comments.has(id) ? 2 : 1) + 2;
        flow.keep(TYPE.body.line + 6 + withComment(items[0]!.id));
        flow.text(`${s.step ? `${s.step}. ` : ''}${sectionLabel(s, t)}`, TYPE.body, 'bold', INK, 0, 6);
        for (const item of items) {
          flow.keep(withComment(item.id));
          flow.text(`•  ${item.text}`, TYPE.small, 'normal', INK_MUTED, 12, 1);
          commentLines(flow, item.id);
        }
      });
    }
  }
  return blocks;
}
