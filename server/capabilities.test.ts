import { describe, expect, it } from 'vitest';
import { accessOf, allows, newBoardTokens, openLinks } from './capabilities.ts';

describe('board links', () => {
  it('ranks the roles: each may do what the ones below it may', () => {
    expect(allows('owner', 'view')).toBe(true);
    expect(allows('edit', 'comment')).toBe(true);
    expect(allows('comment', 'comment')).toBe(true);
    expect(allows('comment', 'edit')).toBe(false);
    expect(allows('view', 'comment')).toBe(false);
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
});
