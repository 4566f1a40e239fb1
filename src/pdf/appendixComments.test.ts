import { describe, expect, it } from 'vitest';
import type { Board, Comment } from '../model/index.ts';
import { pagesOf, render, template } from './pdfReading.ts';

const squash = (s: string) => s.replace(/\s+/g, '');

const comment = (id: string, targetId: string, author: string, text: string, createdAt: number, more: Partial<Comment> = {}): Comment => ({
  id,
  targetId,
  author,
  text,
  createdAt,
  resolved: false,
  replyTo: null,
  ...more,
});

function withThreads(): Board {
  const board = template('lighting-project.json');
  const card = board.cards[2]!;
  const lane = board.lanes[0]!;
  board.strategy = [{ id: 'who1', sectionId: 'who', order: 'a0', text: 'Site managers', stageId: null }];
  board.comments = [
    comment('q', card.id, 'Fran', 'Who brings the samples?', 1),
    comment('a', card.id, 'Gus', 'The installer does', 3, { replyTo: 'q' }),
    comment('b', card.id, 'Fran', 'Then say so on the card', 4, { replyTo: 'a' }),
    comment('lane', lane.id, 'Hal', 'Split this lane by trade', 2),
    comment('item', 'who1', 'Ida', 'Add the electricians', 5),
    comment('stray', card.id, 'Mallory', 'Reply to nothing left', 6, { replyTo: 'gone' }),
  ];
  return board;
}

describe('comment threads in the appendix', () => {
  it('lists each reply under its thread, in order, on cards, lanes and strategy items', async () => {
    const pages = pagesOf(await render(withThreads(), 'threads'));
    const appendix = squash(pages.filter((p) => p.startsWith('Appendix: details')).join(''));
    const at = (text: string) => appendix.indexOf(squash(text));
    expect(at('Fran: Who brings the samples?')).toBeGreaterThan(-1);
    expect(at('Gus replied: The installer does')).toBeGreaterThan(at('Fran: Who brings the samples?'));
    expect(at('Fran replied: Then say so on the card')).toBeGreaterThan(at('Gus replied: The installer does'));
    expect(at('Lanes')).toBeGreaterThan(-1);
    expect(at('Hal: Split this lane by trade')).toBeGreaterThan(at('Lanes'));
    expect(at('Strategy canvas items')).toBeGreaterThan(-1);
    expect(at('Ida: Add the electricians')).toBeGreaterThan(at('Site managers'));
    // A reply whose thread is gone belongs nowhere.
    expect(appendix).not.toContain(squash('Reply to nothing left'));
  });

  it('words replies in the board\u2019s language', async () => {
    const board = withThreads();
    board.meta = { ...board.meta, locale: 'zh-CN' };
    const appendix = squash(pagesOf(await render(board, 'threads-zh')).join(''));
    expect(appendix).toContain(squash('Gus 回复：The installer does'));
  });
});
