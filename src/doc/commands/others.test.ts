import { describe, expect, it } from 'vitest';
import { docToBoard } from '../read.ts';
import { freshContext } from '../testing/sync.ts';
import { addCard } from './cards.ts';
import { addConnector, deleteConnectors } from './connectors.ts';
import { addComment, deleteComment, resolveComment } from './feedback.ts';
import { addLane } from './lanes.ts';
import { createUndoManager } from '../undo.ts';
import { setBoardTitle, setLocale, setPersona, tidyBoardTitle, typeBoardTitle } from './meta.ts';
import { addNote, deleteNotes, moveNote, setNoteColor, setNoteText } from './notes.ts';
import { setSpotlight } from './session.ts';
import { startTimer, stopTimer } from './timer.ts';
import { addStage } from './stages.ts';
import {
  addStrategyItem,
  attachStrategyItemToStage,
  deleteStrategyItem,
  moveStrategyItem,
  setStrategyItemText,
} from './strategy.ts';

describe('meta commands', () => {
  it('sets a title with whitespace folded, a persona and a locale', () => {
    const ctx = freshContext();
    setBoardTitle(ctx, '  Lighting   project\n');
    setPersona(ctx, 'Architect');
    setLocale(ctx, 'zh-CN');
    expect(docToBoard(ctx.doc).meta).toMatchObject({ title: 'Lighting project', persona: 'Architect', locale: 'zh-CN' });
  });

  it('tidies a typed title when the typing ends, in the same undo step', () => {
    const ctx = freshContext();
    const undo = createUndoManager(ctx);
    setBoardTitle(ctx, 'Old');
    typeBoardTitle(ctx, ' Lighting  project\n ');
    expect(docToBoard(ctx.doc).meta.title).toBe(' Lighting  project  ');
    tidyBoardTitle(ctx);
    expect(docToBoard(ctx.doc).meta.title).toBe('Lighting project');
    undo.undo();
    expect(docToBoard(ctx.doc).meta.title).toBe('Old');
  });

  it('never leaves the title empty once typing ends', () => {
    const ctx = freshContext();
    typeBoardTitle(ctx, '   ');
    tidyBoardTitle(ctx);
    expect(docToBoard(ctx.doc).meta.title).toBe('Untitled board');
  });

  it("names a board left without a title in the board's language", () => {
    const ctx = freshContext();
    setLocale(ctx, 'zh');
    typeBoardTitle(ctx, ' ');
    tidyBoardTitle(ctx);
    expect(docToBoard(ctx.doc).meta.title).toBe('未命名看板');
  });
});

describe('note commands', () => {
  it('adds, moves, edits, recolours and deletes notes; positions must be finite', () => {
    const ctx = freshContext();
    const id = addNote(ctx, { x: 10, y: 20, text: 'Ask about FOB' });
    moveNote(ctx, id, 300, Number.POSITIVE_INFINITY);
    setNoteText(ctx, id, 'Ask about FOB and DDP');
    setNoteColor(ctx, id, 'pink');
    expect(docToBoard(ctx.doc).notes[0]).toEqual({ id, x: 300, y: 0, text: 'Ask about FOB and DDP', color: 'pink' });
    deleteNotes(ctx, [id]);
    expect(docToBoard(ctx.doc).notes).toEqual([]);
  });
});

describe('connector commands', () => {
  it('connects two existing cards once, never a card to itself', () => {
    const ctx = freshContext();
    const s = addStage(ctx);
    const l = addLane(ctx);
    const a = addCard(ctx, { stageId: s, laneId: l });
    const b = addCard(ctx, { stageId: s, laneId: l });
    const id = addConnector(ctx, a, b, 'leads to');
    expect(addConnector(ctx, a, b)).toBeNull();
    expect(addConnector(ctx, a, a)).toBeNull();
    expect(addConnector(ctx, a, 'ghost')).toBeNull();
    expect(docToBoard(ctx.doc).connectors).toEqual([{ id, from: a, to: b, label: 'leads to' }]);
    deleteConnectors(ctx, [id!]);
    expect(docToBoard(ctx.doc).connectors).toEqual([]);
  });
});

describe('strategy canvas commands', () => {
  it('adds items to a section in order, edits, moves between sections and deletes', () => {
    const ctx = freshContext();
    const a = addStrategyItem(ctx, 'goalsPre', 'Make it easy to find Furn. Co')!;
    const b = addStrategyItem(ctx, 'goalsPre', 'Be referred by customers')!;
    addStrategyItem(ctx, 'goalsPre', 'Be front of mind for potential customers', 1);
    expect(addStrategyItem(ctx, 'nope' as never)).toBeNull();
    expect(docToBoard(ctx.doc).strategy.map((i) => i.text)).toEqual([
      'Make it easy to find Furn. Co',
      'Be front of mind for potential customers',
      'Be referred by customers',
    ]);
    setStrategyItemText(ctx, a, 'Make it easy to find us');
    moveStrategyItem(ctx, b, 'goalsPost', 0);
    const stage = addStage(ctx);
    attachStrategyItemToStage(ctx, a, stage);
    const items = docToBoard(ctx.doc).strategy;
    expect(items.find((i) => i.id === a)).toMatchObject({ text: 'Make it easy to find us', stageId: stage });
    expect(items.find((i) => i.id === b)?.sectionId).toBe('goalsPost');
    deleteStrategyItem(ctx, a);
    expect(docToBoard(ctx.doc).strategy.map((i) => i.id)).not.toContain(a);
  });
});

describe('feedback commands', () => {
  it('adds, resolves and deletes comments', () => {
    const ctx = freshContext();
    const id = addComment(ctx, 'card1', 'Ann', 'Check the lead time');
    resolveComment(ctx, id);
    expect(docToBoard(ctx.doc).comments[0]).toMatchObject({ author: 'Ann', text: 'Check the lead time', resolved: true });
    deleteComment(ctx, id);
    expect(docToBoard(ctx.doc).comments).toEqual([]);
  });
});

describe('workshop session commands', () => {
  it('shares a spotlight stage and a timer with an absolute end', () => {
    const ctx = freshContext();
    setSpotlight(ctx, 'stage1');
    startTimer(ctx, 300_000, 1_000);
    expect(docToBoard(ctx.doc).session).toMatchObject({ spotlightStageId: 'stage1', timerEndsAt: 301_000, timerLengthMs: 300_000 });
    startTimer(ctx, -5, 2_000);
    expect(docToBoard(ctx.doc).session.timerEndsAt).toBe(301_000);
    stopTimer(ctx);
    setSpotlight(ctx, null);
    expect(docToBoard(ctx.doc).session).toMatchObject({ spotlightStageId: null, timerEndsAt: null, timerPausedMs: null });
  });
});
