import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText.ts';

/** One unit per character, two for a wide one: easy widths to reason about. */
const measure = (s: string) => [...s].reduce((sum, ch) => sum + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);

describe('wrapText', () => {
  it('wraps whole words and lets spaces hang at the end of a line', () => {
    expect(wrapText('the quick brown fox', 10, 5, measure)).toEqual(['the quick', 'brown fox']);
  });

  it('keeps the lines someone typed, empty ones too', () => {
    expect(wrapText('one\n\ntwo', 10, 5, measure)).toEqual(['one', '', 'two']);
  });

  it('breaks a word longer than the line anywhere', () => {
    expect(wrapText('abcdefghijkl', 5, 5, measure)).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('breaks Chinese text between any two characters', () => {
    expect(wrapText('收集客户使用反馈', 6, 5, measure)).toEqual(['收集客', '户使用', '反馈']);
  });

  it('clamps to the line limit and ends the last line with an ellipsis that fits', () => {
    const lines = wrapText('aaaa bbbb cccc dddd eeee', 9, 2, measure);
    expect(lines).toEqual(['aaaa bbbb', 'cccc ddd…']);
    expect(lines.every((line) => measure(line) <= 9)).toBe(true);
  });

  it('marks a cut when the text goes on in a later paragraph', () => {
    expect(wrapText('first\nsecond', 20, 1, measure)).toEqual(['first…']);
  });

  it('gives nothing for no room, and one empty line for empty text', () => {
    expect(wrapText('anything', 10, 0, measure)).toEqual([]);
    expect(wrapText('', 10, 3, measure)).toEqual(['']);
  });
});
