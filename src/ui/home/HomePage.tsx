import { useState } from 'react';
import { boardPath, navigate } from '../router.ts';
import { Wordmark } from '../Wordmark.tsx';
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
          <button className="button button--primary button--large" onClick={() => setChoosing(true)}>
            New board
          </button>
        </section>
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
