import type { Identity } from '../../collab/identity.ts';
import type { Peer } from '../../collab/presence.ts';
import { initials } from './initials.ts';


const SHOWN = 5;

/** How the header names someone who may not edit: the server says which link they came with. */
const ROLE_WORD = { view: 'viewing', comment: 'commenting' } as const;

/** Who else is here (from awareness), and me, with a way to change my name. */
export function PresenceList({ me, peers, onRename }: { me: Identity; peers: Peer[]; onRename(): void }) {
  const hidden = peers.length - SHOWN;
  return (
    <div className="presence" aria-label="People on this board">
      <ul className="presence__peers" aria-label={`${peers.length} other ${peers.length === 1 ? 'person' : 'people'} here`}>
        {peers.slice(0, SHOWN).map((peer) => {
          const label = peer.role === 'view' || peer.role === 'comment' ? `${peer.name} (${ROLE_WORD[peer.role]})` : peer.name;
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
      <button className="presence__me" onClick={onRename} aria-label={`${me.name} (you): change your name`} title="Change your name">
        <span className="avatar" style={{ background: me.color }} aria-hidden="true">
          {initials(me.name)}
        </span>
        <span className="presence__name">{me.name}</span>
      </button>
    </div>
  );
}
