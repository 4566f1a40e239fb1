import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('reads the big-board threshold, 256 KB unless set', () => {
    expect(readConfig({}).bigBoardBytes).toBe(256 * 1024);
    expect(readConfig({ BIG_BOARD_BYTES: '0' }).bigBoardBytes).toBe(0);
  });

  it('says so when a setting has its old name, rather than ignore it', () => {
    expect(() => readConfig({ PREVIEW_MIN_BYTES: '1024' })).toThrow('PREVIEW_MIN_BYTES is now called BIG_BOARD_BYTES');
  });

  it('refuses a value that is not a whole number', () => {
    expect(() => readConfig({ BIG_BOARD_BYTES: 'lots' })).toThrow('BIG_BOARD_BYTES must be an integer of at least 0, got "lots"');
  });
});
