import { useMemo, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { rankedOpportunities, type Board, type RankBy } from '../../model/index.ts';
import { SidePanel } from '../SidePanel.tsx';
import { OpportunityMatrix } from './OpportunityMatrix.tsx';
import { RankedList } from './RankedList.tsx';
import './opportunities.css';

interface Props {
  board: Board;
  onShowCard(cardId: string): void;
  onClose(): void;
}

/**
 * The board's opportunities ranked, beside the map: the impact/effort matrix with each rated one
 * numbered by its rank, then the list in that order with its stage; a revealed dot voting round
 * can rank them first. Each follows the board as it changes; a press shows the card on the map.
 */
export function OpportunitiesPanel({ board, onShowCard, onClose }: Props) {
  const t = useT();
  const [by, setBy] = useState<RankBy>('rating');
  const ranked = useMemo(() => rankedOpportunities(board, by), [board, by]);
  const voted = ranked.some((o) => o.dots !== null);
  return (
    <SidePanel title={t('opportunities.panel.title')} closeLabel={t('opportunities.panel.close')} onClose={onClose} className="opportunities-panel">
      <p className="side-panel__note">{t('opportunities.panel.intro')}</p>
      {ranked.length === 0 ? (
        <p className="side-panel__note">{t('opportunities.panel.empty')}</p>
      ) : (
        <>
          {voted && (
            <label className="opportunities-panel__rank-by">
              {t('opportunities.rankBy')}
              <select className="input" value={by} onChange={(e) => setBy(e.target.value as RankBy)}>
                <option value="rating">{t('opportunities.rankBy.rating')}</option>
                <option value="dots">{t('opportunities.rankBy.dots')}</option>
              </select>
            </label>
          )}
          <OpportunityMatrix ranked={ranked} onShowCard={onShowCard} />
          <RankedList ranked={ranked} onShowCard={onShowCard} />
        </>
      )}
    </SidePanel>
  );
}
