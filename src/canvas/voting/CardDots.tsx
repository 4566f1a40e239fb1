import { useContext, useSyncExternalStore, type SyntheticEvent } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { CardVotingContext } from './CardVotingProvider.tsx';
import './cardDots.css';

/** Dots drawn one by one up to this many; the count says the rest. */
const SHOWN_DOTS = 10;

const noSubscription = () => () => {};
const noView = () => null;

/** Keeps a click on the row from dragging the card or opening its title for editing. */
const stop = (event: SyntheticEvent) => event.stopPropagation();

/**
 * The row at the foot of a card in the dot voting round on screen (the layout keeps room for
 * it). While the round is open a person sees only their own dots there: the hollow button
 * places one, a dot of theirs takes it back. Once revealed, everyone sees the card's count.
 */
export function CardDots({ cardId, title }: { cardId: string; title: string }) {
  const t = useT();
  const store = useContext(CardVotingContext);
  const view = useSyncExternalStore(store?.subscribe ?? noSubscription, store ? () => store.view(cardId) : noView);
  if (!view || !store || (view.phase === 'open' && !view.canVote)) return <div className="card-dots" aria-hidden="true" />;

  if (view.phase === 'revealed') {
    return (
      <div className={`card-dots card-dots--revealed ${view.total === 0 ? 'is-none' : ''}`} data-testid="card-dots" data-dots={view.total}>
        <span className="card-dots__pips" aria-hidden="true">
          {Array.from({ length: Math.min(view.total, SHOWN_DOTS) }, (_, i) => (
            <span key={i} className="card-dots__pip" />
          ))}
        </span>
        <span className="card-dots__count">{t('voting.dot.count', { count: view.total })}</span>
      </div>
    );
  }

  return (
    <div className="card-dots nodrag nopan" data-testid="card-dots" data-mine={view.mine} onDoubleClick={stop} onKeyDown={stop}>
      <button
        type="button"
        className="card-dots__add"
        aria-label={t('voting.dot.addTo', { title })}
        title={t(!view.online ? 'voting.dot.offline' : view.mayAdd ? 'voting.dot.add' : 'voting.dot.none')}
        disabled={!view.mayAdd || !view.online}
        onClick={() => store.place(cardId)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 4v8M4 8h8" />
        </svg>
      </button>
      {Array.from({ length: view.mine }, (_, i) => (
        <button key={i} type="button" className="card-dots__mine" aria-label={t('voting.dot.removeFrom', { title })} title={t(view.online ? 'voting.dot.remove' : 'voting.dot.offline')} disabled={!view.online} onClick={() => store.takeBack(cardId)}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M5 8h6" />
          </svg>
        </button>
      ))}
    </div>
  );
}
