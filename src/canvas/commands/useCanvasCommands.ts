import { useEffect, useRef } from 'react';
import { may } from '../../doc/index.ts';
import { commandForKey } from './keys.ts';
import { CANVAS_COMMANDS, type CommandScope } from './registry.ts';

/** A text field keeps its own keys (and its own undo); an open dialog keeps all of them. */
export function keysBelongElsewhere(target: EventTarget | null): boolean {
  const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  return typing || document.querySelector('[role="dialog"]') !== null;
}

/**
 * Runs the command whose shortcut was pressed. Text fields keep their own keys (including
 * their own undo); an open dialog keeps its keys too.
 */
export function useCanvasCommands(scope: CommandScope, enabled: boolean): void {
  const latest = useRef(scope);
  useEffect(() => {
    latest.current = scope;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (keysBelongElsewhere(e.target)) return;
      const command = commandForKey(CANVAS_COMMANDS, e);
      if (!command || !may(latest.current.ctx, command.needs ?? 'edit') || (command.when && !command.when(latest.current))) return;
      e.preventDefault();
      command.run(latest.current);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
