import { describe, expect, it } from 'vitest';
import { accessOf, allows, hashToken, newBoardTokens, openLinks, withNewToken } from './capabilities.ts';
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
      storage.createBoard({ id: 'board0001', title: 'A', createdAt: 1 }, new Uint8Array([0, 0]), accessOf('board0001', first));
      storage.createBoard({ id: 'board0002', title: 'B', createdAt: 1 }, new Uint8Array([0, 0]), accessOf('board0002', second));
      expect(storage.roleOf('board0001', hashToken(first.comment))).toBe('comment');
      expect(storage.roleOf('board0001', hashToken(first.owner))).toBe('owner');
      // Another board's token, a token itself instead of its hash, and nothing at all give nothing.
      expect(storage.roleOf('board0001', hashToken(second.owner))).toBeUndefined();
      expect(storage.roleOf('board0001', first.owner)).toBeUndefined();
      expect(storage.roleOf('board0001', hashToken(''))).toBeUndefined();

      const rotated = withNewToken(first, 'view');
      storage.setAccess('board0001', accessOf('board0001', rotated));
      expect(storage.roleOf('board0001', hashToken(first.view))).toBeUndefined();
      expect(storage.roleOf('board0001', hashToken(rotated.view))).toBe('view');
      expect(storage.roleOf('board0001', hashToken(first.edit))).toBe('edit');
    } finally {
      storage.close();
    }
  });

  it('opens the links below a role with that role’s token of that board only', () => {
    const tokens = newBoardTokens();
    const { seals } = accessOf('board0001', tokens);
    expect(openLinks('board0001', 'owner', tokens.owner, seals.owner)).toEqual(tokens);
    expect(openLinks('board0001', 'edit', tokens.edit, seals.edit)).toEqual({ edit: tokens.edit, comment: tokens.comment, view: tokens.view });
    expect(openLinks('board0001', 'comment', tokens.comment, seals.comment)).toEqual({ comment: tokens.comment, view: tokens.view });
    expect(openLinks('board0001', 'view', tokens.view, undefined)).toEqual({ view: tokens.view });
    expect(seals.view).toBeUndefined();
    // Another board, another role's token, or a seal changed by one bit open nothing.
    expect(openLinks('board0002', 'owner', tokens.owner, seals.owner)).toBeNull();
    expect(openLinks('board0001', 'owner', tokens.edit, seals.owner)).toBeNull();
    expect(openLinks('board0001', 'edit', tokens.edit, seals.owner)).toBeNull();
    const tampered = seals.owner!.slice();
    tampered[tampered.length - 1]! ^= 1;
    expect(openLinks('board0001', 'owner', tokens.owner, tampered)).toBeNull();
    // No seal holds a token in the clear.
    const text = Object.values(seals).map((seal) => Buffer.from(seal).toString('latin1')).join('');
    for (const token of Object.values(tokens)) expect(text).not.toContain(token);
  });

  it('lists boards without links and deletes a board with everything kept of it', () => {
    const storage = openSqliteStorage(mkdtempSync(path.join(os.tmpdir(), 'capabilities-')));
    try {
      storage.createBoard({ id: 'board0001', title: 'A', createdAt: 1 }, new Uint8Array([0, 0]));
      storage.createBoard({ id: 'board0002', title: 'B', createdAt: 1 }, new Uint8Array([0, 0]), accessOf('board0002', newBoardTokens()));
      expect(storage.boardsWithoutAccess()).toEqual(['board0001']);
      expect(storage.deleteBoard('board0002')).toBe(true);
      expect(storage.getBoard('board0002')).toBeUndefined();
      expect(storage.sealedLinks('board0002', 'owner')).toBeUndefined();
      expect(storage.load('board0002').updates).toEqual([]);
      expect(storage.deleteBoard('board0002')).toBe(false);
    } finally {
      storage.close();
    }
  });
});
