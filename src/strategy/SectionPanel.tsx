import { useRef, type ReactNode } from 'react';
import { addStrategyItem, deleteStrategyItem, may, type EditContext } from '../doc/index.ts';
import { isMetricSection, type Persona, type Stage, type StrategyItem, type StrategySection } from '../model/index.ts';
import { useT } from '../browser/i18n.tsx';
import { phaseLabel, sectionLabel, sectionPrompt, sectionTitle } from '../model/strategyLayout.ts';
import { ItemRow } from './ItemRow.tsx';
import type { ItemDrag } from './useItemDrag.ts';
import { useScrollCue } from './useScrollCue.ts';
import { WhoPersonas } from './WhoPersonas.tsx';
import type { LinkedMeasure } from './MeasuredBy.tsx';

export interface ItemFocus {
  /** Puts the caret in an item's text once it is on screen (a new item, or one that moved). */
  request(itemId: string): void;
}

interface Props {
  section: StrategySection;
  items: readonly StrategyItem[];
  ctx: EditContext;
  stages: readonly Stage[];
  drag: ItemDrag;
  focus: ItemFocus;
  /** The guided mode's larger panel, for a shared screen. */
  large?: boolean;
  /** The board's personas, which the "Who" section lists. */
  personas?: readonly Persona[];
  /** The map's measures linked to each metric, by its id. */
  measures?: ReadonlyMap<string, readonly LinkedMeasure[]>;
  onOpenPersona?: (personaId: string | null) => void;
}

/** One section of the canvas: its fill-order number, name, prompt, and its list of items. */
export function SectionPanel({ section, items, ctx, stages, drag, focus, large = false, personas = [], measures, onOpenPersona }: Props) {
  const t = useT();
  const list = useRef<HTMLUListElement>(null);
  useScrollCue(list);
  const add = (index?: number) => {
    const id = addStrategyItem(ctx, section.id, '', index);
    if (id) focus.request(id);
  };
  const removeEmpty = (index: number) => {
    const item = items[index];
    if (!item) return;
    deleteStrategyItem(ctx, item.id);
    const neighbour = items[index - 1] ?? items[index + 1];
    if (neighbour) focus.request(neighbour.id);
  };

  // The drop line counts the items other than the dragged one, as the move will.
  const dropAt = drag.target?.sectionId === section.id ? drag.target.index : null;
  const rows: ReactNode[] = [];
  let others = 0;
  items.forEach((item, index) => {
    if (item.id !== drag.draggingId) {
      if (dropAt === others) rows.push(<li key="drop" className="strategy-drop-line" aria-hidden="true" />);
      others++;
    }
    rows.push(
      <ItemRow
        key={item.id}
        item={item}
        index={index}
        count={items.length}
        section={section}
        ctx={ctx}
        stages={stages}
        measures={isMetricSection(section.id) ? measures?.get(item.id) : undefined}
        drag={drag}
        onAddAfter={(i) => add(i + 1)}
        onRemoveEmpty={removeEmpty}
        onMoved={focus.request}
      />,
    );
  });
  if (dropAt !== null && dropAt >= others) rows.push(<li key="drop" className="strategy-drop-line" aria-hidden="true" />);

  const phase = section.phase === 'both' ? null : phaseLabel(section.phase, t);
  const name = sectionLabel(section, t);
  return (
    <section
      className={`strategy-section strategy-section--${section.band} ${large ? 'strategy-section--large' : ''} ${dropAt !== null ? 'is-drop-target' : ''}`}
      aria-label={section.step ? `${section.step}. ${name}` : name}
      data-section={section.id}
    >
      <header className="strategy-section__head">
        {section.step !== null && (
          <span className="strategy-section__step" aria-hidden="true">
            {section.step}
          </span>
        )}
        <h3 className="strategy-section__title">{sectionTitle(section, t)}</h3>
        {phase && <span className="strategy-section__phase">{phase}</span>}
      </header>
      <p className="strategy-section__prompt">{sectionPrompt(section, t)}</p>
      <ul ref={list} className="strategy-section__items" {...(may(ctx, 'edit') ? drag.listHandlers(section.id) : {})}>
        {rows}
        {large && items.length === 0 && <li className="strategy-section__empty">{t(may(ctx, 'edit') ? 'strategy.section.emptyEditable' : 'strategy.section.empty')}</li>}
      </ul>
      {section.id === 'who' && <WhoPersonas personas={personas} onOpen={onOpenPersona} />}
      {may(ctx, 'edit') && (
        <button className="strategy-section__add" onClick={() => add()} aria-label={t('strategy.section.addLabel', { name })}>
          {t('strategy.section.add')}
        </button>
      )}
    </section>
  );
}
