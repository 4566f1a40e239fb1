import { useState } from 'react';
import { useLocale, useT } from '../../browser/i18n.tsx';
import { deleteBoardForGood, errorText, renameBoard, restoreBoard, trashBoard, type BoardInfo } from '../../collab/api.ts';
import { forgetLink } from '../../collab/links.ts';
import { boardPath, navigate } from '../router.ts';
import { roleCan, roleName } from '../share/roleText.ts';
import { BoardThumbnail } from './BoardThumbnail.tsx';
import { forgetBoard } from './knownBoards.ts';
import { timeAgo } from './timeAgo.ts';
import type { HeldBoard } from './useHeldBoards.ts';

interface Props {
  board: HeldBoard;
  onChanged(info: BoardInfo): void;
  onGone(): void;
}

/** One board on the home page: its thumbnail, title, the role this browser's link gives, and the owner's actions. */
export function BoardCard({ board, onChanged, onGone }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const { known, link, info } = board;
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // The error as it came: worded when shown, so it follows a change of language.
  const [error, setError] = useState<unknown>(null);
  const role = info && info !== 'refused' ? info.role : link.role;
  const title = info && info !== 'refused' ? info.title : known.title;
  const shownTitle = title || t('home.board.untitled');
  const trashed = info && info !== 'refused' && info.deletedAt !== null;
  const owner = role === 'owner' && info !== 'refused';

  const act = (run: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    run()
      .catch((e: unknown) => setError(e))
      .finally(() => setBusy(false));
  };
  const forget = () => {
    forgetBoard(known.id);
    forgetLink(known.id);
    onGone();
  };

  return (
    <li className={`board-card ${trashed ? 'is-trashed' : ''}`} aria-label={shownTitle}>
      {trashed || info === 'refused' ? (
        <div className="board-card__open board-card__open--inert">
          {/* Neither a replaced link nor a board in the trash has a preview to give. */}
          <div className="board-card__thumb board-card__thumb--empty" aria-hidden="true" />
          <span className="board-link__title">{shownTitle}</span>
        </div>
      ) : (
        <a
          className="board-card__open"
          href={boardPath(known.id)}
          onClick={(e) => {
            e.preventDefault();
            navigate(boardPath(known.id));
          }}
        >
          <BoardThumbnail boardId={known.id} token={link.token} />
          <span className="board-link__title">{shownTitle}</span>
        </a>
      )}
      <p className="board-card__meta">
        <span className="board-card__role" title={roleCan(role, t)}>
          {roleName(role, t)}
        </span>
        <span>
          {info === 'refused'
            ? t('home.board.replaced')
            : trashed
              ? t('home.board.trashedSince', { when: timeAgo(info.deletedAt!, locale) })
              : t('home.board.opened', { when: timeAgo(known.lastOpened, locale) })}
        </span>
      </p>
      {renaming !== null ? (
        <form
          className="board-card__rename"
          onSubmit={(e) => {
            e.preventDefault();
            if (!renaming.trim()) return;
            act(async () => {
              onChanged(await renameBoard(known.id, link.token, renaming));
              setRenaming(null);
            });
          }}
        >
          <input className="input" aria-label={t('home.board.newTitle')} autoFocus value={renaming} maxLength={200} onChange={(e) => setRenaming(e.target.value)} />
          <button type="submit" className="button button--primary" disabled={busy || !renaming.trim()}>
            {t('home.board.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setRenaming(null)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <div className="board-card__actions">
          {info === 'refused' && (
            <button type="button" className="button button--small button--quiet" onClick={forget}>
              {t('home.board.forget')}
            </button>
          )}
          {owner && !trashed && (
            <>
              <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => setRenaming(title)}>
                {t('home.board.rename')}
              </button>
              <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => act(async () => onChanged(await trashBoard(known.id, link.token)))}>
                {t('home.board.trash')}
              </button>
            </>
          )}
          {owner && trashed && !confirmDelete && (
            <>
              <button type="button" className="button button--small" disabled={busy} onClick={() => act(async () => onChanged(await restoreBoard(known.id, link.token)))}>
                {t('home.board.restore')}
              </button>
              <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => setConfirmDelete(true)}>
                {t('home.board.deleteForGood')}
              </button>
            </>
          )}
          {owner && trashed && confirmDelete && (
            <span className="board-card__confirm" role="group" aria-label={t('home.board.deleteGroup')}>
              <span>{t('home.board.deleteWarning')}</span>
              <button
                type="button"
                className="button button--small button--danger"
                disabled={busy}
                onClick={() =>
                  act(async () => {
                    await deleteBoardForGood(known.id, link.token);
                    forget();
                  })
                }
              >
                {t('home.board.delete')}
              </button>
              <button type="button" className="button button--small button--quiet" onClick={() => setConfirmDelete(false)}>
                {t('home.board.keep')}
              </button>
            </span>
          )}
        </div>
      )}
      {error !== null && (
        <p className="board-card__error" role="alert">
          {errorText(error, t)}
        </p>
      )}
    </li>
  );
}
