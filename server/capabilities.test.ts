import { describe, expect, it } from 'vitest';
import { allows, hashToken, newBoardTokens } from './capabilities.ts';
import { openSqliteStorage } from './storage.ts';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('board links', () => {
  it('ranks the roles: each may do what the ones below it may', () => {
    expect(allows('owner', 'view')).toBe(true);
    expect(allows('edit', 'comment')).toBe(true);
    expect(allows('comment', 'comment')).toBe(true);
    expect(allows('comment', 'edit')).toBe(false);
    expect(allows('view', 'comment')).toBe(false);
  });

  it('finds the role a token gives on its board only, and forgets a replaced token', () => {
    const storage = openSqliteStorage(mkdtempSync(path.join(os.tmpdir(), 'capabilities-')));
    try {
      const first = newBoardTokens();
      const second = newBoardTokens();
      storage.createBoard({ id: 'board0001', title: 'A', createdAt: 1 }, new Uint8Array([0, 0]), first.hashes);
      storage.createBoard({ id: 'board0002', title: 'B', createdAt: 1 }, new Uint8Array([0, 0]), second.hashes);
      expect(storage.roleOf('board0001', hashToken(first.tokens.comment))).toBe('comment');
      expect(storage.roleOf('board0001', hashToken(first.tokens.owner))).toBe('owner');
      // Another board's token, a token itself instead of its hash, and nothing at all give nothing.
      expect(storage.roleOf('board0001', hashToken(second.tokens.owner))).toBeUndefined();
      expect(storage.roleOf('board0001', first.tokens.owner)).toBeUndefined();
      expect(storage.roleOf('board0001', hashToken(''))).toBeUndefined();

      const rotated = newBoardTokens().tokens.view;
      storage.replaceToken('board0001', 'view', hashToken(rotated));
      expect(storage.roleOf('board0001', hashToken(first.tokens.view))).toBeUndefined();
      expect(storage.roleOf('board0001', hashToken(rotated))).toBe('view');
    } finally {
      storage.close();
    }
  });
});
