import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { ownFacilitatorKey } from '../../collab/facilitatorKey.ts';
import type { Identity } from '../../collab/identity.ts';
import type { Peer } from '../../collab/presence.ts';
import type { BoardSession } from '../../collab/session.ts';
import { docToBoard, endFacilitation, setFacilitator, setLocked, summonTo } from '../../doc/index.ts';
import { readViewRect, VIEW_FIELD } from '../../collab/sharedView.ts';
import type { Board, WorkshopSession } from '../../model/index.ts';
import { StartVotingDialog } from '../voting/StartVotingDialog.tsx';
import { selectedCardIds } from '../voting/selectedCards.ts';
import { facilitationOf } from './facilitation.ts';
import { JoinFromPhoneDialog } from './JoinFromPhoneDialog.tsx';
import './workshop.css';

interface Props {
  session: BoardSession;
  workshop: WorkshopSession;
  identity: Identity;
  peers: Peer[];
  /** The map is on screen: there is a view to bring everyone to. */
  onMap: boolean;
  /** Presents the view on screen to everyone on the board. */
  onPresent?: () => void;
}

/**
 * The workshop in the board header: "Workshop" while no one facilitates (its panel starts one,
 * for someone who may edit), else who facilitates. The panel of whoever leads presents, starts
 * dot voting, locks the structure, brings everyone to their view, hands the workshop over and ends it; someone
 * else takes it over from a facilitator who left. The server holds the rule (facilitation.ts
 * mirrors it). The panel also shows the room a QR code to join from a phone.
 */
export function WorkshopControl({ session, workshop, identity, peers, onMap, onPresent }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const me = ownFacilitatorKey();
  const facilitation = facilitationOf(workshop, peers, { keyHash: me.hash, role: session.link.role });
  const [handTo, setHandTo] = useState('');
  const [joining, setJoining] = useState(false);
  // Open to everyone who sees the panel: the dialog shows only the links this page's own link
  // can hand out (as the share dialog does), and says so when that is none.
  const joinButton = (
    <button
      className="button workshop__join"
      onClick={() => {
        setOpen(false);
        setJoining(true);
      }}
    >
      {t('phone.join.open')}
    </button>
  );
  /** The board and the cards selected on the map as the dot voting dialog opened. */
  const [voting, setVoting] = useState<{ board: Board; selected: string[] } | null>(null);
  const takeIt = () => setFacilitator(session.ctx, { keyHash: me.hash, id: identity.id, name: identity.name });

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  if (facilitation.by === 'none' && !facilitation.mayTake) return null;
  const name = facilitation.name || t('workshop.unnamed');
  const recipient = facilitation.handOverTo.find((peer) => peer.keyHash === handTo) ?? facilitation.handOverTo[0];
  return (
    <div className="workshop" ref={root}>
      <button
        className={`workshop__toggle is-${facilitation.by === 'me' ? 'mine' : facilitation.by}`}
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="workshop"
        data-facilitator={facilitation.by}
        onClick={() => setOpen(!open)}
      >
        <span className="workshop__dot" aria-hidden="true" />
        <span className="workshop__label">{facilitation.by === 'none' ? t('workshop.panel') : facilitation.by === 'me' ? t('workshop.mine') : t('workshop.theirs', { name })}</span>
      </button>
      {open && facilitation.by === 'none' && (
        <section id={panelId} className="workshop__panel" aria-label={t('workshop.panel')}>
          <h2 className="workshop__title">{t('workshop.noneTitle')}</h2>
          <p className="workshop__text">{t('workshop.startHint')}</p>
          <div className="workshop__actions">
            <button className="button button--primary" onClick={() => (takeIt(), setOpen(false))}>
              {t('workshop.start')}
            </button>
          </div>
          {joinButton}
        </section>
      )}
      {open && facilitation.by !== 'none' && (
        <section id={panelId} className="workshop__panel" aria-label={t('workshop.panel')}>
          <h2 className="workshop__title">{facilitation.by === 'me' ? t('workshop.mineTitle') : t('workshop.theirsTitle', { name })}</h2>
          <p className="workshop__text">
            {facilitation.by === 'me' ? t('workshop.mineText') : facilitation.here ? t('workshop.theirsText', { name }) : t('workshop.left', { name })}
          </p>
          {facilitation.leads && onPresent && (
            <button
              className="button button--primary workshop__present"
              title={t(onMap ? 'present.start.map' : 'present.start.strategy')}
              onClick={() => {
                setOpen(false);
                onPresent();
              }}
            >
              {t('present.start')}
            </button>
          )}
          {facilitation.leads && (
            <button
              className="button workshop__voting"
              title={t('voting.startHint')}
              onClick={() => {
                setVoting({ board: docToBoard(session.doc), selected: selectedCardIds(session.provider.awareness.getLocalState()) });
                setOpen(false);
              }}
            >
              <span className="workshop__voting-mark" aria-hidden="true" />
              {t('voting.start')}
            </button>
          )}
          {joinButton}
          {facilitation.leads && onMap && (
            <button
              className="button workshop__summon"
              title={t('workshop.summonHint')}
              onClick={() => {
                const view = readViewRect(session.provider.awareness.getLocalState()?.[VIEW_FIELD]);
                if (view) summonTo(session.ctx, view, identity.name);
                setOpen(false);
              }}
            >
              {t('workshop.summon')}
            </button>
          )}
          {facilitation.leads && (
            <div className="workshop__row">
              <button
                className="button"
                title={t('workshop.lockHint')}
                onClick={() => {
                  const board = docToBoard(session.doc);
                  setLocked(session.ctx, [...board.stages, ...board.lanes].map((record) => record.id), true);
                }}
              >
                {t('workshop.lockStructure')}
              </button>
              <button className="button button--quiet" onClick={() => setLocked(session.ctx, docToBoard(session.doc).locks.map((lock) => lock.id), false)}>
                {t('workshop.unlockAll')}
              </button>
            </div>
          )}
          {facilitation.leads &&
            (recipient ? (
              <div className="workshop__row">
                <label className="workshop__field">
                  <span>{t('workshop.handOver')}</span>
                  <select value={recipient.keyHash ?? ''} onChange={(event) => setHandTo(event.target.value)}>
                    {facilitation.handOverTo.map((peer) => (
                      <option key={peer.keyHash} value={peer.keyHash ?? ''}>
                        {peer.name}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  className="button"
                  onClick={() => {
                    setFacilitator(session.ctx, { keyHash: recipient.keyHash!, id: recipient.id, name: recipient.name });
                    setOpen(false);
                  }}
                >
                  {t('workshop.handOverButton')}
                </button>
              </div>
            ) : (
              <p className="workshop__hint">{t('workshop.nobodyToHandTo')}</p>
            ))}
          <div className="workshop__actions">
            {facilitation.mayTake && (
              <button className="button button--primary" onClick={() => (takeIt(), setOpen(false))}>
                {t('workshop.takeOver')}
              </button>
            )}
            {facilitation.leads && (
              <button className="button button--quiet workshop__end" onClick={() => (endFacilitation(session.ctx), setOpen(false))}>
                {t('workshop.end')}
              </button>
            )}
          </div>
        </section>
      )}
      <JoinFromPhoneDialog boardId={session.boardId} link={session.link} open={joining} onClose={() => setJoining(false)} />
      <StartVotingDialog ctx={session.ctx} board={voting?.board ?? null} selectedCardIds={voting?.selected ?? []} open={voting !== null} onClose={() => setVoting(null)} />
    </div>
  );
}
