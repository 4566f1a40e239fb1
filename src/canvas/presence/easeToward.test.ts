import { describe, expect, it } from 'vitest';
import { CURSOR_EASE_MS, easeToward } from './easeToward.ts';

const from = { x: 0, y: 0 };
const to = { x: 100, y: -50 };

describe('easeToward', () => {
  it('moves part of the way each frame, monotonically, without overshooting', () => {
    let at = from;
    let lastX = 0;
    for (let frame = 0; frame < 3; frame++) {
      at = easeToward(at, to, 16);
      expect(at.x).toBeGreaterThan(lastX);
      expect(at.x).toBeLessThan(100);
      expect(at.y).toBeLessThan(0);
      expect(at.y).toBeGreaterThan(-50);
      expect(at.y / at.x).toBeCloseTo(-0.5); // along the straight line
      lastX = at.x;
    }
  });

  it('is about 95% of the way after the ease time, whatever the frame rate', () => {
    const after = (frameMs: number) => {
      let at = from;
      for (let t = 0; t < CURSOR_EASE_MS; t += frameMs) at = easeToward(at, to, frameMs);
      return at.x;
    };
    expect(after(CURSOR_EASE_MS)).toBeCloseTo(95, 0);
    expect(after(4)).toBeCloseTo(after(20), 5);
  });

  it('lands exactly on the target (the same object) once close, so the animation can stop', () => {
    let at = from;
    let frames = 0;
    while (at !== to && frames < 100) {
      at = easeToward(at, to, 16);
      frames++;
    }
    expect(at).toBe(to);
    expect(frames).toBeLessThan(30);
    expect(easeToward(to, to, 16)).toBe(to);
  });

  it('lands at once after a long frame (a tab in the background)', () => {
    expect(easeToward(from, to, 5_000)).toBe(to);
  });

  it('stays put for a zero, negative or NaN frame', () => {
    expect(easeToward(from, to, 0)).toBe(from);
    expect(easeToward(from, to, -16)).toBe(from);
    expect(easeToward(from, to, NaN)).toBe(from);
  });

  it('bends toward a new target from where it is, without jumping', () => {
    const midway = easeToward(from, to, 30);
    const turned = easeToward(midway, { x: 0, y: 200 }, 16);
    expect(Math.hypot(turned.x - midway.x, turned.y - midway.y)).toBeLessThan(Math.hypot(0 - midway.x, 200 - midway.y));
    expect(turned.x).toBeLessThan(midway.x);
    expect(turned.y).toBeGreaterThan(midway.y);
  });
});
