import { useState } from 'react';
import { adminToken, holdAdminToken, tokenInFragment } from '../../collab/links.ts';
import { Wordmark } from '../Wordmark.tsx';
import { requestOpenFile } from '../FileDropImport.tsx';
import { BoardCard } from './BoardCard.tsx';
import { TemplateGallery } from './TemplateGallery.tsx';
import { useHeldBoards } from './useHeldBoards.ts';
import '../../styles/home.css';

/**
 * The server's admin link opens the home page (`/#admin=…`): this browser keeps it to manage
 * the team's templates, and the address bar loses it.
 */
function takeAdminLink(): boolean {
  const token = tokenInFragment(window.location.hash, 'admin');
  if (token === null) return false;
  holdAdminToken(token);
  window.history.replaceState(window.history.state, '', window.location.pathname);
  return true;
}

export function HomePage() {
  const [tookAdmin] = useState(takeAdminLink);
  const { boards, reload, replace } = useHeldBoards();
  const [choosing, setChoosing] = useState(false);
  const [showTrash, setShowTrash] = useState(false);
  const inTrash = boards.filter((b) => b.info && b.info !== 'refused' && b.info.deletedAt !== null);
  const shown = showTrash ? inTrash : boards.filter((b) => !inTrash.includes(b));

  return (
    <div className="home">
      <header className="home__bar">
        <Wordmark />
      </header>
      <main className="home__main">
        <section className="home__intro">
          <div>
            <h1>Your boards</h1>
            <p>Map your customer's journey and fill out the strategy canvas together, live.</p>
          </div>
          <div className="home__actions">
            <label className="button button--large">
              Open a file…
              <input
                className="visually-hidden"
                type="file"
                accept=".json,application/json"
                aria-describedby="import-hint"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) requestOpenFile(file);
                }}
              />
            </label>
            <button className="button button--primary button--large" onClick={() => setChoosing(true)}>
              New board
            </button>
          </div>
        </section>
        <p id="import-hint" className="home__hint">
          A Journeyboard file (.json) opens as a new board; you can also drop one anywhere on this page.
        </p>
        <TemplateGallery open={choosing} onClose={() => setChoosing(false)} />
        {tookAdmin && (
          <p className="banner banner--info" role="status">
            This browser now holds the admin link: it manages your team’s templates.
          </p>
        )}
        {boards.length === 0 ? (
          <section className="home__empty">
            <h2>No boards yet</h2>
            <p>Start a new board, then share it from the board’s Share button: each link says whether its holder can edit, comment or only view.</p>
          </section>
        ) : (
          <>
            <div className="home__tabs" role="group" aria-label="Which boards">
              <button type="button" className={`button button--small ${showTrash ? 'button--quiet' : ''}`} aria-pressed={!showTrash} onClick={() => setShowTrash(false)}>
                Boards
              </button>
              <button type="button" className={`button button--small ${showTrash ? '' : 'button--quiet'}`} aria-pressed={showTrash} onClick={() => setShowTrash(true)}>
                Trash · {inTrash.length}
              </button>
              {adminToken() !== null && <span className="home__admin">Admin link held: team templates are yours to manage</span>}
            </div>
            {shown.length === 0 ? (
              <p className="home__none">{showTrash ? 'The trash is empty.' : 'Every board this browser holds is in the trash.'}</p>
            ) : (
              <ul className="home__list" aria-label={showTrash ? 'Boards in the trash' : 'Boards this browser holds links for'}>
                {shown.map((board) => (
                  <BoardCard key={board.known.id} board={board} onChanged={(info) => replace(board.known.id, info)} onGone={reload} />
                ))}
              </ul>
            )}
          </>
        )}
      </main>
    </div>
  );
}
