import { describe, expect, it, vi } from 'vitest';
import { versionFile } from './versionFiles.ts';

describe('a version’s file', () => {
  it('is made once however often it is asked for, and a missing version is asked again', async () => {
    const make = vi.fn(async () => '{"type":"journeyboard"}');
    for (let i = 0; i < 3; i++) expect(await versionFile('boardF01', 'v1', make)).toBe('{"type":"journeyboard"}');
    expect(make).toHaveBeenCalledTimes(1);
    const missing = vi.fn(async () => undefined);
    expect(await versionFile('boardF01', 'gone', missing)).toBeUndefined();
    expect(await versionFile('boardF01', 'gone', missing)).toBeUndefined();
    expect(missing).toHaveBeenCalledTimes(2);
  });
});
