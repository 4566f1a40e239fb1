import type { CSSProperties } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { LANE_LOOKS } from '../../canvas/laneLook.ts';
import { GRID, NOTE as NOTE_SIZE } from '../../canvas/metrics.ts';
import type { Board, Card, Lane, Note, Stage } from '../../model/index.ts';
import { laneName } from '../../model/laneName.ts';
import type { PresentSizes } from './presentSizes.ts';

/** The lanes that hold cards in this stage, each with its cards in order (the emotion lane draws a curve, not cards). */
export function lanesOfStage(board: Pick<Board, 'lanes' | 'cards'>, stageId: string): { lane: Lane; cards: Card[] }[] {
  return board.lanes
    .filter((lane) => lane.kind !== 'emotion')
    .map((lane) => ({ lane, cards: board.cards.filter((c) => c.stageId === stageId && c.laneId === lane.id) }))
    .filter((row) => row.cards.length > 0);
}

/** The sticky notes whose middle lies over the stage's column of the map. */
export function notesOfStage(notes: readonly Note[], stageIndex: number): Note[] {
  const left = GRID.laneHeaderWidth + GRID.gap + stageIndex * (GRID.columnWidth + GRID.gap);
  return notes.filter((note) => note.text.trim() !== '' && note.x + NOTE_SIZE.width / 2 >= left && note.x + NOTE_SIZE.width / 2 < left + GRID.columnWidth + GRID.gap);
}

interface Props {
  stage: Stage;
  lanes: { lane: Lane; cards: Card[] }[];
  notes: Note[];
  sizes: PresentSizes;
}

/** One stage of the map in large type: its header, then its cards lane by lane, its notes beside. */
export function PresentedStage({ stage, lanes, notes, sizes }: Props) {
  const t = useT();
  const style = {
    '--present-card-title': `${sizes.cardTitle}px`,
    '--present-card-body': `${sizes.cardBody}px`,
    '--present-stage-title': `${sizes.stageTitle}px`,
    '--present-stage-text': `${sizes.stageText}px`,
    '--present-lane-name': `${sizes.laneName}px`,
    '--present-body-lines': sizes.bodyLines,
    '--present-card-min': `${sizes.cardMinWidth}px`,
    '--present-lane-column': `${sizes.laneColumn}px`,
    '--present-gutter': `${sizes.gutter}px`,
    '--present-stage-edge': `var(--edge-${stage.color})`,
  } as CSSProperties;
  return (
    <section className="present-stage" style={style} aria-labelledby="present-stage-title">
      <header className="present-stage__head">
        {stage.window && <p className="present-stage__window">{stage.window}</p>}
        <h1 className="present-stage__title" id="present-stage-title">
          {stage.title || t('lanes.stage.untitled')}
        </h1>
        {stage.description && <p className="present-stage__description">{stage.description}</p>}
      </header>
      <div className="present-stage__body">
        {lanes.length === 0 ? (
          <p className="present-stage__empty">{t('present.emptyStage')}</p>
        ) : (
          <div className="present-stage__lanes">
            {lanes.map(({ lane, cards }) => (
              <section key={lane.id} className="present-lane" style={{ '--present-lane-accent': `var(${LANE_LOOKS[lane.kind].accent})` } as CSSProperties} aria-label={laneName(lane, t)}>
                <h2 className="present-lane__name">{laneName(lane, t)}</h2>
                <ul className="present-lane__cards">
                  {cards.map((card) => (
                    <li key={card.id} className={`present-card tint-${card.color}`} data-testid="present-card">
                      <p className="present-card__title">{card.title || t('lanes.card.untitled')}</p>
                      {card.body && <p className="present-card__body">{card.body}</p>}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
        {notes.length > 0 && (
          <aside className="present-notes" aria-label={t('present.notes')}>
            {notes.map((note) => (
              <div key={note.id} className={`present-note tint-${note.color}`}>
                <p className="present-note__text">{note.text}</p>
              </div>
            ))}
          </aside>
        )}
      </div>
    </section>
  );
}
