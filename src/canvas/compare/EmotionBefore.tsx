import { useContext } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { ChangesContext } from '../../browser/changesContext.ts';
import { FACE } from '../emotionFace.ts';
import { EMOTION_CURVE, scoreY, smoothPath } from '../emotionCurve.ts';
import type { EmotionNodeData } from '../layout.ts';
import './compare.css';

/**
 * While two states are compared, an emotion lane's curve as it was, dashed under the curve as
 * it is, and beside each stage whose score changed, by how much. Nothing for a lane whose
 * curve did not change.
 */
export function EmotionBefore({ lane, points, height }: Pick<EmotionNodeData, 'lane' | 'points'> & { height: number }) {
  const t = useT();
  const before = useContext(ChangesContext)?.scoresBefore.get(lane.id);
  if (!before) return null;
  const y = (score: number) => scoreY(score, height, EMOTION_CURVE.padding);
  const was = points.flatMap((p) => (before[p.stageId] === undefined ? [] : [{ x: p.x, y: y(before[p.stageId]!), stageId: p.stageId }]));
  return (
    <g className="emotion-node__before-curve" aria-label={t('history.emotion.before')}>
      <path className="emotion-node__before" d={smoothPath(was)} />
      {was.map((p) => (
        <circle key={p.stageId} className="emotion-node__before-point" cx={p.x} cy={p.y} r={4} />
      ))}
      {points.map((p) => {
        const old = before[p.stageId];
        // A score set or cleared has no difference to show: its point, or the dashed one, says it.
        if (old === undefined || p.score === null || old === p.score) return null;
        const delta = p.score - old;
        return (
          <text key={p.stageId} className={`emotion-delta ${delta > 0 ? 'is-up' : 'is-down'}`} x={p.x + FACE.radius + 6} y={y(p.score) - FACE.radius + 2} data-stage-id={p.stageId}>
            {delta > 0 ? `+${delta}` : `${delta}`}
          </text>
        );
      })}
    </g>
  );
}
