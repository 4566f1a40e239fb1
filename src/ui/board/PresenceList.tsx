import { useT } from '../../browser/i18n.tsx';
import type { Identity } from '../../collab/identity.ts';
import type { Following } from '../../collab/following.ts';
import type { Peer } from '../../collab/presence.ts';
import { initials } from './initials.ts';

const SHOWN = 5;

interface Props {
  me: Identity;
  peers: Peer[];
  onRename(): void;
  /** Whom the map follows, and how to follow someone; absent where there is no map to follow on. */
  following?: { current: Following | null; follow(next: Following | null): void };
}

/** Who else is here (from awareness), each to follow on the map, and me, with a way to change my name. */
export function PresenceList({ me, peers, onRename, following }: Props) {
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
            <li key={peer.clientId} className="presence__slot" aria-label={label}>
              {following ? (
                <button
                  className={`avatar presence__peer ${peer.role === 'view' ? 'avatar--viewer' : ''} ${following.current?.clientId === peer.clientId ? 'is-followed' : ''}`}
                  style={{ background: peer.color }}
                  title={`${label} · ${t(following.current?.clientId === peer.clientId ? 'workshop.unfollow' : 'workshop.follow', { name: peer.name })}`}
                  aria-label={t('workshop.follow', { name: peer.name })}
                  aria-pressed={following.current?.clientId === peer.clientId}
                  onClick={() => following.follow(following.current?.clientId === peer.clientId ? null : { clientId: peer.clientId, name: peer.name })}
                >
                  {initials(peer.name)}
                </button>
              ) : (
                <span className={`avatar ${peer.role === 'view' ? 'avatar--viewer' : ''}`} style={{ background: peer.color }} title={label} aria-hidden="true">
                  {initials(peer.name)}
                </span>
              )}
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
