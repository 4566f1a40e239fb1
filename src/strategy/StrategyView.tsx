import { useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { EditContext } from '../doc/index.ts';
import { STRATEGY_SECTIONS, type Board } from '../model/index.ts';
import { useT } from '../browser/i18n.tsx';
import { CANVAS_LAYOUT, bandLabel, phaseLabel, sectionById } from '../model/strategyLayout.ts';
import { GuidedMode } from './GuidedMode.tsx';
import { itemsBySection } from '../model/strategyItems.ts';
import { SectionPanel } from './SectionPanel.tsx';
import { useItemDrag } from './useItemDrag.ts';
import { measuresByMetric } from './MeasuredBy.tsx';
import { useItemFocus } from './useItemFocus.ts';
import { useUndoKeys } from './useUndoKeys.ts';
import './strategy.css';

interface Props {
  board: Board;
  ctx: EditContext;
  undo: Y.UndoManager;
  /** Opens the personas panel (at one persona), where the "Who" section's links lead. */
  onOpenPersona?: (personaId: string | null) => void;
}

/**
 * The Customer Experience Strategy Canvas (Cust. Core 2015) on one page: three bands, Pre-Sales
 * on the left and Post-Sales on the right, every section a live list of items.
 */
export function StrategyView({ board, ctx, undo, onOpenPersona }: Props) {
  const t = useT();
  const bySection = useMemo(() => itemsBySection(board.strategy), [board.strategy]);
  const measures = useMemo(() => measuresByMetric(board), [board]);
  const drag = useItemDrag(ctx);
  const root = useRef<HTMLDivElement>(null);
  const focus = useItemFocus(root);
  const [guideStep, setGuideStep] = useState<number | null>(null);
  useUndoKeys(undo, guideStep === null);
  const filled = STRATEGY_SECTIONS.filter((section) => bySection.has(section.id)).length;

  return (
    <div className="strategy" ref={root}>
      <div className="strategy__bar">
        <div>
          <h2 className="strategy__title">{t('strategy.page.title')}</h2>
          <p className="strategy__credit">{t('strategy.page.credit', { filled, count: STRATEGY_SECTIONS.length })}</p>
        </div>
        <button className="button button--primary" onClick={() => setGuideStep(0)}>
          {t('strategy.page.guidedMode')}
        </button>
      </div>
      <div className="strategy__phases" aria-hidden="true">
        <span>{phaseLabel('pre', t)}</span>
        <span>{phaseLabel('post', t)}</span>
      </div>
      {CANVAS_LAYOUT.map((band) => (
        <section key={band.band} className={`strategy-band strategy-band--${band.band}`} aria-label={bandLabel(band.band, t)}>
          <h2 className="strategy-band__label">{bandLabel(band.band, t)}</h2>
          <div className="strategy-band__grid">
            {band.sections.map((id) => (
              <SectionPanel key={id} section={sectionById(id)} items={bySection.get(id) ?? []} ctx={ctx} stages={board.stages} drag={drag} focus={focus} personas={board.personas} measures={measures} onOpenPersona={onOpenPersona} />
            ))}
          </div>
        </section>
      ))}
      <GuidedMode board={board} ctx={ctx} step={guideStep} onStep={setGuideStep} />
    </div>
  );
}
