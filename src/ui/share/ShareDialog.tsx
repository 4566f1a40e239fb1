import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { errorText, rotateLink, type BoardTokens } from '../../collab/api.ts';
import { holdLink, linkAddress, type BoardLink } from '../../collab/links.ts';
import { ROLES, type Role } from '../../model/index.ts';
import { QrCode } from './QrCode.tsx';
import { useT } from '../../browser/i18n.tsx';
import { roleCan, roleName } from './roleText.ts';
import { useBoardLinks } from './useBoardLinks.ts';
import '../../styles/dialog.css';
import './share.css';

interface Props {
  boardId: string;
  /** The link this page holds: it hands out its own and those below it; an owner also replaces them. */
  link: BoardLink;
  open: boolean;
  onClose(): void;
}

/** The board's links, what each lets its holder do, a QR code for a room, and (for the owner) replacing a link. */
export function ShareDialog({ boardId, link, open, onClose }: Props) {
  const t = useT();
  const [links, setTokens] = useBoardLinks(boardId, link, open);
  const [copied, setCopied] = useState<Role | null>(null);
  const [replacing, setReplacing] = useState<Role | null>(null);
  // The error as it came: worded when shown, so it follows a change of language.
  const [error, setError] = useState<unknown>(null);
  const [copyFailed, setCopyFailed] = useState(false);
  const [qrRole, setQrRole] = useState<'comment' | 'edit'>('comment');
  const tokens: BoardTokens = links.state === 'ready' ? links.tokens : {};
  const address = (role: Role) => linkAddress(window.location.origin, boardId, tokens[role]!);
  const shown = ROLES.filter((role) => tokens[role] !== undefined);
  const qrRoles = (['comment', 'edit'] as const).filter((role) => tokens[role] !== undefined);
  const qr = qrRoles.includes(qrRole) ? qrRole : qrRoles[0];

  const copy = async (role: Role) => {
    try {
      await navigator.clipboard.writeText(address(role));
      setCopied(role);
      setCopyFailed(false);
    } catch {
      setCopyFailed(true);
    }
  };

  const replace = async (role: Role) => {
    setError(null);
    try {
      const fresh = await rotateLink(boardId, link.token, role);
      if (role === link.role) {
        // This page's own link was replaced: the server closed its socket with the old one.
        holdLink(boardId, { role, token: fresh[role]! });
        window.location.reload();
        return;
      }
      setTokens(fresh);
      setReplacing(null);
      setCopied(null);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog dialog--wide share">
          <Dialog.Title className="dialog__title">{t('share.title')}</Dialog.Title>
          <Dialog.Description className="dialog__text">{t('share.description')}</Dialog.Description>
          {links.state === 'loading' && <p className="dialog__text" role="status">{t('share.loading')}</p>}
          {links.state === 'error' && <p className="banner" role="alert">{errorText(links.error, t)}</p>}
          <div className="share__body">
            <ul className="share__links" aria-label={t('share.links')}>
              {shown.map((role) => (
                <li key={role} className="share-link" data-role={role}>
                  <div className="share-link__head">
                    <span className="share-link__role">{roleName(role, t)}</span>
                    <span className="share-link__can">{roleCan(role, t)}</span>
                  </div>
                  <div className="share-link__row">
                    <input className="share-link__address" readOnly value={address(role)} aria-label={t('share.address', { role: roleName(role, t) })} onFocus={(e) => e.currentTarget.select()} />
                    <button type="button" className="button button--primary" onClick={() => void copy(role)}>
                      {copied === role ? t('share.copied') : t('share.copy')}
                    </button>
                    {link.role === 'owner' &&
                      (replacing === role ? (
                        <span className="share-link__confirm" role="group" aria-label={t('share.replaceGroup', { role })}>
                          <button type="button" className="button button--danger" onClick={() => void replace(role)}>
                            {t('share.replace')}
                          </button>
                          <button type="button" className="button button--quiet" onClick={() => setReplacing(null)}>
                            {t('share.keep')}
                          </button>
                        </span>
                      ) : (
                        <button type="button" className="button button--quiet" onClick={() => setReplacing(role)}>
                          {t('share.replaceLink')}
                        </button>
                      ))}
                  </div>
                  {replacing === role && (
                    <p className="share-link__warning">
                      {role === link.role && `${t('share.ownLinkToo')} `}
                      {t('share.replaceWarning')}
                    </p>
                  )}
                </li>
              ))}
            </ul>
            {qr && (
              <figure className="share__qr">
                <QrCode text={address(qr)} label={t('share.qr', { role: qr })} />
                <figcaption>
                  {t('share.qrCaption', { role: qr })}
                  {qrRoles.length > 1 && (
                    <button type="button" className="button button--quiet button--small" onClick={() => setQrRole(qr === 'comment' ? 'edit' : 'comment')}>
                      {t('share.qrSwitch', { role: qr })}
                    </button>
                  )}
                </figcaption>
              </figure>
            )}
          </div>
          {(error !== null || copyFailed) && (
            <p className="banner" role="alert">
              {error !== null ? errorText(error, t) : t('share.copyFailed')}
            </p>
          )}
          <div className="dialog__actions">
            <Dialog.Close className="button button--large">{t('share.done')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
