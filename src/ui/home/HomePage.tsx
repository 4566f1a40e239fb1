import { useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { adminToken, holdAdminToken, tokenInFragment } from '../../collab/links.ts';
import { LanguageSwitch } from '../LanguageSwitch.tsx';
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
  const t = useT();
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
        <LanguageSwitch />
      </header>
      <main className="home__main">
        <section className="home__intro">
          <div>
            <h1>{t('home.title')}</h1>
            <p>{t('home.lede')}</p>
          </div>
          <div className="home__actions">
            <label className="button button--large">
              {t('home.openFile')}
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
              {t('home.newBoard')}
            </button>
          </div>
        </section>
        <p id="import-hint" className="home__hint">
          {t('home.importHint')}
        </p>
        <TemplateGallery open={choosing} onClose={() => setChoosing(false)} />
        {tookAdmin && (
          <p className="banner banner--info" role="status">
            {t('home.adminTaken')}
          </p>
        )}
        {boards.length === 0 ? (
          <section className="home__empty">
            <h2>{t('home.empty.title')}</h2>
            <p>{t('home.empty.text')}</p>
          </section>
        ) : (
          <>
            <div className="home__tabs" role="group" aria-label={t('home.tabs')}>
              <button type="button" className={`button button--small ${showTrash ? 'button--quiet' : ''}`} aria-pressed={!showTrash} onClick={() => setShowTrash(false)}>
                {t('home.tab.boards')}
              </button>
              <button type="button" className={`button button--small ${showTrash ? '' : 'button--quiet'}`} aria-pressed={showTrash} onClick={() => setShowTrash(true)}>
                {t('home.tab.trash', { count: inTrash.length })}
              </button>
              {adminToken() !== null && <span className="home__admin">{t('home.adminHeld')}</span>}
            </div>
            {shown.length === 0 ? (
              <p className="home__none">{showTrash ? t('home.trashEmpty') : t('home.allInTrash')}</p>
            ) : (
              <ul className="home__list" aria-label={showTrash ? t('home.list.trash') : t('home.list.held')}>
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
