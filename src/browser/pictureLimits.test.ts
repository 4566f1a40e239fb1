import { describe, expect, it } from 'vitest';
import { MAX_AREA, MAX_SIDE, fittingPixelRatio } from './pictureLimits.ts';

describe('fittingPixelRatio', () => {
  it('draws at twice the size when the canvas limits allow it', () => {
    expect(fittingPixelRatio(1920, 1080, 2)).toBe(2);
  });
  it('scales a map too wide or too large down to stay inside the limits, never blank', () => {
    const wide = fittingPixelRatio(30_000, 2_000, 2);
    expect(30_000 * wide).toBeLessThanOrEqual(MAX_SIDE);
    const large = fittingPixelRatio(9_600, 8_000, 2);
    expect(9_600 * large * 8_000 * large).toBeLessThanOrEqual(MAX_AREA * 1.0001);
    expect(large).toBeGreaterThan(0.5);
  });
});
