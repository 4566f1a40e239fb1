import { useT } from '../../browser/i18n.tsx';
import type { Identity } from '../../collab/identity.ts';
import type { Peer } from '../../collab/presence.ts';
import { initials } from './initials.ts';

const SHOWN = 5;

/** Who else is here (from awareness), and me, with a way to change my name. */
export function PresenceList({ me, peers, onRename }: { me: Identity; peers: Peer[]; onRename(): void }) {
  const t = useT();
  const hidden = peers.length - SHOWN;
  return (
    <div className="presence" aria-label={t('board.presence.label')}>
      <ul className="presence__peers" aria-label={t('board.presence.others', { count: peers.length })}>
        {peers.slice(0, SHOWN).map((peer) => {
          // Someone who may not edit is named with the link they came with, as the server says.
          const label =
            peer.role === 'view' ? t('board.presence.viewing', { name: peer.name }) : peer.role === 'comment' ? t('board.presence.commenting', { name: peer.name }) : peer.name;
          return (
            <li key={peer.clientId} className={`avatar ${peer.role === 'view' ? 'avatar--viewer' : ''}`} style={{ background: peer.color }} title={label} aria-label={label}>
              {initials(peer.name)}
            </li>
          );
        })}
        {hidden > 0 && (
          <li className="avatar presence__more" title={peers.slice(SHOWN).map((p) => p.name).join(', ')}>
            +{hidden}
          </li>
        )}
      </ul>
      <button className="presence__me" onClick={onRename} aria-label={t('board.presence.me', { name: me.name })} title={t('board.presence.rename')}>
        <span className="avatar" style={{ background: me.color }} aria-hidden="true">
          {initials(me.name)}
        </span>
        <span className="presence__name">{me.name}</span>
      </button>
    </div>
  );
}
