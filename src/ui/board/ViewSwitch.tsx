import { useT } from '../../browser/i18n.tsx';
import type { MessageId } from '../../i18n/index.ts';
import { boardPath, navigate, type BoardViewName } from '../router.ts';

const VIEWS: { view: BoardViewName; label: MessageId; short: MessageId }[] = [
  { view: 'map', label: 'board.view.map', short: 'board.view.mapShort' },
  { view: 'strategy', label: 'board.view.strategy', short: 'board.view.strategyShort' },
];

/** Switches between the board's two views: links, so each view has an address to share. */
export function ViewSwitch({ boardId, current }: { boardId: string; current: BoardViewName }) {
  const t = useT();
  return (
    <nav className="view-switch" aria-label={t('board.view.label')}>
      {VIEWS.map(({ view, label, short }) => (
        <a
          key={view}
          className="view-switch__link"
          href={boardPath(boardId, view)}
          aria-current={view === current ? 'page' : undefined}
          aria-label={t(label)}
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            navigate(boardPath(boardId, view));
          }}
        >
          {/* A laptop's header shows the short name (board.css), which leaves its title the room. */}
          <span className="view-switch__long">{t(label)}</span>
          <span className="view-switch__short">{t(short)}</span>
        </a>
      ))}
    </nav>
  );
}
