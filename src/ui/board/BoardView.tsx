import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { CardEditor } from '../../canvas/editor/CardEditor.tsx';
import { closeCardEditor, openCardEditor, useCardEditorHash } from '../../canvas/editor/cardHash.ts';
import { JourneyCanvas } from '../../canvas/JourneyCanvas.tsx';
import type { MapExporter } from '../../canvas/useMapExport.ts';
import type { Identity } from '../../collab/identity.ts';
import type { BoardSession } from '../../collab/session.ts';
import { useShownBoard } from '../../collab/useShownBoard.ts';
import { StrategyView } from '../../strategy/StrategyView.tsx';
import { useBoardViewName } from '../router.ts';
import type { MapFocus } from '../../canvas/useMapFocus.ts';
import { openThreadCount } from '../../model/index.ts';
import { CommentsPanel } from '../comments/CommentsPanel.tsx';
import { useShowTarget } from '../comments/useShowTarget.ts';
import { BoardHeader } from './BoardHeader.tsx';
import { useKnownBoard } from './useKnownBoard.ts';
import { Notice, useNotice } from './Notice.tsx';
import { PreviewBoundary } from './PreviewBoundary.tsx';
import { captureView, type BoardPictures } from './boardPictures.ts';
import { may, whenLockedStepDropped } from '../../doc/index.ts';
import { useLatestCallback } from '../../browser/useLatestCallback.ts';
import { enterFullScreen } from '../present/fullScreen.ts';
import { PresentLayer } from '../present/PresentLayer.tsx';
import { usePresentation } from '../present/usePresentation.ts';
import { CardVotingProvider } from '../../canvas/voting/CardVotingProvider.tsx';
import { useVotingRound } from '../voting/useVotingRound.ts';
import { useSynced } from '../../collab/useSynced.ts';
import { VotingResults } from '../voting/VotingResults.tsx';
import { VotingStrip } from '../voting/VotingStrip.tsx';
import { ChangesContext } from '../../browser/changesContext.ts';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { HistoryControls } from '../history/HistoryControls.tsx';
import { useHistory } from '../history/useHistory.ts';
import { PersonasPanel } from '../personas/PersonasPanel.tsx';
import { OpportunitiesPanel } from '../opportunities/OpportunitiesPanel.tsx';
import '../../styles/board.css';

interface Props {
  session: BoardSession;
  identity: Identity;
  onRename(): void;
}

export function BoardView({ session, identity, onRename }: Props) {
  const t = useT();
  const { board, live } = useShownBoard(session);
  const title = board?.meta.title ?? '';
  const shown = board !== null;

  useKnownBoard(session.boardId, title, shown);
  const [notice, notify] = useNotice();
  const tellLockedStep = useLatestCallback(() => notify(t('board.undo.lockedStep')));
  useEffect(() => whenLockedStepDropped(session.undo, tellLockedStep), [session.undo, tellLockedStep]);
  const editingCardId = useCardEditorHash();
  const view = useBoardViewName();
  const body = useRef<HTMLElement>(null);
  const mapExporter = useRef<MapExporter>(null);
  // Kept while the view stays, so the header (memoised) does not re-render for every edit.
  const pictures = useMemo<BoardPictures>(
    () => ({
      view: () => captureView(body.current),
      wholeMap: view === 'map' ? () => mapExporter.current!.wholeMap() : undefined,
    }),
    [view],
  );
  const mapFocus = useRef<MapFocus>(null);
  // One column beside the map at a time: comments, history, personas or the ranked opportunities.
  const [panel, setPanel] = useState<'comments' | 'history' | 'personas' | 'opportunities' | null>(null);
  const toggleComments = useCallback(() => setPanel((open) => (open === 'comments' ? null : 'comments')), []);
  const toggleHistory = useCallback(() => setPanel((open) => (open === 'history' ? null : 'history')), []);
  const commentsOpen = panel === 'comments';
  // The strategy canvas's "Who" opens the panel at the persona it names; each opening is a new panel.
  const [personaShown, setPersonaShown] = useState<{ id: string | null; opening: number }>({ id: null, opening: 0 });
  const openPersona = useCallback((id: string | null) => {
    setPersonaShown((shown) => ({ id, opening: shown.opening + 1 }));
    setPanel('personas');
  }, []);
  const personasToggle = useMemo(
    () => ({
      open: panel === 'personas',
      toggle: () => {
        setPersonaShown((shown) => ({ id: null, opening: shown.opening + 1 }));
        setPanel((open) => (open === 'personas' ? null : 'personas'));
      },
    }),
    [panel],
  );
  const opportunitiesToggle = useMemo(() => ({ open: panel === 'opportunities', toggle: () => setPanel((open) => (open === 'opportunities' ? null : 'opportunities')) }), [panel]);
  const history = useHistory(session, live ? board : null, panel === 'history' && live);
  // The past, read-only, in place of the live board, while a version is looked at.
  const looking = history.shown;
  const openThreads = useMemo(() => (board && live ? openThreadCount(board) : null), [board, live]);
  const showTarget = useShowTarget(view, session.boardId, mapFocus);

  const synced = useSynced(session.provider);
  const voting = useVotingRound(board, session.ctx, live);
  const presentation = usePresentation(live ? board : null, session.ctx, identity);
  // Facilitation is for owner and edit links for now; the header keeps this one function.
  const present = useLatestCallback(() => {
    enterFullScreen();
    presentation.start(view);
  });

  return (
    <div className="board" data-shown={live ? 'live' : shown ? 'preview' : 'opening'} data-role={session.link.role}>
      <BoardHeader
        session={session}
        title={title}
        live={live}
        identity={identity}
        view={view}
        pictures={pictures}
        onRename={onRename}
        openThreads={openThreads}
        commentsOpen={commentsOpen && live}
        onToggleComments={toggleComments}
        historyOpen={panel === 'history' && live}
        onToggleHistory={toggleHistory}
        lookingBack={history.look !== null}
        onPresent={live && may(session.ctx, 'edit') ? present : undefined}
      />
      {history.look ? <HistoryControls session={session} history={history} pictures={pictures} notify={notify} /> : voting && <VotingStrip ctx={session.ctx} voting={voting} />}
      {/* The preview is inert: nothing can be selected, typed or dragged into a document that
          is still loading. */}
      <main className="board__body" ref={body} inert={!live}>
        <ChangesContext.Provider value={history.look?.mode === 'compare' && history.looked?.state === 'ready' ? history.looked.compared : null}>
        <PreviewBoundary live={live}>
          {board === null ? null : history.look ? (
            looking &&
            (view === 'strategy' ? (
              <StrategyView board={looking.board} ctx={looking.ctx} undo={looking.undo} />
            ) : (
              <JourneyCanvas key="look" board={looking.board} readOnly ctx={looking.ctx} undo={looking.undo} awareness={looking.awareness} onOpenCard={openCardEditor} onNotice={notify} exporter={mapExporter} focus={mapFocus} />
            ))
          ) : view === 'strategy' ? (
            <StrategyView board={board} ctx={session.ctx} undo={session.undo} onOpenPersona={live ? openPersona : undefined} />
          ) : (
            <CardVotingProvider board={board} ctx={session.ctx} live={live} online={synced}>
              <JourneyCanvas board={board} readOnly={!live} ctx={session.ctx} undo={session.undo} awareness={session.provider.awareness} onOpenCard={openCardEditor} onNotice={notify} exporter={mapExporter} focus={mapFocus} personas={personasToggle} opportunities={opportunitiesToggle} />
            </CardVotingProvider>
          )}
        </PreviewBoundary>
        </ChangesContext.Provider>
        {voting?.rankingOpen && <VotingResults board={voting.board} result={voting.result} onShowCard={(cardId) => showTarget('card', cardId)} onClose={voting.toggleRanking} />}
        {live && panel === 'history' && (
          <HistoryPanel boardId={session.boardId} token={session.link.token} canEdit={may(session.ctx, 'edit')} versions={history.versions} onReload={history.reloadVersions} look={history.look} onLook={history.setLook} onClose={() => setPanel(null)} />
        )}
        {live && board && panel === 'personas' && !history.look && <PersonasPanel key={personaShown.opening} ctx={session.ctx} board={board} openId={personaShown.id} onClose={() => setPanel(null)} />}
        {live && board && panel === 'opportunities' && view === 'map' && !history.look && <OpportunitiesPanel board={board} onShowCard={(cardId) => showTarget('card', cardId)} onClose={() => setPanel(null)} />}
        {live && board && commentsOpen && <CommentsPanel ctx={session.ctx} board={board} identity={identity} onClose={() => setPanel(null)} onShowTarget={showTarget} />}
        <Notice message={notice} />
        {live && board !== null && <PresentLayer board={board} ctx={session.ctx} presentation={presentation} />}
        {live && <CardEditor ctx={looking?.ctx ?? session.ctx} identity={identity} board={looking?.board ?? board} cardId={editingCardId} onClose={closeCardEditor} />}
      </main>
      {!live && (
        <p className="board__loading" role="status">
          {t(shown ? 'board.loading.live' : 'board.loading.opening')}
        </p>
      )}
    </div>
  );
}
