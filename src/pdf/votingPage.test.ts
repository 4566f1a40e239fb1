import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, castDot, docToBoard, recordsMap, revealRound, setLocale, startRound } from '../doc/index.ts';
import { fillRecord } from '../doc/records.ts';
import { freshContext } from '../doc/testing/sync.ts';
import { VOTE } from '../model/index.ts';
import * as Y from 'yjs';
import { flat, pagesOf, render } from './pdfReading.ts';

/*
 * The report's dot voting page, read back with pdftotext: the latest revealed round ranked,
 * counted as every screen counts it, and nothing of a round still hidden.
 */

/** A board with a round on its pain points: Ann places 2 dots on "Slow quote", Bo 1 on "Late fitter", Eve writes 5 past her budget of 3. */
function votedBoard(reveal: boolean) {
  const ctx = freshContext();
  const stages = [addStage(ctx, { title: 'Quotation' }), addStage(ctx, { title: 'Installation' })];
  const pains = addLane(ctx, { kind: 'painPoints', title: 'Pain points' });
  const slow = addCard(ctx, { stageId: stages[0]!, laneId: pains, title: 'Slow quote' });
  const late = addCard(ctx, { stageId: stages[1]!, laneId: pains, title: 'Late fitter' });
  addCard(ctx, { stageId: stages[1]!, laneId: pains, title: 'No follow-up' });
  const round = startRound(ctx, { title: 'Fix first?', laneIds: [pains], cardIds: [], budget: 3, onePerCard: false });
  castDot(ctx, round, slow, 'ann');
  castDot(ctx, round, slow, 'ann');
  castDot(ctx, round, late, 'bo');
  // Eve's client went round the commands: by id, her first three count (late, late, slow).
  ctx.doc.transact(() => {
    [late, late, slow, slow, slow].forEach((targetId, i) => {
      const dot = new Y.Map<unknown>();
      fillRecord(dot, VOTE, { targetId, voter: 'eve', roundId: round });
      recordsMap(ctx.doc, 'votes').set(`eve-${i}`, dot);
    });
  });
  if (reveal) revealRound(ctx, round);
  return { ctx, board: docToBoard(ctx.doc) };
}

describe('dot voting in the report', () => {
  it('ranks the revealed round’s cards on a page of its own, each card’s dots on the map too', async () => {
    const pages = pagesOf(await render(votedBoard(true).board, 'voting')).map(flat);
    const results = pages.find((page) => page.startsWith('Dot voting results'));
    expect(results).toBeDefined();
    expect(results).toContain('Fix first? · 3 people, 3 dots each');
    // Slow quote: Ann 2 + Eve 1; late fitter: Bo 1 + Eve 2 (Eve's last two are over her budget);
    // as many dots, in the order the map reads.
    expect(results).toMatch(/1 Slow quote Quotation · Pain points 3 dots 1 Late fitter Installation · Pain points 3 dots Untitled board/);
    expect(results).not.toContain('No follow-up');
    expect(pages.find((page) => page.startsWith('Journey map'))).toContain('● 3 dots');
    expect(pages[0]).toContain('Dot voting results');
  });

  it('shows nothing of a round not yet revealed', async () => {
    const text = pagesOf(await render(votedBoard(false).board, 'hidden')).map(flat).join(' ');
    expect(text).not.toContain('Dot voting');
    expect(text).not.toContain('●');
  });

  it('is in the board’s language', async () => {
    const { ctx } = votedBoard(true);
    setLocale(ctx, 'zh-CN');
    const pages = pagesOf(await render(docToBoard(ctx.doc), 'voting-zh')).map(flat);
    const results = pages.find((page) => page.startsWith('圆点投票结果'));
    expect(results).toContain('Fix first? · 3 人，每人 3 个圆点');
    expect(results).toContain('3 个圆点');
  });
});
