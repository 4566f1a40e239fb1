import { useT } from '../../browser/i18n.tsx';
import { RATING_MAX, RATING_MIN, opportunityMatrix, quadrantOf, type Opportunity } from '../../model/index.ts';

/** The dots a cell has room for; past them, the last place says how many more (the list has them all). */
const CELL_ROOM = 4;
const LEVELS = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

/**
 * Impact up, effort across, 1 to 5 each: every rated opportunity a numbered dot in its cell (its
 * rank in the list below), the cells tinted by quadrant, the quadrants named in their corners.
 */
export function OpportunityMatrix({ ranked, onShowCard }: { ranked: readonly Opportunity[]; onShowCard(cardId: string): void }) {
  const t = useT();
  const rank = new Map(ranked.map((o, i) => [o.card.id, i + 1]));
  const cells = opportunityMatrix(ranked);
  const untitled = t('lanes.card.untitled');
  return (
    <figure className="opportunity-matrix" aria-label={t('opportunities.matrix.label')}>
      <span className="opportunity-matrix__axis opportunity-matrix__axis--impact" aria-hidden="true">
        {t('opportunities.matrix.impact')} →
      </span>
      <div className="opportunity-matrix__grid" role="grid">
        {cells.map((row, r) => (
          <div key={r} role="row" className="opportunity-matrix__row">
            {row.map((here, c) => {
              const impact = RATING_MAX - r;
              const effort = RATING_MIN + c;
              return (
                <div
                  key={c}
                  role="gridcell"
                  className={`opportunity-matrix__cell is-${quadrantOf(impact, effort)}`}
                  aria-label={here.length ? t('opportunities.matrix.cell', { impact, effort, titles: here.map((o) => o.card.title.trim() || untitled).join(', ') }) : undefined}
                >
                  {(here.length > CELL_ROOM ? here.slice(0, CELL_ROOM - 1) : here).map((o) => (
                    <button key={o.card.id} type="button" className="opportunity-matrix__dot" title={o.card.title.trim() || untitled} aria-label={t('opportunities.list.show', { title: o.card.title.trim() || untitled })} onClick={() => onShowCard(o.card.id)}>
                      {rank.get(o.card.id)}
                    </button>
                  ))}
                  {here.length > CELL_ROOM && <span className="opportunity-matrix__more">+{here.length - CELL_ROOM + 1}</span>}
                </div>
              );
            })}
          </div>
        ))}
        <span className="opportunity-matrix__quadrant opportunity-matrix__quadrant--quickWin" aria-hidden="true">{t('opportunities.quadrant.quickWin')}</span>
        <span className="opportunity-matrix__quadrant opportunity-matrix__quadrant--bigBet" aria-hidden="true">{t('opportunities.quadrant.bigBet')}</span>
        <span className="opportunity-matrix__quadrant opportunity-matrix__quadrant--fillIn" aria-hidden="true">{t('opportunities.quadrant.fillIn')}</span>
        <span className="opportunity-matrix__quadrant opportunity-matrix__quadrant--moneyPit" aria-hidden="true">{t('opportunities.quadrant.moneyPit')}</span>
      </div>
      <div className="opportunity-matrix__ticks" aria-hidden="true">
        {LEVELS.map((level) => (
          <span key={level}>{level}</span>
        ))}
      </div>
      <figcaption className="opportunity-matrix__axis opportunity-matrix__axis--effort" aria-hidden="true">
        {t('opportunities.matrix.effort')} →
      </figcaption>
    </figure>
  );
}
