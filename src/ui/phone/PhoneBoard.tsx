import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { useConnection } from '../../collab/connection.ts';
import type { Identity } from '../../collab/identity.ts';
import type { BoardSession } from '../../collab/session.ts';
import { useServerClock } from '../../collab/useServerClock.ts';
import { useShownBoard } from '../../collab/useShownBoard.ts';
import { useSynced } from '../../collab/useSynced.ts';
import { useWorkshop } from '../../collab/useWorkshop.ts';
import { addCard, addComment, may } from '../../doc/index.ts';
import { openThreadCount } from '../../model/index.ts';
import { laneName } from '../../model/laneName.ts';
import { presentedStageIndex } from '../../model/presentation.ts';
import { ConnectionAlert } from '../board/ConnectionAlert.tsx';
import { useKnownBoard } from '../board/useKnownBoard.ts';
import { useVotingRound } from '../voting/useVotingRound.ts';
import { AddCardSheet, EMPTY_DRAFT, type CardDraft } from './AddCardSheet.tsx';
import { CardSheet } from './CardSheet.tsx';
import { CellCards } from './CellCards.tsx';
import { CellPicker } from './CellPicker.tsx';
import { NewCommentSheet, type CommentTarget } from './NewCommentSheet.tsx';
import { PhoneComments } from './PhoneComments.tsx';
import { PhoneHeader } from './PhoneHeader.tsx';
import { PhoneMenu } from './PhoneMenu.tsx';
import { PhonePresenting } from './PhonePresenting.tsx';
import { PhoneTimer } from './PhoneTimer.tsx';
import { PhoneVoting } from './PhoneVoting.tsx';
import { cardLanes, pickedCell, type CellChoice } from './pickedCell.ts';
import { cardName, stageName } from './stageName.ts';
import '../../styles/board.css';
import './phone.css';

/* The sections of the phone's screen, one shown at a time. Dot voting has its own place (PhoneVoting). */
const PHONE_SECTIONS = ['cards', 'comments'] as const;
type PhoneSection = (typeof PHONE_SECTIONS)[number];

interface Props {
  session: BoardSession;
  identity: Identity;
  onRename(): void;
  /** Switches this browser to the full board, the canvas. */
  onFullBoard(): void;
}

/**
 * A board on a phone in a workshop room: pick a stage and a lane, read and add that cell's
 * cards, see the workshop's timer and what is presented, read and add comments. It runs on the
 * same session as the canvas (one socket, one document, the link's role); what the link may not
 * do is not offered, and the server refuses it all the same.
 */
export function PhoneBoard({ session, identity, onRename, onFullBoard }: Props) {
  const t = useT();
  const { board, live } = useShownBoard(session);
  const title = board?.meta.title ?? '';
  useKnownBoard(session.boardId, title, board !== null);
  const connection = useConnection(session.provider, session.boardId, session.link.token);
  const workshop = useWorkshop(session.doc);
  const clock = useServerClock(session.provider);
  const synced = useSynced(session.provider);
  const { ctx } = session;
  const voting = useVotingRound(board, ctx, live);

  const [section, setSection] = useState<PhoneSection>('cards');
  const [choice, setChoice] = useState<CellChoice>({ stageId: null, laneId: null });
  const [sheet, setSheet] = useState<'menu' | 'addCard' | 'comment' | null>(null);
  const [openCardId, setOpenCardId] = useState<string | null>(null);
  const [draft, setDraft] = useState<CardDraft>(EMPTY_DRAFT);
  const [addedId, setAddedId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const cellRef = useRef<HTMLElement>(null);

  const cell = useMemo(() => (board ? pickedCell(board, choice) : null), [board, choice]);
  const openThreads = useMemo(() => (board && live ? openThreadCount(board) : 0), [board, live]);
  const stageIndex = board && cell ? board.stages.indexOf(cell.stage) : -1;
  const cellName = cell ? t('phone.cell', { stage: stageName(cell.stage, stageIndex, t), lane: laneName(cell.lane, t) }) : '';
  const presentedStageId = board && board.session.presenting === 'map' ? (board.stages[presentedStageIndex(board.stages, board.session.spotlightStageId)]?.id ?? null) : null;
  const mayEdit = live && may(ctx, 'edit');
  const mayComment = live && may(ctx, 'comment');
  const commentTargets = useMemo<CommentTarget[]>(
    () =>
      cell
        ? [
            { id: cell.stage.id, kind: 'stage', name: stageName(cell.stage, stageIndex, t) },
            { id: cell.lane.id, kind: 'lane', name: laneName(cell.lane, t) },
            ...cell.cards.map((card) => ({ id: card.id, kind: 'card' as const, name: cardName(card, t) })),
          ]
        : [],
    [cell, stageIndex, t],
  );

  // The card just added is found on screen, and marked for a moment.
  useEffect(() => {
    if (addedId === null) return;
    cellRef.current?.querySelector('.phone-card.is-added')?.scrollIntoView({ block: 'nearest' });
    const timeout = setTimeout(() => setAddedId(null), 2400);
    return () => clearTimeout(timeout);
  }, [addedId]);

  const pickStage = (stageId: string) => setChoice((c) => ({ ...c, stageId }));

  if (board === null) {
    return (
      <div className="phone phone--opening" aria-busy="true">
        <p className="phone-empty" role="status">
          {t('board.loading.opening')}
        </p>
      </div>
    );
  }

  const action =
    section === 'cards' && mayEdit && cell
      ? { label: t('phone.addCard'), open: () => setSheet('addCard') }
      : mayComment && cell
        ? { label: t('phone.comment'), open: () => setSheet('comment') }
        : null;

  return (
    <div className="phone" data-shown={live ? 'live' : 'preview'} data-role={session.link.role} data-testid="phone-board">
      <PhoneHeader title={title} connection={connection} role={session.link.role} onMenu={() => setSheet('menu')} />
      <ConnectionAlert state={connection} onDiscardCopy={() => void session.discardCopy().then(() => window.location.reload())} />
      <PhoneTimer fields={workshop} clock={clock} />
      <main className="phone-main" inert={!live}>
        <PhonePresenting board={board} pickedStageId={cell?.stage.id ?? null} onGoToStage={pickStage} />
        <PhoneVoting ctx={ctx} voting={voting} online={synced} />
        <div className="phone-segments" role="group" aria-label={t('phone.sections')}>
          {PHONE_SECTIONS.map((name) => (
            <button key={name} type="button" className="phone-segments__item" aria-pressed={section === name} onClick={() => setSection(name)}>
              {name === 'cards' ? t('phone.section.cards') : t('phone.section.comments', { count: openThreads })}
            </button>
          ))}
        </div>
        {section === 'cards' &&
          (cell ? (
            <>
              <CellPicker
                stages={board.stages}
                lanes={cardLanes(board)}
                stageId={cell.stage.id}
                laneId={cell.lane.id}
                presentedStageId={presentedStageId}
                onPickStage={pickStage}
                onPickLane={(laneId) => setChoice((c) => ({ ...c, laneId }))}
              />
              <section className="phone-cell" aria-label={cellName} ref={cellRef}>
                <header className="phone-cell__head">
                  <h2 className="phone-cell__title">{cellName}</h2>
                  <span className="phone-cell__count">{t('phone.cell.count', { count: cell.cards.length })}</span>
                </header>
                <CellCards cards={cell.cards} comments={board.comments} ownDots={voting?.tally?.byCard ?? null} addedId={addedId} emptyText={t(mayEdit ? 'phone.cell.emptyEdit' : 'phone.cell.empty')} onOpen={setOpenCardId} />
              </section>
            </>
          ) : (
            <p className="phone-empty">{t('phone.noCells')}</p>
          ))}
        {section === 'comments' && <PhoneComments ctx={ctx} board={board} identity={identity} />}
      </main>
      {action && (
        <footer className="phone-action">
          <button type="button" className="button button--primary phone-button phone-action__button" onClick={action.open}>
            {action.label}
          </button>
        </footer>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>

      <PhoneMenu open={sheet === 'menu'} name={identity.name} onRename={onRename} onFullBoard={onFullBoard} onClose={() => setSheet(null)} />
      {cell && (
        <AddCardSheet
          open={sheet === 'addCard'}
          cellName={cellName}
          draft={draft}
          onDraft={setDraft}
          onAdd={({ title: cardTitle, body }) => {
            const id = addCard(ctx, { stageId: cell.stage.id, laneId: cell.lane.id, title: cardTitle, body });
            setDraft(EMPTY_DRAFT);
            setSheet(null);
            setAddedId(id);
            setStatus(t('phone.addCard.added'));
          }}
          onClose={() => setSheet(null)}
        />
      )}
      <NewCommentSheet
        open={sheet === 'comment'}
        identity={identity}
        targets={commentTargets}
        onSend={(targetId, text) => {
          addComment(ctx, targetId, identity.name, text);
          setSheet(null);
          setSection('comments');
          setStatus(t('phone.comment.sent'));
        }}
        onClose={() => setSheet(null)}
      />
      <CardSheet ctx={ctx} board={board} identity={identity} cardId={openCardId} cellName={cellName} onClose={() => setOpenCardId(null)} />
    </div>
  );
}
