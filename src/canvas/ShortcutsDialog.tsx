import * as Dialog from '@radix-ui/react-dialog';
import { useT } from '../browser/i18n.tsx';
import { displayShortcut } from './commands/keys.ts';
import { CANVAS_COMMANDS, COMMAND_GROUPS, groupLabel } from './commands/registry.ts';
import '../styles/dialog.css';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Every keyboard shortcut, read from the same command list the keyboard runs. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog dialog--wide">
          <Dialog.Title className="dialog__title">{t('canvas.shortcuts.title')}</Dialog.Title>
          <Dialog.Description className="dialog__text">{t('canvas.shortcuts.intro')}</Dialog.Description>
          <div className="shortcuts">
            {COMMAND_GROUPS.map((group) => (
              <section key={group} className="shortcuts__group">
                <h3>{t(groupLabel(group))}</h3>
                <dl>
                  {CANVAS_COMMANDS.filter((c) => c.group === group).map((command) => (
                    <div key={command.id} className="shortcuts__row">
                      <dt>{t(command.label)}</dt>
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
