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

  it('reads the public address links are built on, without its trailing slash', () => {
    expect(readConfig({}).publicUrl).toBeNull();
    expect(readConfig({ PUBLIC_URL: ' https://journeys.example.com/ ' }).publicUrl).toBe('https://journeys.example.com');
    expect(readConfig({ PUBLIC_URL: 'https://example.com/boards/' }).publicUrl).toBe('https://example.com/boards');
  });

  it('refuses a public address a link could not be built on', () => {
    for (const bad of ['journeys.example.com', 'ftp://example.com', 'https://example.com/?a=1', 'https://user:pw@example.com', 'javascript:alert(1)']) {
      expect(() => readConfig({ PUBLIC_URL: bad }), bad).toThrow(`PUBLIC_URL must be an http or https address with no query, fragment or user name, got "${bad}"`);
    }
  });
});
