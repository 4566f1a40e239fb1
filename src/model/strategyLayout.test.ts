import { describe, expect, it } from 'vitest';
import { STRATEGY_SECTIONS } from './index.ts';
import { translatorFor } from '../i18n/index.ts';
import { CANVAS_LAYOUT, bandLabel, sectionById, sectionLabel } from './strategyLayout.ts';

const t = translatorFor('en');

describe('the canvas layout', () => {
  const placed = CANVAS_LAYOUT.flatMap((band) => band.sections);

  it('places every section exactly once', () => {
    expect([...placed].sort()).toEqual(STRATEGY_SECTIONS.map((s) => s.id).sort());
  });

  it('puts each section in its own band, Pre-Sales left of the middle and Post-Sales right of it', () => {
    for (const band of CANVAS_LAYOUT) {
      const middle = band.sections.length / 2;
      band.sections.forEach((id, column) => {
        const section = sectionById(id);
        expect(section.band).toBe(band.band);
        if (section.phase === 'pre') expect(column).toBeLessThan(middle);
        if (section.phase === 'post') expect(column).toBeGreaterThanOrEqual(middle);
      });
    }
  });

  it('mirrors each Pre-Sales section with its Post-Sales twin', () => {
    for (const band of CANVAS_LAYOUT) {
      const last = band.sections.length - 1;
      band.sections.forEach((id, column) => {
        const section = sectionById(id);
        const mirror = sectionById(band.sections[last - column]!);
        if (section.phase === 'pre' && section.step !== null && mirror.step === section.step) expect(mirror.phase).toBe('post');
      });
    }
    expect(CANVAS_LAYOUT[0]!.sections.at(0)).toBe('goalsPre');
    expect(CANVAS_LAYOUT[0]!.sections.at(-1)).toBe('goalsPost');
  });

  it('names twins with their phase and others alone', () => {
    expect(sectionLabel(sectionById('goalsPre'), t)).toBe('Goals · Pre-Sales');
    expect(sectionLabel(sectionById('customerActivitiesPost'), t)).toBe('Customer key activities · Post-Sales');
    expect(sectionLabel(sectionById('channels'), t)).toBe('Channels');
    expect(sectionLabel(sectionById('salesModel'), t)).toBe('Sales model');
    expect(bandLabel('plans', t)).toBe('Plans and measures');
    expect(sectionLabel(sectionById('goalsPre'), translatorFor('zh'))).toBe('目标 · 售前');
  });
});
