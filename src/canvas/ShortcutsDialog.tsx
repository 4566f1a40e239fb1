import * as Dialog from '@radix-ui/react-dialog';
import { useT } from '../browser/i18n.tsx';
import type { MessageId } from '../i18n/index.ts';
import { displayShortcut } from './commands/keys.ts';
import { CANVAS_COMMANDS, type CanvasCommand, type CommandGroup } from './commands/registry.ts';
import '../styles/dialog.css';

const GROUPS: Record<CommandGroup, MessageId> = {
  Edit: 'board.shortcuts.group.edit',
  'Select and move': 'board.shortcuts.group.select',
  View: 'board.shortcuts.group.view',
  Help: 'board.shortcuts.group.help',
};
const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Each command's name as this list shows it, by the command's id. */
const COMMAND_NAMES: Record<string, MessageId> = {
  undo: 'board.shortcuts.undo',
  redo: 'board.shortcuts.redo',
  edit: 'board.shortcuts.edit',
  details: 'board.shortcuts.details',
  duplicate: 'board.shortcuts.duplicate',
  delete: 'board.shortcuts.delete',
  copy: 'board.shortcuts.copy',
  cut: 'board.shortcuts.cut',
  paste: 'board.shortcuts.paste',
  selectAll: 'board.shortcuts.selectAll',
  deselect: 'board.shortcuts.deselect',
  'walk-up': 'board.shortcuts.walkUp',
  'walk-down': 'board.shortcuts.walkDown',
  'walk-left': 'board.shortcuts.walkLeft',
  'walk-right': 'board.shortcuts.walkRight',
  'move-up': 'board.shortcuts.moveUp',
  'move-down': 'board.shortcuts.moveDown',
  'move-left': 'board.shortcuts.moveLeft',
  'move-right': 'board.shortcuts.moveRight',
  fit: 'board.shortcuts.fit',
  zoomIn: 'board.shortcuts.zoomIn',
  zoomOut: 'board.shortcuts.zoomOut',
  shortcuts: 'board.shortcuts.shortcuts',
};

/** A command this list does not name yet still shows, by the name its registry gives it. */
const nameOf = (command: CanvasCommand, t: ReturnType<typeof useT>) => {
  const id = COMMAND_NAMES[command.id];
  return id ? t(id) : command.label;
};

/** Every keyboard shortcut, read from the same command list the keyboard runs. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog dialog--wide">
          <Dialog.Title className="dialog__title">{t('board.shortcuts.title')}</Dialog.Title>
          <Dialog.Description className="dialog__text">{t('board.shortcuts.text')}</Dialog.Description>
          <div className="shortcuts">
            {(Object.keys(GROUPS) as CommandGroup[]).map((group) => (
              <section key={group} className="shortcuts__group">
                <h3>{t(GROUPS[group])}</h3>
                <dl>
                  {CANVAS_COMMANDS.filter((c) => c.group === group).map((command) => (
                    <div key={command.id} className="shortcuts__row">
                      <dt>{nameOf(command, t)}</dt>
                      <dd>
                        {command.keys.map((k) => (
                          <kbd key={k}>{displayShortcut(k, MAC)}</kbd>
                        ))}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <div className="dialog__actions">
            <Dialog.Close className="button">{t('common.close')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
