import { useT } from '../browser/i18n.tsx';
import { deleteCards, may, moveCard, type EditContext } from '../doc/index.ts';
import type { Board, Card } from '../model/index.ts';
import { PALETTE_MIME } from './palette.ts';

/**
 * Cards whose stage or lane someone deleted while the card was being added or moved. They are
 * kept here until someone drags them back into a cell (or places them in the first one).
 */
export function UnplacedTray({ cards, board, ctx }: { cards: Card[]; board: Board; ctx: EditContext }) {
  const t = useT();
  const stage = board.stages[0];
  const lane = board.lanes.find((l) => l.kind !== 'emotion');
  return (
    <section className="unplaced" aria-label={t('canvas.unplaced.region')}>
      <h2 className="unplaced__title">{t('canvas.unplaced.title', { count: cards.length })}</h2>
      <p className="unplaced__hint">{t('canvas.unplaced.hint')}</p>
      <ul className="unplaced__list">
        {cards.map((card) => (
          <li
            key={card.id}
            className={`unplaced__card tint-${card.color}`}
            draggable={may(ctx, 'edit')}
            aria-label={t('canvas.unplaced.card', { title: card.title || t('canvas.unplaced.untitled') })}
            onDragStart={(e) => {
              e.dataTransfer.setData(PALETTE_MIME, JSON.stringify({ kind: 'place', cardId: card.id }));
              // The canvas answers every palette drag with dropEffect 'copy'; 'copyMove' lets it accept this one.
              e.dataTransfer.effectAllowed = 'copyMove';
            }}
          >
            <span className="unplaced__text">{card.title || t('canvas.card.untitled')}</span>
            {may(ctx, 'edit') && <span className="unplaced__actions">
              {stage && lane && (
                <button className="button button--small" onClick={() => moveCard(ctx, card.id, { stageId: stage.id, laneId: lane.id })}>
                  {t('canvas.unplaced.place', { stage: stage.title || t('canvas.unplaced.firstStage') })}
                </button>
              )}
              <button className="button button--small button--quiet" aria-label={t('canvas.unplaced.deleteNamed', { title: card.title || t('canvas.unplaced.card.generic') })} onClick={() => deleteCards(ctx, [card.id])}>
                {t('canvas.unplaced.delete')}
              </button>
            </span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
