import { useState } from 'react';
import { deleteBoardForGood, renameBoard, restoreBoard, trashBoard, type BoardInfo } from '../../collab/api.ts';
import { forgetLink } from '../../collab/links.ts';
import { boardPath, navigate } from '../router.ts';
import { ROLE_TEXT } from '../share/roleText.ts';
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
  const { known, link, info } = board;
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const role = info && info !== 'refused' ? info.role : link.role;
  const title = info && info !== 'refused' ? info.title : known.title;
  const trashed = info && info !== 'refused' && info.deletedAt !== null;
  const owner = role === 'owner' && info !== 'refused';

  const act = (run: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    run()
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  const forget = () => {
    forgetBoard(known.id);
    forgetLink(known.id);
    onGone();
  };

  return (
    <li className={`board-card ${trashed ? 'is-trashed' : ''}`} aria-label={title || 'Untitled board'}>
      {trashed || info === 'refused' ? (
        <div className="board-card__open board-card__open--inert">
          {/* Neither a replaced link nor a board in the trash has a preview to give. */}
          <div className="board-card__thumb board-card__thumb--empty" aria-hidden="true" />
          <span className="board-link__title">{title || 'Untitled board'}</span>
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
          <span className="board-link__title">{title || 'Untitled board'}</span>
        </a>
      )}
      <p className="board-card__meta">
        <span className="board-card__role" title={ROLE_TEXT[role].can}>
          {ROLE_TEXT[role].name}
        </span>
        <span>{info === 'refused' ? 'This link was replaced by the board’s owner' : trashed ? `In the trash since ${timeAgo(info.deletedAt!)}` : `Opened ${timeAgo(known.lastOpened)}`}</span>
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
          <input className="input" aria-label="New title" autoFocus value={renaming} maxLength={200} onChange={(e) => setRenaming(e.target.value)} />
          <button type="submit" className="button button--primary" disabled={busy || !renaming.trim()}>
            Save
          </button>
          <button type="button" className="button button--quiet" onClick={() => setRenaming(null)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="board-card__actions">
          {info === 'refused' && (
            <button type="button" className="button button--small button--quiet" onClick={forget}>
              Remove from this list
            </button>
          )}
          {owner && !trashed && (
            <>
              <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => setRenaming(title)}>
                Rename
              </button>
              <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => act(async () => onChanged(await trashBoard(known.id, link.token)))}>
                Move to trash
              </button>
            </>
          )}
          {owner && trashed && !confirmDelete && (
            <>
              <button type="button" className="button button--small" disabled={busy} onClick={() => act(async () => onChanged(await restoreBoard(known.id, link.token)))}>
                Restore
              </button>
              <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => setConfirmDelete(true)}>
                Delete for good…
              </button>
            </>
          )}
          {owner && trashed && confirmDelete && (
            <span className="board-card__confirm" role="group" aria-label="Delete for good">
              <span>Everything on it goes, for everyone.</span>
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
                Delete
              </button>
              <button type="button" className="button button--small button--quiet" onClick={() => setConfirmDelete(false)}>
                Keep
              </button>
            </span>
          )}
        </div>
      )}
      {error && (
        <p className="board-card__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
