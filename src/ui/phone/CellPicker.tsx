import { useId, type CSSProperties } from 'react';
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
 * as large chips that wrap onto as many rows as they need (no sideways scrolling at 360 px).
 */
export function CellPicker({ stages, lanes, stageId, laneId, presentedStageId, onPickStage, onPickLane }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="phone-picker">
      <fieldset className="phone-picker__group">
        <legend className="phone-picker__legend">{t('phone.stage')}</legend>
        <div className="phone-picker__chips">
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
        <div className="phone-picker__chips">
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
