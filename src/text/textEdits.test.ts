import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyEdit, diffText, rebaseEdit, transformIndex, transformSelection, type TextDelta } from './textEdits.ts';

/** The delta Yjs reports for `change` made by someone else to a text holding `initial`. */
function remoteDelta(initial: string, change: (text: Y.Text) => void): { delta: TextDelta; after: string } {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, initial);
  let delta: TextDelta = [];
  text.observe((event) => {
    delta = event.delta;
  });
  doc.transact(() => change(text), 'remote');
  return { delta, after: text.toString() };
}

describe('transformIndex', () => {
  it('moves a caret right past text inserted before it and leaves it alone for text after it', () => {
    const { delta } = remoteDelta('Quote', (t) => t.insert(0, 'beta '));
    expect(transformIndex(5, delta)).toBe(10);
    const later = remoteDelta('Quote', (t) => t.insert(5, ' alpha'));
    expect(transformIndex(2, later.delta)).toBe(2);
  });

  it('keeps a caret before text inserted exactly at it, or after with assoc 1', () => {
    const { delta } = remoteDelta('Quote', (t) => t.insert(2, 'xx'));
    expect(transformIndex(2, delta, -1)).toBe(2);
    expect(transformIndex(2, delta, 1)).toBe(4);
  });

  it('moves a position inside deleted text to where the deletion was', () => {
    const { delta } = remoteDelta('Sales visit', (t) => t.delete(2, 5));
    expect(transformIndex(4, delta)).toBe(2);
    expect(transformIndex(9, delta)).toBe(4);
    expect(transformIndex(1, delta)).toBe(1);
  });

  it('agrees with Yjs relative positions for any remote change', () => {
    const change = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 4 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4 }) }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.array(change, { minLength: 1, maxLength: 4 }), fc.nat(), fc.boolean(), (initial, changes, pick, right) => {
        const doc = new Y.Doc();
        const text = doc.getText('t');
        text.insert(0, initial);
        const index = pick % (initial.length + 1);
        const assoc = right ? 1 : -1;
        // Yjs: assoc >= 0 sticks to the character after the position, assoc < 0 to the one before.
        const relative = Y.createRelativePositionFromTypeIndex(text, index, right ? 0 : -1);
        let delta: TextDelta = [];
        text.observe((event) => {
          delta = event.delta;
        });
        doc.transact(() => {
          for (const c of changes) {
            const at = c.at % (text.length + 1);
            if (c.kind === 'insert') text.insert(at, c.text);
            else text.delete(at, Math.min(c.length, text.length - at));
          }
        });
        const expected = Y.createAbsolutePositionFromRelativePosition(relative, doc)?.index;
        expect(transformIndex(index, delta, assoc)).toBe(expected);
      }),
    );
  });
});

describe('transformSelection', () => {
  it('does not let a range swallow text inserted at its edges', () => {
    const { delta, after } = remoteDelta('one two three', (t) => {
      t.insert(8, '!');
      t.insert(4, '>');
    });
    const moved = transformSelection({ start: 4, end: 7 }, delta);
    expect(after.slice(moved.start, moved.end)).toBe('two');
  });

  it('collapses a range whose text was deleted', () => {
    const { delta } = remoteDelta('one two three', (t) => t.delete(3, 5));
    expect(transformSelection({ start: 4, end: 7 }, delta)).toEqual({ start: 3, end: 3 });
  });
});

describe('diffText', () => {
  it('returns null for equal texts', () => {
    expect(diffText('same', 'same')).toBeNull();
  });

  it('uses the caret to place an ambiguous insert or delete', () => {
    expect(diffText('aa', 'aaa', 2)).toEqual({ index: 1, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa')).toEqual({ index: 2, remove: 0, insert: 'a' });
    expect(diffText('abb', 'ab', 1)).toEqual({ index: 1, remove: 1, insert: '' });
  });

  it('describes a replaced selection', () => {
    expect(diffText('hello world', 'hello there', 11)).toEqual({ index: 6, remove: 5, insert: 'there' });
  });

  it('always produces an edit that turns before into after', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), fc.option(fc.nat({ max: 12 })), (before, after, caret) => {
        const edit = diffText(before, after, caret ?? undefined);
        expect(edit ? applyEdit(before, edit) : before).toBe(after);
      }),
    );
  });
});

describe('rebaseEdit', () => {
  it('replays text composed with an IME after someone else typed before it', () => {
    // The field showed "Quote" when composition began; meanwhile "beta " arrived at the start.
    const local = diffText('Quote', 'Quote 東京', 8)!;
    const { delta, after } = remoteDelta('Quote', (t) => t.insert(0, 'beta '));
    expect(applyEdit(after, rebaseEdit(local, [delta]))).toBe('beta Quote 東京');
  });

  it('does not delete again what someone else already deleted', () => {
    const local = diffText('one two three', 'one three', 4)!;
    const { delta, after } = remoteDelta('one two three', (t) => t.delete(4, 4));
    expect(applyEdit(after, rebaseEdit(local, [delta]))).toBe('one three');
  });

  it('moves through several changes in order', () => {
    const local = diffText('abc', 'abXc', 3)!;
    const first = remoteDelta('abc', (t) => t.insert(0, '12'));
    const second = remoteDelta(first.after, (t) => t.delete(0, 1));
    expect(applyEdit(second.after, rebaseEdit(local, [first.delta, second.delta]))).toBe('2abXc');
  });
});
