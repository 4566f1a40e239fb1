import { describe, expect, it } from 'vitest';
import { scoreY, smoothPath } from './emotionCurve.ts';

describe('emotion curve', () => {
  it('maps +2 to the top and -2 to the bottom of the band', () => {
    expect(scoreY(2, 180, 20)).toBe(20);
    expect(scoreY(-2, 180, 20)).toBe(160);
    expect(scoreY(0, 180, 20)).toBe(90);
  });

  it('passes through every point, starting at the first', () => {
    const d = smoothPath([{ x: 0, y: 10 }, { x: 100, y: 50 }, { x: 200, y: 20 }]);
    expect(d.startsWith('M 0 10')).toBe(true);
    expect(d).toContain(', 100 50 C');
    expect(d.endsWith(', 200 20')).toBe(true);
    expect(d.match(/C/g)).toHaveLength(2);
  });

  it('draws nothing for fewer than two points', () => {
    expect(smoothPath([])).toBe('');
    expect(smoothPath([{ x: 1, y: 1 }])).toBe('');
  });
});
