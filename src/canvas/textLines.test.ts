import { describe, expect, it } from 'vitest';
import { INTER_ADVANCES } from './faceAdvances.ts';
import { estimateTextLines } from './textLines.ts';

const em = (ch: string) => INTER_ADVANCES.ascii[ch.charCodeAt(0) - 32]!;

describe('estimateTextLines, by the width of each character in the cards’ face', () => {
  it('takes each letter at its own width: a line holds many i’s, fewer o’s and fewer W’s still', () => {
    // A line 10 ems wide.
    const fit = (ch: string) => Math.floor(10 / em(ch));
    for (const ch of ['i', 'o', 'W']) {
      expect(estimateTextLines(ch.repeat(fit(ch)), 160, 16, 4)).toBe(1);
      expect(estimateTextLines(ch.repeat(fit(ch) + 1), 160, 16, 4)).toBe(2);
    }
    expect(fit('i')).toBeGreaterThan(fit('o'));
    expect(fit('o')).toBeGreaterThan(fit('W'));
  });

  it('gives a Chinese character an em, and a little', () => {
    // Twelve characters on a line 207 wide at 16: one line, as the browser draws it; thirteen do not fit.
    expect(estimateTextLines('提供详细且准确的产品规格', 207, 16, 4)).toBe(1);
    expect(estimateTextLines('提供详细且准确的产品规格提', 207, 16, 4)).toBe(2);
  });

  it('moves a word that does not fit to the next line, keeps typed lines, and clamps', () => {
    expect(estimateTextLines('Sales visit', 60, 16, 4)).toBe(2);
    expect(estimateTextLines('one\ntwo\nthree', 200, 16, 4)).toBe(3);
    expect(estimateTextLines('x'.repeat(10_000), 200, 16, 4)).toBe(4);
    expect(estimateTextLines('', 200, 16, 4)).toBe(1);
  });
});
