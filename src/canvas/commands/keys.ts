import type { CanvasCommand } from './registry.ts';

/** Whether a key event matches a shortcut such as `Mod+Shift+Z`, `Alt+ArrowUp` or `?`. */
export function matchesShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const mod = parts.includes('Mod');
  const shift = parts.includes('Shift');
  const alt = parts.includes('Alt');
  if ((event.ctrlKey || event.metaKey) !== mod || event.altKey !== alt) return false;
  // A printed character (such as "?") already says whether Shift was held.
  if (key.length === 1 && !/[a-z0-9]/i.test(key)) return event.key === key;
  if (event.shiftKey !== shift) return false;
  return event.key.toLowerCase() === key.toLowerCase() || (key === '1' && event.key === '!');
}

export function commandForKey(commands: readonly CanvasCommand[], event: KeyboardEvent): CanvasCommand | undefined {
  return commands.find((c) => !c.viaClipboardEvent && c.keys.some((k) => matchesShortcut(event, k)));
}

/** How a shortcut is shown to a person on this platform. */
export function displayShortcut(shortcut: string, mac: boolean): string {
  return shortcut
    .replace('Mod', mac ? '⌘' : 'Ctrl')
    .replace('Alt', mac ? '⌥' : 'Alt')
    .replace('ArrowUp', '↑').replace('ArrowDown', '↓').replace('ArrowLeft', '←').replace('ArrowRight', '→');
}
