import * as Y from 'yjs';
import { LIMITS, MAX_BUDGET, ROUND, VOTE, cleanFields, countedDots, newId, type Round, type Vote } from '../../model/index.ts';
import { transactRoom, type EditContext } from '../context.ts';
import { getRecord, recordsMap, sessionMap } from '../layout.ts';
import { fillRecord, readRecordFields } from '../records.ts';

/*
 * Dot voting (model/round.ts, model/dotCount.ts). The facilitator starts, reveals and ends a
 * round; everyone on the board, a comment link too, places and takes back their own dots while
 * it is open. A round is the room's state, like a presentation: these commands write as the
 * room's changes (transactRoom), which no undo manager tracks, so Ctrl+Z never takes back a dot
 * or ends a round. The server holds the rules (server/updates/dots.ts); these commands do only what it
 * would take, so the page never shows a dot the server refuses.
 */

/** What a facilitator chooses when starting a round. */
export interface RoundInput {
  title?: string;
  laneIds: readonly string[];
  cardIds: readonly string[];
  budget: number;
  onePerCard: boolean;
}

/** Opens a round and puts it on everyone's screen; a round on screen before is left as it stood. Returns its id. */
export function startRound(ctx: EditContext, input: RoundInput, now = Date.now()): string {
  const id = newId();
  const budget = Number.isFinite(input.budget) ? Math.min(MAX_BUDGET, Math.max(1, Math.round(input.budget))) : undefined;
  const fields = cleanFields(ROUND, { ...input, laneIds: [...input.laneIds], cardIds: [...input.cardIds], budget, openedAt: Math.max(0, now), revealed: false }, ROUND.keys);
  transactRoom(ctx, () => {
    const round = new Y.Map<unknown>();
    fillRecord(round, ROUND, fields);
    recordsMap(ctx.doc, 'rounds').set(id, round);
    sessionMap(ctx.doc).set('roundId', id);
  });
  return id;
}

/** The round the session has on screen, read from the document, if it is `roundId`. */
function roundOnScreen(doc: Y.Doc, roundId: string): Round | null {
  if (sessionMap(doc).get('roundId') !== roundId) return null;
  const map = getRecord(doc, 'rounds', roundId);
  return map ? (readRecordFields(ROUND, map, roundId) as Round | null) : null;
}

/** Whether a card is in a round: named by it, or in a lane it names. */
function cardInRound(doc: Y.Doc, round: Round, cardId: string): boolean {
  const card = getRecord(doc, 'cards', cardId);
  return card !== undefined && (round.cardIds.includes(cardId) || round.laneIds.includes(String(card.get('laneId'))));
}

/** `voter`'s dots in the round, as the document holds them. */
function dotsOf(doc: Y.Doc, roundId: string, voter: string): Vote[] {
  const out: Vote[] = [];
  recordsMap(doc, 'votes').forEach((map, id) => {
    if (!(map instanceof Y.Map) || map.get('voter') !== voter || map.get('roundId') !== roundId) return;
    const dot = readRecordFields(VOTE, map, id) as Vote | null;
    if (dot) out.push(dot);
  });
  return out;
}

/**
 * Places one of `voter`'s dots on a card of the open round on screen. Returns the dot's id, or
 * null when it would not count: the round is not open, the card is not in it, the voter has no
 * dot left, or the round allows one a card and this card has theirs.
 */
export function castDot(ctx: EditContext, roundId: string, targetId: string, voter: string): string | null {
  const round = roundOnScreen(ctx.doc, roundId);
  if (!round || round.revealed || !voter || voter.length > LIMITS.id || !cardInRound(ctx.doc, round, targetId)) return null;
  const own = dotsOf(ctx.doc, roundId, voter);
  const inRound = new Set(own.map((dot) => dot.targetId).filter((id) => cardInRound(ctx.doc, round, id)));
  inRound.add(targetId);
  const counted = countedDots(round, own, inRound);
  if (counted.length >= round.budget) return null;
  if (round.onePerCard && counted.some((dot) => dot.targetId === targetId)) return null;
  const id = newId();
  transactRoom(
    ctx,
    () => {
      const dot = new Y.Map<unknown>();
      fillRecord(dot, VOTE, { targetId, voter, roundId });
      recordsMap(ctx.doc, 'votes').set(id, dot);
    },
    'comment',
  );
  return id;
}

/**
 * Takes back one of `voter`'s dots on a card while the round is open: the last by id, so a dot
 * over the budget (which counts for nothing) goes before one that counts. Returns whether one went.
 */
export function removeDot(ctx: EditContext, roundId: string, targetId: string, voter: string): boolean {
  const round = roundOnScreen(ctx.doc, roundId);
  if (!round || round.revealed) return false;
  const mine = dotsOf(ctx.doc, roundId, voter).filter((dot) => dot.targetId === targetId);
  if (mine.length === 0) return false;
  const last = mine.reduce((a, b) => (b.id > a.id ? b : a));
  transactRoom(ctx, () => recordsMap(ctx.doc, 'votes').delete(last.id), 'comment');
  return true;
}

/** Shows the round's result to everyone. */
export function revealRound(ctx: EditContext, roundId: string): void {
  const round = getRecord(ctx.doc, 'rounds', roundId);
  if (!round || round.get('revealed') === true) return;
  transactRoom(ctx, () => round.set('revealed', true));
}

/** Takes the round off everyone's screen; it and its dots stay as the board's record. */
export function endRound(ctx: EditContext): void {
  if (sessionMap(ctx.doc).get('roundId') == null) return;
  transactRoom(ctx, () => sessionMap(ctx.doc).set('roundId', null));
}
