import { useEffect, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { ApiError, fetchBoardInfo, restoreBoard, type BoardInfo } from '../../collab/api.ts';
import { forgetLink, heldLink, holdLink, tokenInFragment, type BoardLink } from '../../collab/links.ts';
import { Message } from '../Message.tsx';
import { BoardSessionView } from './BoardSessionView.tsx';

type Loading =
  | { state: 'loading' }
  | { state: 'ready'; link: BoardLink }
  | { state: 'noLink' }
  | { state: 'refused' }
  | { state: 'missing' }
  | { state: 'trashed'; info: BoardInfo; token: string }
  | { state: 'error'; message: string };

/**
 * The token this page opens the board with: the one in the address's fragment, else the one this
 * browser holds for the board.
 */
function tokenForPage(boardId: string): { token: string; held: boolean } | null {
  const fromAddress = tokenInFragment(window.location.hash);
  if (fromAddress !== null) return { token: fromAddress, held: false };
  const held = heldLink(boardId);
  return held ? { token: held.token, held: true } : null;
}

/**
 * Once the server has answered for it, the token leaves the address bar (it is kept in the
 * browser), so that copying the address hands out nothing. On a failure that a retry may mend
 * (offline, 5xx, 429) it stays, so that a reload still has it.
 */
function takeTokenOutOfAddress(): void {
  if (tokenInFragment(window.location.hash) === null) return;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

/** Finds out what the page's link lets it do, and that the board is not in the trash, before connecting. */
export function BoardPage({ boardId }: { boardId: string }) {
  const t = useT();
  const [opening] = useState(() => tokenForPage(boardId));
  const [loading, setLoading] = useState<Loading>(opening === null ? { state: 'noLink' } : { state: 'loading' });

  useEffect(() => {
    if (opening === null) return;
    let live = true;
    const { token, held } = opening;
    fetchBoardInfo(boardId, token).then(
      (info) => {
        if (!live) return;
        const link = { role: info.role, token };
        holdLink(boardId, link);
        takeTokenOutOfAddress();
        setLoading(info.deletedAt ? { state: 'trashed', info, token } : { state: 'ready', link });
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
          // A link this browser kept that opens nothing any more is of no use to keep.
          if (held) forgetLink(boardId);
          takeTokenOutOfAddress();
          setLoading({ state: 'refused' });
        } else if (error instanceof ApiError && (error.status === 404 || error.status === 400)) setLoading({ state: 'missing' });
        else setLoading({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [boardId, opening]);

  switch (loading.state) {
    case 'loading':
      return <div className="board-loading" aria-busy="true" />;
    case 'noLink':
      return <Message title={t('board.page.noLinkTitle')} text={t('board.page.noLinkText')} />;
    case 'refused':
      return <Message title={t('board.page.refusedTitle')} text={t('board.page.refusedText')} />;
    case 'missing':
      return <Message title={t('board.page.missingTitle')} text={t('board.page.missingText')} />;
    case 'error':
      return <Message title={t('board.page.errorTitle')} text={loading.message} />;
    case 'trashed':
      return loading.info.role === 'owner' ? (
        <Message title={t('board.page.trashedTitle')} text={t('board.page.trashedOwnerText', { title: loading.info.title })}>
          <button
            className="button button--primary"
            onClick={() =>
              restoreBoard(boardId, loading.token).then(
                () => setLoading({ state: 'ready', link: { role: 'owner', token: loading.token } }),
                (e: Error) => setLoading({ state: 'error', message: e.message }),
              )
            }
          >
            {t('board.page.restore')}
          </button>
        </Message>
      ) : (
        <Message title={t('board.page.trashedTitle')} text={t('board.page.trashedText', { title: loading.info.title })} />
      );
    case 'ready':
      return <BoardSessionView boardId={boardId} link={loading.link} />;
  }
}
