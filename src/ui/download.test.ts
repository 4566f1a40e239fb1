import { describe, expect, it } from 'vitest';
import { exportFileName } from './download.ts';

describe('exportFileName', () => {
  const day = new Date('2026-11-22T10:00:00Z');
  it('names the file after the board and the day, keeping any script', () => {
    expect(exportFileName('Lighting project', 'csv', day)).toBe('Lighting project 2026-11-22.csv');
    expect(exportFileName('优化建材卫浴业务流程:客户生命周期', 'json', day)).toBe('优化建材卫浴业务流程 客户生命周期 2026-11-22.json');
  });
  it('drops what a file system would refuse, and never leaves the name empty', () => {
    expect(exportFileName('../a/b\\c<img src=x>', 'pdf', day)).toBe('.. a b c img src=x 2026-11-22.pdf');
    expect(exportFileName('///', 'pdf', day)).toBe('Journeyboard 2026-11-22.pdf');
  });
});
