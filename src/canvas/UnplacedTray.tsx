import { moveCard, type EditContext } from '../doc/index.ts';
import type { Board, Card } from '../model/index.ts';
import { CardView } from './CardView.tsx';

/**
 * Cards whose stage or lane someone deleted while the card was being added or moved. They are
 * kept here until someone places them in a cell (or deletes them).
 */
export function UnplacedTray({ cards, board, ctx }: { cards: Card[]; board: Board; ctx: EditContext }) {
  const first = { stage: board.stages[0], lane: board.lanes[0] };
  return (
    <section className="unplaced" aria-label="Unplaced cards">
      <h2>Unplaced cards</h2>
      <p>Their stage or lane was deleted while they were being edited. Place them again or delete them.</p>
      <div className="unplaced__cards">
        {cards.map((card) => (
          <div key={card.id} className="unplaced__item">
            <CardView card={card} ctx={ctx} />
            {first.stage && first.lane && (
              <button
                className="button button--small"
                onClick={() => moveCard(ctx, card.id, { stageId: first.stage!.id, laneId: first.lane!.id })}
              >
                Place in {first.stage.title || 'first stage'} / {first.lane.title}
              </button>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
