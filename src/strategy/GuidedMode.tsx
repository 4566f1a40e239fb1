import * as Dialog from '@radix-ui/react-dialog';
import { useMemo, useRef, type KeyboardEvent } from 'react';
import type { EditContext } from '../doc/index.ts';
import type { Board } from '../model/index.ts';
import { useT } from '../browser/i18n.tsx';
import { bandLabel, sectionName } from '../model/strategyLayout.ts';
import { GUIDE_STEPS, NUMBERED_STEPS, clampStep } from '../model/strategyGuide.ts';
import { presentationKey } from '../model/presentation.ts';
import { itemsBySection } from '../model/strategyItems.ts';
import { SectionPanel } from './SectionPanel.tsx';
import { measuresByMetric } from './MeasuredBy.tsx';
import { useItemDrag } from './useItemDrag.ts';
import { useItemFocus } from './useItemFocus.ts';
import '../styles/dialog.css';

interface Props {
  board: Board;
  ctx: EditContext;
  /** The step shown, or null when the guide is closed. */
  step: number | null;
  onStep(step: number | null): void;
  /**
   * False for someone following a presentation of the guide: the presenter turns the pages, so
   * the buttons that would are not offered. True when not given.
   */
  turn?: boolean;
  /** A line above the step saying whose presentation this is, when it is one. */
  caption?: string;
  /** What the close button says, when closing means more than closing (ending a presentation). */
  closeLabel?: string;
}

/**
 * Walks a team through the canvas in its fill order, one step at a time, sized for a shared
 * screen: the step's sections side by side (Pre-Sales and Post-Sales), previous and next, and
 * a progress bar that also jumps to any step. The arrow keys turn the page outside a text field.
 */
export function GuidedMode({ board, ctx, step, onStep, turn = true, caption, closeLabel }: Props) {
  const t = useT();
  const index = clampStep(step ?? 0);
  const current = GUIDE_STEPS[index]!;
  const bySection = useMemo(() => itemsBySection(board.strategy), [board.strategy]);
  const measures = useMemo(() => measuresByMetric(board), [board]);
  const root = useRef<HTMLDivElement>(null);
  const focus = useItemFocus(root);
  const drag = useItemDrag(ctx);
  const last = index === GUIDE_STEPS.length - 1;
  const go = (to: number) => onStep(clampStep(to));

  const onKey = (e: KeyboardEvent) => {
    const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
    if (typing || e.altKey || e.ctrlKey || e.metaKey || !turn) return;
    // Space on a focused button presses it; it must not also turn the page.
    if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
    // The keys of a presentation of the map, clickers' Page Down and Page Up among them (Escape is the dialog's own).
    const action = presentationKey(e.key, e.shiftKey);
    if (action === 'next' && !last) go(index + 1);
    else if (action === 'previous' && index > 0) go(index - 1);
    else return;
    e.preventDefault();
  };

  const title = sectionName(current.sections[0]!, t);
  return (
    <Dialog.Root open={step !== null} onOpenChange={(open) => !open && onStep(null)}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content
          className="guide"
          ref={root}
          tabIndex={-1}
          onKeyDown={onKey}
          // The guide itself takes focus, not its first step's dot: Space would press that dot and go back to step 1.
          onOpenAutoFocus={(e) => (e.preventDefault(), root.current?.focus())}
        >
          <header className="guide__top">
            {caption && <p className="guide__caption">{caption}</p>}
            <p className="guide__count">{current.step !== null ? t('strategy.guide.step', { step: current.step, count: NUMBERED_STEPS }) : t('strategy.guide.after', { count: NUMBERED_STEPS })}</p>
            <ol className="guide__progress" aria-label={t('strategy.guide.steps')}>
              {GUIDE_STEPS.map((s, i) => (
                <li key={i}>
                  <button
                    className={`guide__dot ${i < index ? 'is-done' : ''} ${s.sections.some((sec) => bySection.has(sec.id)) ? 'is-filled' : ''}`}
                    aria-current={i === index ? 'step' : undefined}
                    aria-label={s.step !== null ? t('strategy.guide.dot', { step: s.step, name: sectionName(s.sections[0]!, t) }) : sectionName(s.sections[0]!, t)}
                    disabled={!turn}
                    onClick={() => go(i)}
                  />
                </li>
              ))}
            </ol>
            <Dialog.Close className="button">{closeLabel ?? t('strategy.guide.close')}</Dialog.Close>
          </header>
          <div className="guide__heading">
            {current.step !== null && <span className="guide__number" aria-hidden="true">{current.step}</span>}
            <div>
              <Dialog.Title className="guide__title">{title}</Dialog.Title>
              <Dialog.Description className="guide__band">
                {current.step === null ? t('strategy.guide.unnumbered', { band: bandLabel(current.sections[0]!.band, t) }) : bandLabel(current.sections[0]!.band, t)}
              </Dialog.Description>
            </div>
          </div>
          <div className="guide__sections" style={{ gridTemplateColumns: `repeat(${current.sections.length}, minmax(0, 1fr))` }}>
            {current.sections.map((section) => (
              <SectionPanel
                key={section.id}
                section={section}
                items={bySection.get(section.id) ?? []}
                ctx={ctx}
                stages={board.stages}
                drag={drag}
                focus={focus}
                large
                personas={board.personas}
                measures={measures}
              />
            ))}
          </div>
          {turn && (
            <footer className="guide__nav">
              <button className="button button--large" onClick={() => go(index - 1)} disabled={index === 0}>
                {t('strategy.guide.previous')}
              </button>
              {last ? (
                <Dialog.Close className="button button--primary button--large">{t('strategy.guide.finish')}</Dialog.Close>
              ) : (
                <button className="button button--primary button--large" onClick={() => go(index + 1)}>
                  {t('strategy.guide.next', { name: sectionName(GUIDE_STEPS[index + 1]!.sections[0]!, t) })}
                </button>
              )}
            </footer>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
