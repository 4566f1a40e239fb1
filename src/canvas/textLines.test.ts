import { describe, expect, it } from 'vitest';
import { estimateLines } from './textLines.ts';

describe('estimateLines by the width of each letter', () => {
  it('counts capitals and wide letters for more than an average letter', () => {
    // Ten units a line: ten lowercase letters fit, ten capitals or w's do not.
    expect(estimateLines('aaaaaaaaaa', 100, 10, 4)).toBe(1);
    expect(estimateLines('AAAAAAAAAA', 100, 10, 4)).toBe(2);
    expect(estimateLines('wwwwwwwwww', 100, 10, 4)).toBe(2);
    expect(estimateLines('WWWWWWWWWW', 100, 10, 4)).toBe(2);
    expect(estimateLines('WWWWWWWWWWWW', 100, 10, 4)).toBe(3);
  });

  it('gives a CJK character the width it is told, or two letters and a little', () => {
    // Twelve characters of one em (16 units) on a line 207 wide: one line, as the browser draws it.
    expect(estimateLines('提供详细且准确的产品规格', 207, 8.5, 4, 16.3)).toBe(1);
    expect(estimateLines('提供详细且准确的产品规格', 207, 8.5, 4)).toBe(2);
    expect(estimateLines('提供详细且准确的产品规格提', 207, 8.5, 4, 16.3)).toBe(2);
  });
});
