import { boardPath, navigate, type BoardViewName } from '../router.ts';

const VIEWS: { view: BoardViewName; label: string }[] = [
  { view: 'map', label: 'Journey map' },
  { view: 'strategy', label: 'Strategy canvas' },
];

/** Switches between the board's two views: links, so each view has an address to share. */
export function ViewSwitch({ boardId, current }: { boardId: string; current: BoardViewName }) {
  return (
    <nav className="view-switch" aria-label="Board views">
      {VIEWS.map(({ view, label }) => (
        <a
          key={view}
          className="view-switch__link"
          href={boardPath(boardId, view)}
          aria-current={view === current ? 'page' : undefined}
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            navigate(boardPath(boardId, view));
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
