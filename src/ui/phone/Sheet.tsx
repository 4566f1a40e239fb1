import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useT } from '../../browser/i18n.tsx';

interface Props {
  open: boolean;
  onClose(): void;
  title: string;
  /** A line under the title: where a card goes, what a comment is on. */
  subtitle?: string;
  children: ReactNode;
  testId?: string;
}

/**
 * A panel that rises from the bottom of the phone's screen, within reach of a thumb; a dialog
 * underneath (Radix), so focus stays in it and the screen behind reads as out of the way.
 */
export function Sheet({ open, onClose, title, subtitle, children, testId }: Props) {
  const t = useT();
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay phone-sheet__overlay" />
        <Dialog.Content className="phone-sheet" data-testid={testId} aria-describedby={undefined}>
          <header className="phone-sheet__head">
            <div className="phone-sheet__titles">
              <Dialog.Title className="phone-sheet__title">{title}</Dialog.Title>
              {subtitle && <p className="phone-sheet__subtitle">{subtitle}</p>}
            </div>
            <Dialog.Close className="phone-sheet__close" aria-label={t('common.close')}>
              <svg viewBox="0 0 24 24" aria-hidden="true">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </Dialog.Close>
          </header>
          <div className="phone-sheet__body">{children}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
