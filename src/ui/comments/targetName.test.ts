import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/index.ts';
import type { Board } from '../../model/index.ts';
import { targetName } from './targetName.ts';

const board = {
  stages: [
    { id: 's1', title: 'Research' },
    { id: 's2', title: '' },
  ],
  lanes: [{ id: 'l1', kind: 'painPoints', title: '' }],
  cards: [{ id: 'c1', title: '' }],
  notes: [{ id: 'n1', text: `Call the installer\nabout ${'the date '.repeat(20)}` }],
  strategy: [{ id: 'i1', sectionId: 'needsPre', text: 'Fast quotes' }],
} as unknown as Board;

describe('what a comment is on, in words', () => {
  it('numbers stages, names lanes by kind when untitled, and says when a card has no title', () => {
    const t = translatorFor('en');
    expect(targetName(board, 'stage', 's1', t)).toBe('1. Research');
    expect(targetName(board, 'stage', 's2', t)).toBe('2. Untitled stage');
    expect(targetName(board, 'lane', 'l1', t)).toBe('Pain points');
    expect(targetName(board, 'card', 'c1', t)).toBe('Untitled card');
  });

  it('gives a note\u2019s first words on one line, and a strategy item with its section', () => {
    const t = translatorFor('en');
    const note = targetName(board, 'note', 'n1', t);
    expect(note).toMatch(/^Call the installer about the date/);
    expect(note.length).toBeLessThanOrEqual(60);
    expect(note.endsWith('…')).toBe(true);
    expect(targetName(board, 'strategy', 'i1', t)).toBe('Needs · Pre-Sales · Fast quotes');
  });

  it('speaks the reader\u2019s language', () => {
    const t = translatorFor('zh');
    expect(targetName(board, 'stage', 's2', t)).toBe('2. 未命名阶段');
    expect(targetName(board, 'card', 'c1', t)).toBe('未命名卡片');
  });
});
