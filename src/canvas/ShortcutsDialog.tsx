import * as Dialog from '@radix-ui/react-dialog';
import { displayShortcut } from './commands/keys.ts';
import { CANVAS_COMMANDS, type CommandGroup } from './commands/registry.ts';
import '../styles/dialog.css';

const GROUPS: CommandGroup[] = ['Edit', 'Select and move', 'View', 'Help'];
const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Every keyboard shortcut, read from the same command list the keyboard runs. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog dialog--wide">
          <Dialog.Title className="dialog__title">Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="dialog__text">
            Double-click a card to edit it; drag the background to pan; Shift+drag to select several.
          </Dialog.Description>
          <div className="shortcuts">
            {GROUPS.map((group) => (
              <section key={group} className="shortcuts__group">
                <h3>{group}</h3>
                <dl>
                  {CANVAS_COMMANDS.filter((c) => c.group === group).map((command) => (
                    <div key={command.id} className="shortcuts__row">
                      <dt>{command.label}</dt>
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
            <Dialog.Close className="button">Close</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
