import { useT } from '../../browser/i18n.tsx';
import { ratingText, type Opportunity } from '../../model/index.ts';

/** The opportunities in rank order: number, title, stage, rating and quadrant, dots when a round was revealed. */
export function RankedList({ ranked, onShowCard }: { ranked: readonly Opportunity[]; onShowCard(cardId: string): void }) {
  const t = useT();
  return (
    <ol className="ranked-opportunities" aria-label={t('opportunities.list.label')}>
      {ranked.map((o, i) => {
        const title = o.card.title.trim() || t('lanes.card.untitled');
        return (
          <li key={o.card.id} className="ranked-opportunities__item">
            <button type="button" className="ranked-opportunities__show" aria-label={t('opportunities.list.show', { title })} onClick={() => onShowCard(o.card.id)}>
              <span className={`ranked-opportunities__rank ${o.quadrant ? `is-${o.quadrant}` : 'is-unrated'}`} aria-hidden="true">
                {i + 1}
              </span>
              <span className="ranked-opportunities__what">
                <span className="ranked-opportunities__title">{title}</span>
                <span className="ranked-opportunities__facts">
                  {[
                    o.stage.title.trim() || t('strategy.item.untitledStage'),
                    ratingText(o, t),
                    o.dots !== null ? t('opportunities.list.dots', { count: o.dots }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
