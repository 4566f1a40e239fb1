import { useMemo } from 'react';
import { addCard, addLane, addStage, deleteLane, deleteStage, updateLane, updateStage, type EditContext } from '../doc/index.ts';
import { unplacedCards, type Board, type Card } from '../model/index.ts';
import { AddCard } from './AddCard.tsx';
import { CardView } from './CardView.tsx';
import { InlineText } from './InlineText.tsx';
import { UnplacedTray } from './UnplacedTray.tsx';
import './grid.css';

/** Groups cards by cell once per board snapshot, so a render is linear in the cards. */
function cardsByCell(cards: readonly Card[]): Map<string, Card[]> {
  const cells = new Map<string, Card[]>();
  for (const card of cards) {
    const key = `${card.stageId}|${card.laneId}`;
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }
  return cells;
}

/** The journey map as a grid: stages across, lanes down, cards in the cells. */
export function JourneyGrid({ board, ctx }: { board: Board; ctx: EditContext }) {
  const cells = useMemo(() => cardsByCell(board.cards), [board.cards]);
  const unplaced = useMemo(() => unplacedCards(board), [board]);
  const { stages, lanes } = board;

  if (stages.length === 0 && lanes.length === 0) {
    return (
      <section className="grid-empty">
        <h2>Start your journey map</h2>
        <p>Add the stages your customer goes through, then the lanes you want to map for each stage.</p>
        <div className="grid-empty__actions">
          <button className="button button--primary button--large" onClick={() => addStage(ctx, { title: 'Awareness' })}>
            + Add stage
          </button>
          <button className="button button--large" onClick={() => addLane(ctx, { kind: 'touchpoints' })}>
            + Add lane
          </button>
        </div>
      </section>
    );
  }

  return (
    <div className="journey">
      <div
        className="journey-grid"
        role="grid"
        aria-label="Journey map"
        style={{ gridTemplateColumns: `var(--lane-header-width) repeat(${stages.length}, var(--column-width)) auto` }}
      >
        <div className="journey-grid__corner" role="columnheader" aria-label="Lanes" />
        {stages.map((stage) => (
          <div key={stage.id} className={`stage-header tint-${stage.color}`} role="columnheader" data-stage-id={stage.id}>
            <InlineText className="stage-header__title" label="Stage title" placeholder="Untitled stage" value={stage.title} onCommit={(title) => updateStage(ctx, stage.id, { title })} />
            <InlineText className="stage-header__window" label="Time window" placeholder="Add time window" value={stage.window} onCommit={(window) => updateStage(ctx, stage.id, { window })} />
            <button className="header-delete" aria-label={`Delete stage ${stage.title}`} onClick={() => deleteStage(ctx, stage.id)}>
              ×
            </button>
          </div>
        ))}
        <button className="add-column" onClick={() => addStage(ctx, { title: `Stage ${stages.length + 1}` })}>
          + Add stage
        </button>
        {lanes.map((lane) => (
          <div key={lane.id} className="journey-grid__row" role="row">
            <div className="lane-header" role="rowheader" data-lane-id={lane.id}>
              <InlineText className="lane-header__title" label="Lane title" value={lane.title} onCommit={(title) => updateLane(ctx, lane.id, { title })} />
              <button className="header-delete" aria-label={`Delete lane ${lane.title}`} onClick={() => deleteLane(ctx, lane.id)}>
                ×
              </button>
            </div>
            {stages.map((stage) => (
              <div key={stage.id} className="cell" role="gridcell" data-cell={`${stage.id}|${lane.id}`}>
                {(cells.get(`${stage.id}|${lane.id}`) ?? []).map((card) => (
                  <CardView key={card.id} card={card} ctx={ctx} />
                ))}
                <AddCard where={`${stage.title || 'stage'} / ${lane.title}`} onAdd={(title) => addCard(ctx, { stageId: stage.id, laneId: lane.id, title })} />
              </div>
            ))}
            <div />
          </div>
        ))}
        <button className="add-row" onClick={() => addLane(ctx, { kind: 'touchpoints', title: `Lane ${lanes.length + 1}` })}>
          + Add lane
        </button>
      </div>
      {unplaced.length > 0 && <UnplacedTray cards={unplaced} board={board} ctx={ctx} />}
    </div>
  );
}
