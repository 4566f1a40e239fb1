import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { setEmotionScore } from '../../doc/index.ts';
import { useCanEdit, useCanvasActions } from '../canvasContext.ts';
import { EMOTION_CURVE, scoreY, smoothPath } from '../emotionCurve.ts';
import type { EmotionNodeData, JourneyNode } from '../layout.ts';
import { GRID } from '../metrics.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'emotion' }>>;

const PADDING = EMOTION_CURVE.padding;
const LEVELS = [2, 1, 0, -1, -2];
const LEVEL_NAMES: Record<number, string> = { 2: 'very positive', 1: 'positive', 0: 'neutral', [-1]: 'negative', [-2]: 'very negative' };

/** The emotion lane: a smooth curve through each stage's score, with the scores editable. */
export const EmotionNode = memo(function EmotionNode({ data, width }: Props) {
  const { lane, points } = data as EmotionNodeData;
  const { ctx } = useCanvasActions();
  const canEdit = useCanEdit();
  const height = GRID.emotionRowHeight;
  const scored = points.filter((p) => p.score !== null).map((p) => ({ x: p.x, y: scoreY(p.score!, height, PADDING) }));
  return (
    <div className="emotion-node" role="group" aria-label={`${lane.title}: emotion curve`}>
      <svg className="emotion-node__curve" width={width} height={height} aria-hidden="true">
        <line className="emotion-node__axis" x1={0} x2={width} y1={scoreY(0, height, PADDING)} y2={scoreY(0, height, PADDING)} />
        <path className="emotion-node__path" d={smoothPath(scored)} />
        {scored.map((p, i) => <circle key={i} className="emotion-node__point" cx={p.x} cy={p.y} r={EMOTION_CURVE.point} />)}
      </svg>
      {canEdit && points.map((point) => (
        <div key={point.stageId} className="emotion-node__levels nodrag" style={{ left: point.x - 18 }}>
          {LEVELS.map((level) => (
            <button
              key={level}
              className={`emotion-node__level ${point.score === level ? 'is-set' : ''}`}
              style={{ top: scoreY(level, height, PADDING) - 9 }}
              aria-label={`Emotion ${LEVEL_NAMES[level]}`}
              aria-pressed={point.score === level}
              title={point.score === level ? 'Clear the score' : `Set to ${LEVEL_NAMES[level]}`}
              onClick={() => setEmotionScore(ctx, lane.id, point.stageId, point.score === level ? null : level)}
            />
          ))}
        </div>
      ))}
    </div>
  );
});
