import type { LaneKind } from '../../model/index.ts';
import { LANE_LOOKS } from '../laneLook.ts';

/** A lane kind's icon, drawn in the current colour (lanes.css gives it the lane's accent). */
export function LaneIcon({ kind, className }: { kind: LaneKind; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <path d={LANE_LOOKS[kind].icon} />
    </svg>
  );
}
