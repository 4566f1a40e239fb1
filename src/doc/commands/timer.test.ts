import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEditContext, NotAllowed } from '../context.ts';
import { readSession } from '../read.ts';
import { freshContext, syncDocs } from '../testing/sync.ts';
import { createUndoManager } from '../undo.ts';
import { addStage } from './stages.ts';
import { addTimerMinute, pauseTimer, resumeTimer, setTimerOpenToAll, startTimer, stopTimer } from './timer.ts';

const T0 = 1_800_000_000_000;

describe('timer commands', () => {
  it('start, add a minute, pause, resume and stop, in server time', () => {
    const ctx = freshContext();
    expect(startTimer(ctx, 5 * 60_000, T0)).toBe(true);
    expect(readSession(ctx.doc)).toMatchObject({ timerEndsAt: T0 + 300_000, timerPausedMs: null, timerLengthMs: 300_000 });
    addTimerMinute(ctx, T0 + 10_000);
    expect(readSession(ctx.doc)).toMatchObject({ timerEndsAt: T0 + 360_000, timerLengthMs: 360_000 });
    pauseTimer(ctx, T0 + 60_000);
    expect(readSession(ctx.doc)).toMatchObject({ timerEndsAt: null, timerPausedMs: 300_000 });
    resumeTimer(ctx, T0 + 600_000);
    expect(readSession(ctx.doc)).toMatchObject({ timerEndsAt: T0 + 900_000, timerPausedMs: null });
    stopTimer(ctx);
    expect(readSession(ctx.doc)).toMatchObject({ timerEndsAt: null, timerPausedMs: null, timerLengthMs: 360_000 });
  });

  it('changes nothing for a length out of range or a control that does not apply', () => {
    const ctx = freshContext();
    let updates = 0;
    ctx.doc.on('update', () => updates++);
    expect(startTimer(ctx, 10 * 60 * 60_000, T0)).toBe(false);
    expect(startTimer(ctx, 500, T0)).toBe(false);
    expect(pauseTimer(ctx, T0)).toBe(false);
    expect(resumeTimer(ctx, T0)).toBe(false);
    expect(addTimerMinute(ctx, T0)).toBe(false);
    expect(updates).toBe(0);
  });

  it('opens the controls to all and closes them again', () => {
    const ctx = freshContext();
    expect(readSession(ctx.doc).timerOpenToAll).toBe(false);
    setTimerOpenToAll(ctx, true);
    expect(readSession(ctx.doc).timerOpenToAll).toBe(true);
    expect(setTimerOpenToAll(ctx, true)).toBe(false);
    setTimerOpenToAll(ctx, false);
    expect(readSession(ctx.doc).timerOpenToAll).toBe(false);
  });

  it('is no undo step: undoing an edit leaves the room\'s timer running', () => {
    const ctx = freshContext();
    const undo = createUndoManager(ctx);
    addStage(ctx);
    startTimer(ctx, 60_000, T0);
    undo.undo();
    expect(readSession(ctx.doc).timerEndsAt).toBe(T0 + 60_000);
    undo.destroy();
  });

  it('is refused to a link that may not edit', () => {
    const doc = new Y.Doc();
    expect(() => startTimer(createEditContext(doc, 'c', 'comment'), 60_000, T0)).toThrow(NotAllowed);
    expect(() => stopTimer(createEditContext(doc, 'v', 'view'))).toThrow(NotAllowed);
  });

  it('reaches another copy of the board as one end time', () => {
    const a = freshContext('a');
    const b = freshContext('b');
    startTimer(a, 3 * 60_000, T0);
    syncDocs(a.doc, b.doc);
    pauseTimer(b, T0 + 60_000);
    syncDocs(a.doc, b.doc);
    expect(readSession(a.doc)).toMatchObject({ timerEndsAt: null, timerPausedMs: 120_000 });
  });
});
