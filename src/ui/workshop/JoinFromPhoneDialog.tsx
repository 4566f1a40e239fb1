import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { errorText } from '../../collab/api.ts';
import { linkAddress, type BoardLink } from '../../collab/links.ts';
import { QrCode } from '../share/QrCode.tsx';
import { useBoardLinks } from '../share/useBoardLinks.ts';
import '../../styles/dialog.css';
import '../share/share.css';
import './joinFromPhone.css';

type JoinRole = 'comment' | 'edit';

interface Props {
  boardId: string;
  /** The page's own link: it hands out itself and the links below it, as in the share dialog. */
  link: BoardLink;
  open: boolean;
  onClose(): void;
}

/**
 * The board's comment link (or its edit link) as a QR code large enough to scan from the back of
 * a room, for the shared screen: phones that open it get the phone's screen (src/ui/phone). The
 * link is written beneath it for anyone whose camera will not read it. Only links this page's
 * own link can hand out are shown: a view link has neither, and the dialog says so.
 */
export function JoinFromPhoneDialog({ boardId, link, open, onClose }: Props) {
  const t = useT();
  const [links] = useBoardLinks(boardId, link, open);
  const [wanted, setWanted] = useState<JoinRole>('comment');
  const tokens = links.state === 'ready' ? links.tokens : {};
  const roles = (['comment', 'edit'] as const).filter((role) => tokens[role] !== undefined);
  const role = roles.includes(wanted) ? wanted : roles[0];
  const address = role ? linkAddress(window.location.origin, boardId, tokens[role]!) : null;
  // No code to show: the link hands out neither, or the links could not be had. A plain dialog says so.
  const failed = links.state === 'error' || (links.state === 'ready' && address === null);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        {failed ? (
          <Dialog.Content className="dialog" data-testid="join-from-phone">
            <Dialog.Title className="dialog__title">{t('phone.join.title')}</Dialog.Title>
            <Dialog.Description asChild>
              {links.state === 'error' ? (
                <p className="banner" role="alert">
                  {errorText(links.error, t)}
                </p>
              ) : (
                <p className="dialog__text" role="alert" data-testid="join-no-link">
                  {t('phone.join.none')}
                </p>
              )}
            </Dialog.Description>
            <div className="dialog__actions">
              <Dialog.Close className="button">{t('common.close')}</Dialog.Close>
            </div>
          </Dialog.Content>
        ) : (
          <Dialog.Content className="join-phone" data-testid="join-from-phone">
            <div className="join-phone__code">
              {address && role ? (
                <>
                  <QrCode text={address} label={t('phone.join.qr', { role })} />
                  <p className="join-phone__link-label">{t('phone.join.link')}</p>
                  <p className="join-phone__link" data-testid="join-link" data-address={address} data-role={role}>
                    {address.replace(/^https?:\/\//, '')}
                  </p>
                </>
              ) : (
                // The code's place, held while the links come, so the dialog does not jump.
                <div className="share-qr join-phone__waiting" role="status">
                  {t('phone.join.loading')}
                </div>
              )}
            </div>
            <div className="join-phone__side">
              <Dialog.Title className="join-phone__title">{t('phone.join.title')}</Dialog.Title>
              <Dialog.Description className="join-phone__text">{t('phone.join.text')}</Dialog.Description>
              {role && <p className="join-phone__can">{t('phone.join.can', { role })}</p>}
              {roles.length > 1 && (
                <div className="join-phone__which" role="group" aria-label={t('phone.join.which')}>
                  {roles.map((option) => (
                    <button key={option} type="button" className="join-phone__option" aria-pressed={option === role} onClick={() => setWanted(option)}>
                      {t(option === 'comment' ? 'phone.join.comment' : 'phone.join.edit')}
                    </button>
                  ))}
                </div>
              )}
              <Dialog.Close className="button button--large join-phone__close">{t('common.close')}</Dialog.Close>
            </div>
          </Dialog.Content>
        )}
      </Dialog.Portal>
    </Dialog.Root>
  );
}
