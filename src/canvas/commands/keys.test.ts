import { describe, expect, it } from 'vitest';
import { commandForKey, displayShortcut, matchesShortcut } from './keys.ts';
import { CANVAS_COMMANDS } from './registry.ts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;

describe('shortcuts', () => {
  it('matches modifiers exactly, with Ctrl or Cmd as Mod', () => {
    expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key('z', { metaKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z')).toBe(true);
    expect(matchesShortcut(key('?', { shiftKey: true }), '?')).toBe(true);
    expect(matchesShortcut(key('ArrowUp', { altKey: true }), 'Alt+ArrowUp')).toBe(true);
    expect(matchesShortcut(key('ArrowUp'), 'Alt+ArrowUp')).toBe(false);
  });

  it('finds one command per key, and none for clipboard keys (the browser’s events carry those)', () => {
    expect(commandForKey(CANVAS_COMMANDS, key('z', { ctrlKey: true }))?.id).toBe('undo');
    expect(commandForKey(CANVAS_COMMANDS, key('y', { ctrlKey: true }))?.id).toBe('redo');
    expect(commandForKey(CANVAS_COMMANDS, key('Delete'))?.id).toBe('delete');
    expect(commandForKey(CANVAS_COMMANDS, key('ArrowLeft', { altKey: true }))?.id).toBe('move-left');
    expect(commandForKey(CANVAS_COMMANDS, key('c', { ctrlKey: true }))).toBeUndefined();
    const all = CANVAS_COMMANDS.flatMap((c) => c.keys);
    expect(new Set(all).size).toBe(all.length);
  });

  it('shows shortcuts in the platform’s words', () => {
    expect(displayShortcut('Mod+Shift+Z', true)).toBe('⌘+Shift+Z');
    expect(displayShortcut('Alt+ArrowUp', false)).toBe('Alt+↑');
  });
});
