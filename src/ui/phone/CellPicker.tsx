import { useEffect, useId, useRef, type CSSProperties } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { Lane, Stage } from '../../model/index.ts';
import { laneName } from '../../model/laneName.ts';
import { stageName } from './stageName.ts';

interface Props {
  stages: Stage[];
  lanes: Lane[];
  stageId: string;
  laneId: string;
  /** The stage the facilitator presents, marked among the others; null when none is. */
  presentedStageId: string | null;
  onPickStage(id: string): void;
  onPickLane(id: string): void;
}

/**
 * Which cell of the map the phone works in: a stage and a lane, each a set of radio buttons drawn
 * as large chips in a strip that scrolls sideways, one row each, so the cell's cards show
 * beneath them without scrolling the page. The picked chip is kept in sight.
 */
export function CellPicker({ stages, lanes, stageId, laneId, presentedStageId, onPickStage, onPickLane }: Props) {
  const t = useT();
  const id = useId();
  const stageStrip = useKeptInSight(stageId);
  const laneStrip = useKeptInSight(laneId);
  return (
    <div className="phone-picker">
      <fieldset className="phone-picker__group">
        <legend className="phone-picker__legend">{t('phone.stage')}</legend>
        <div className="phone-picker__strip" ref={stageStrip}>
          {stages.map((stage, index) => (
            <label key={stage.id} className="phone-chip" style={{ '--stage-edge': `var(--edge-${stage.color})` } as CSSProperties}>
              <input type="radio" name={`${id}-stage`} value={stage.id} checked={stage.id === stageId} onChange={() => onPickStage(stage.id)} />
              <span className="phone-chip__swatch" aria-hidden="true" />
              <span className="phone-chip__text">{stageName(stage, index, t)}</span>
              {stage.id === presentedStageId && <span className="phone-chip__live" aria-hidden="true" title={t('phone.presenting.here')} />}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="phone-picker__group">
        <legend className="phone-picker__legend">{t('phone.lane')}</legend>
        <div className="phone-picker__strip" ref={laneStrip}>
          {lanes.map((lane) => (
            <label key={lane.id} className="phone-chip phone-chip--lane">
              <input type="radio" name={`${id}-lane`} value={lane.id} checked={lane.id === laneId} onChange={() => onPickLane(lane.id)} />
              <span className="phone-chip__text">{laneName(lane, t)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * Scrolls a strip sideways so its checked chip shows whole, whenever the pick changes (by a tap,
 * by "Go to this stage", or because the picked one was deleted). Only the strip scrolls: the
 * page stays where the person has it.
 */
function useKeptInSight(pickedId: string) {
  const strip = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = strip.current;
    const chip = box?.querySelector('input:checked')?.closest('label');
    if (!box || !chip) return;
    const inset = parseFloat(getComputedStyle(box).paddingLeft) || 0;
    const left = chip.offsetLeft - box.offsetLeft;
    const right = left + chip.offsetWidth;
    if (left - inset < box.scrollLeft) box.scrollLeft = left - inset;
    else if (right + inset > box.scrollLeft + box.clientWidth) box.scrollLeft = right + inset - box.clientWidth;
  }, [pickedId]);
  return strip;
}
