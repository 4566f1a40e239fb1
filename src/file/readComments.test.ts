import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docToBoard } from '../doc/index.ts';
import { LIMITS, commentThreads } from '../model/index.ts';
import { boardToFile, serializeBoardFile } from './format.ts';
import { readBoardFile } from './read.ts';
import { writeBoardToDoc } from './toDoc.ts';

const comment = (id: string, targetId: string, more: object = {}) => ({ id, targetId, author: 'Ada', text: id, createdAt: 1, resolved: false, ...more });

function fileText(comments: object[]): string {
  return JSON.stringify({
    type: 'journeyboard',
    version: 1,
    board: {
      stages: [{ id: 's1', order: 'a0' }],
      lanes: [{ id: 'l1', order: 'a0', kind: 'actions' }],
      cards: [{ id: 'c1', stageId: 's1', laneId: 'l1', order: 'a0' }],
      strategy: [{ id: 'i1', sectionId: 'who', order: 'a0' }],
      comments,
    },
  });
}

describe('comment threads in a file', () => {
  it('keeps threads on lanes and strategy items, and replies with their thread', () => {
    const read = readBoardFile(fileText([comment('m1', 'l1'), comment('m2', 'i1'), comment('r1', 'l1', { replyTo: 'm1', createdAt: 2 })]));
    if (!read.ok) throw new Error(read.error);
    expect(read.repairs).toEqual([]);
    const threads = commentThreads(read.file.board.comments);
    expect(threads.map((t) => [t.targetId, t.replies.map((r) => r.id)])).toEqual([
      ['l1', ['r1']],
      ['i1', []],
    ]);
  });

  it('leaves out replies whose thread is not in the file, and puts a reply on its thread\u2019s record', () => {
    const read = readBoardFile(
      fileText([
        comment('m1', 'c1'),
        comment('orphan', 'c1', { replyTo: 'missing' }),
        comment('onGone', 'gone'),
        comment('replyToGone', 'c1', { replyTo: 'onGone' }),
        comment('elsewhere', 's1', { replyTo: 'm1' }),
      ]),
    );
    if (!read.ok) throw new Error(read.error);
    expect(read.file.board.comments.map((c) => [c.id, c.targetId])).toEqual([
      ['m1', 'c1'],
      ['elsewhere', 'c1'],
    ]);
    expect(read.repairs).toEqual([{ kind: 'commentsOnMissingRecords', count: 3 }]);
  });

  it('refuses a comment over the text limit, naming its field, and a reply mark that is no id', () => {
    const huge = readBoardFile(fileText([comment('m1', 'c1', { text: 'x'.repeat(LIMITS.longText + 1) })]));
    expect(huge.ok ? null : huge.error).toContain('board.comments[0].text');
    const badReply = readBoardFile(fileText([comment('m1', 'c1', { replyTo: 42 })]));
    expect(badReply.ok ? null : badReply.error).toContain('board.comments[0].replyTo');
  });

  it('writes replies into a board and back out unchanged', () => {
    const read = readBoardFile(fileText([comment('m1', 'c1'), comment('r1', 'c1', { replyTo: 'm1', createdAt: 2 })]));
    if (!read.ok) throw new Error(read.error);
    const doc = new Y.Doc();
    writeBoardToDoc(doc, read.file.board);
    const board = docToBoard(doc);
    expect(board.comments.map((c) => [c.id, c.replyTo])).toEqual([
      ['m1', null],
      ['r1', 'm1'],
    ]);
    const again = readBoardFile(serializeBoardFile(boardToFile(board, read.file.source)));
    expect(again.ok && again.file.board.comments).toEqual(board.comments);
  });
});
