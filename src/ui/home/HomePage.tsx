import { useState } from 'react';
import { createBoard } from '../../collab/api.ts';
import { boardPath, navigate } from '../router.ts';
import { Wordmark } from '../Wordmark.tsx';
import { loadKnownBoards } from './knownBoards.ts';
import { timeAgo } from './timeAgo.ts';
import '../styles/home.css';

export function HomePage() {
  const [boards] = useState(loadKnownBoards);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function newBoard() {
    setCreating(true);
    setError(null);
    try {
      const { id } = await createBoard();
      navigate(boardPath(id));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setCreating(false);
    }
  }

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
          <button className="button button--primary button--large" onClick={newBoard} disabled={creating}>
            {creating ? 'Creating…' : 'New board'}
          </button>
        </section>
        {error && (
          <p className="banner" role="alert">
            {error}
          </p>
        )}
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
