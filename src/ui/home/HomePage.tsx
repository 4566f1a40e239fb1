import { useState } from 'react';
import { boardPath, navigate } from '../router.ts';
import { Wordmark } from '../Wordmark.tsx';
import { requestOpenFile } from '../FileDropImport.tsx';
import { loadKnownBoards } from './knownBoards.ts';
import { TemplateGallery } from './TemplateGallery.tsx';
import { timeAgo } from './timeAgo.ts';
import '../styles/home.css';

export function HomePage() {
  const [boards] = useState(loadKnownBoards);
  const [choosing, setChoosing] = useState(false);

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
        {boards.length === 0 ? (
          <section className="home__empty">
            <h2>No boards yet</h2>
            <p>Start a new board, then share its address: everyone who opens it edits the same map, live.</p>
          </section>
        ) : (
          <ul className="home__list" aria-label="Boards opened in this browser">
            {boards.map((board) => (
              <li key={board.id}>
                <a
                  className="board-link"
                  href={boardPath(board.id)}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(boardPath(board.id));
                  }}
                >
                  <span className="board-link__title">{board.title || 'Untitled board'}</span>
                  <span className="board-link__meta">Opened {timeAgo(board.lastOpened)}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
