import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { rotateLink, type BoardTokens } from '../../collab/api.ts';
import { holdLink, linkAddress, type BoardLink } from '../../collab/links.ts';
import { ROLES, type Role } from '../../model/index.ts';
import { QrCode } from './QrCode.tsx';
import { ROLE_TEXT } from './roleText.ts';
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
  const [links, setTokens] = useBoardLinks(boardId, link, open);
  const [copied, setCopied] = useState<Role | null>(null);
  const [replacing, setReplacing] = useState<Role | null>(null);
  const [error, setError] = useState<string | null>(null);
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
      setError(null);
    } catch {
      setError('The browser did not let the page copy: select the link and copy it yourself.');
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
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog dialog--wide share">
          <Dialog.Title className="dialog__title">Share this board</Dialog.Title>
          <Dialog.Description className="dialog__text">
            Each link lets whoever holds it do one thing. Send the one that fits; anyone with it can pass it on.
          </Dialog.Description>
          {links.state === 'loading' && <p className="dialog__text" role="status">Getting the links…</p>}
          {links.state === 'error' && <p className="banner" role="alert">{links.message}</p>}
          <div className="share__body">
            <ul className="share__links" aria-label="Links">
              {shown.map((role) => (
                <li key={role} className="share-link" data-role={role}>
                  <div className="share-link__head">
                    <span className="share-link__role">{ROLE_TEXT[role].name}</span>
                    <span className="share-link__can">{ROLE_TEXT[role].can}</span>
                  </div>
                  <div className="share-link__row">
                    <input className="share-link__address" readOnly value={address(role)} aria-label={`${ROLE_TEXT[role].name} link`} onFocus={(e) => e.currentTarget.select()} />
                    <button type="button" className="button button--primary" onClick={() => void copy(role)}>
                      {copied === role ? 'Copied' : 'Copy'}
                    </button>
                    {link.role === 'owner' &&
                      (replacing === role ? (
                        <span className="share-link__confirm" role="group" aria-label={`Replace the ${ROLE_TEXT[role].name.toLowerCase()} link`}>
                          <button type="button" className="button button--danger" onClick={() => void replace(role)}>
                            Replace
                          </button>
                          <button type="button" className="button button--quiet" onClick={() => setReplacing(null)}>
                            Keep
                          </button>
                        </span>
                      ) : (
                        <button type="button" className="button button--quiet" onClick={() => setReplacing(role)}>
                          Replace link…
                        </button>
                      ))}
                  </div>
                  {replacing === role && (
                    <p className="share-link__warning">
                      {role === link.role ? 'Your own link changes too: this page reopens with the new one. ' : ''}
                      Everyone using the current link loses the board at once, and needs the new one.
                    </p>
                  )}
                </li>
              ))}
            </ul>
            {qr && (
              <figure className="share__qr">
                <QrCode text={address(qr)} label={`QR code of the ${ROLE_TEXT[qr].name.toLowerCase()} link`} />
                <figcaption>
                  For a workshop room: scan to {qr === 'comment' ? 'comment and vote' : 'edit'} from a phone.
                  {qrRoles.length > 1 && (
                    <button type="button" className="button button--quiet button--small" onClick={() => setQrRole(qr === 'comment' ? 'edit' : 'comment')}>
                      Show the {qr === 'comment' ? 'edit' : 'comment'} link
                    </button>
                  )}
                </figcaption>
              </figure>
            )}
          </div>
          {error && <p className="banner" role="alert">{error}</p>}
          <div className="dialog__actions">
            <Dialog.Close className="button button--large">Done</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
