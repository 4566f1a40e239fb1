import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/index.ts';
import { formatMeasure, measureGap, measureReading, parseMeasureNumber } from './measure.ts';

describe('measureGap', () => {
  it('says how far a measure is from its target, the way it gets better', () => {
    expect(measureGap({ value: 32, target: 40, better: 'higher' })).toEqual({ standing: 'short', distance: 8 });
    expect(measureGap({ value: 45, target: 40, better: 'higher' })).toEqual({ standing: 'met', distance: 5 });
    expect(measureGap({ value: 3.5, target: 2, better: 'lower' })).toEqual({ standing: 'short', distance: 1.5 });
    expect(measureGap({ value: 2, target: 2, better: 'lower' })).toEqual({ standing: 'met', distance: 0 });
    expect(measureGap({ value: 0.3, target: 0.1 + 0.2, better: 'higher' })).toEqual({ standing: 'met', distance: 0 });
  });

  it('knows nothing without both a value and a target', () => {
    expect(measureGap({ value: null, target: 40, better: 'higher' })).toEqual({ standing: 'unknown', distance: null });
    expect(measureGap({ value: 12, target: null, better: 'higher' })).toEqual({ standing: 'unknown', distance: null });
  });
});

describe('reading a measure', () => {
  it('formats numbers in the board’s language with their unit', () => {
    expect(formatMeasure(1234.5, '%', 'en')).toBe('1,234.5%');
    expect(formatMeasure(32, 'pts', 'en')).toBe('32 pts');
    expect(formatMeasure(-2, '', 'zh')).toBe('-2');
    expect(formatMeasure(1 / 3, 'days', 'en')).toBe('0.3333 days');
  });

  it('reads a value, target and gap in words', () => {
    const en = translatorFor('en');
    expect(measureReading({ value: 32, target: 40, unit: 'pts', better: 'higher' }, 'en', en)).toEqual({ standing: 'short', value: '32 pts', target: 'target 40 pts', gap: '8 pts short' });
    expect(measureReading({ value: null, target: null, unit: '', better: 'higher' }, 'en', en)).toEqual({ standing: 'unknown', value: 'No value yet', target: null, gap: null });
    expect(measureReading({ value: 95, target: 90, unit: '%', better: 'higher' }, 'zh', translatorFor('zh')).gap).toBe('已达目标');
  });
});

describe('parseMeasureNumber', () => {
  it('reads numbers as people type and paste them', () => {
    expect(parseMeasureNumber('32')).toBe(32);
    expect(parseMeasureNumber(' -1.5 ')).toBe(-1.5);
    expect(parseMeasureNumber('1,234.5')).toBe(1234.5);
    expect(parseMeasureNumber('1,234')).toBe(1234);
    expect(parseMeasureNumber('87%')).toBe(87);
    expect(parseMeasureNumber('4,5')).toBe(4.5);
    expect(parseMeasureNumber('1 234')).toBe(1234);
    expect(parseMeasureNumber('.5')).toBe(0.5);
  });

  it('gives null for an empty cell and undefined for what is no number', () => {
    expect(parseMeasureNumber('   ')).toBeNull();
    for (const bad of ['abc', '12abc', '1.2.3', '--1', 'Infinity', 'NaN', '1e999', '=1+1']) expect(parseMeasureNumber(bad), bad).toBeUndefined();
  });
});
