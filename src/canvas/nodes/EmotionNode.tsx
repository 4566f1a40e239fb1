import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { setEmotionScore } from '../../doc/index.ts';
import { laneName } from '../../model/laneName.ts';
import { useCanEdit, useCanvasActions } from '../canvasContext.ts';
import { FACE, mouthPath, toneOf } from '../emotionFace.ts';
import { EMOTION_CURVE, scoreY, smoothPath } from '../emotionCurve.ts';
import type { EmotionNodeData, JourneyNode } from '../layout.ts';
import { GRID } from '../metrics.ts';
import { EmotionBefore } from '../compare/EmotionBefore.tsx';

type Props = NodeProps<Extract<JourneyNode, { type: 'emotion' }>>;

const PADDING = EMOTION_CURVE.padding;
const LEVELS = [2, 1, 0, -1, -2] as const;
const LEVEL_BUTTON = 18;

/**
 * The emotion lane: a smooth curve through each stage's score with a face on each, over a green
 * band above neutral and a red one below. Each stage has a button per level to set its score.
 */
export const EmotionNode = memo(function EmotionNode({ data, width }: Props) {
  const { lane, points, persona, asIs } = data as EmotionNodeData;
  const { ctx } = useCanvasActions();
  const canEdit = useCanEdit();
  const t = useT();
  const height = GRID.emotionRowHeight;
  const scored = points.flatMap((p) => (p.score === null ? [] : [{ x: p.x, y: scoreY(p.score, height, PADDING), score: p.score }]));
  const level = (score: (typeof LEVELS)[number]) => t(`lanes.emotion.level.${score}`);
  return (
    <div className="emotion-node" data-lane-kind="emotion" role="group" aria-label={t('lanes.emotion.label', { name: laneName(lane, t) })}>
      <svg className="emotion-node__curve" width={width} height={height} aria-hidden="true">
        <line className="emotion-node__axis" x1={0} x2={width} y1={scoreY(0, height, PADDING)} y2={scoreY(0, height, PADDING)} />
        <EmotionBefore lane={lane} points={points} height={height} />
        {asIs && (
          <path
            className="emotion-node__as-is"
            d={smoothPath(points.flatMap((p) => (Object.hasOwn(asIs, p.stageId) ? [{ x: p.x, y: scoreY(asIs[p.stageId]!, height, PADDING) }] : [])))}
            style={persona ? { stroke: `var(--edge-${persona.color})` } : undefined}
          />
        )}
        {/* A persona's curve in its colour; the journey to be, dashed, over the one as it is, pale. */}
        <path className={`emotion-node__path ${lane.curve === 'toBe' ? 'is-to-be' : ''}`} d={smoothPath(scored)} style={persona ? { stroke: `var(--edge-${persona.color})` } : undefined} />
        {scored.map((p, i) => (
          <g key={i} className={`emotion-face is-${toneOf(p.score)}`} transform={`translate(${p.x} ${p.y})`}>
            <circle r={FACE.radius} strokeWidth={FACE.stroke} />
            <circle className="emotion-face__eye" cx={-FACE.eyeX} cy={FACE.eyeY} r={FACE.eye} />
            <circle className="emotion-face__eye" cx={FACE.eyeX} cy={FACE.eyeY} r={FACE.eye} />
            <path className="emotion-face__mouth" d={mouthPath(p.score)} strokeWidth={FACE.stroke} />
          </g>
        ))}
      </svg>
      {canEdit && points.map((point) => (
        <div key={point.stageId} className={`emotion-node__levels nodrag ${point.score === null ? 'is-unscored' : ''}`} style={{ left: point.x - LEVEL_BUTTON }}>
          {LEVELS.map((score) => (
            <button
              key={score}
              className={`emotion-node__level ${point.score === score ? 'is-set' : ''}`}
              style={{ top: scoreY(score, height, PADDING) - LEVEL_BUTTON / 2 }}
              aria-label={t('lanes.emotion.level', { level: level(score) })}
              aria-pressed={point.score === score}
              title={point.score === score ? t('lanes.emotion.clear') : t('lanes.emotion.setTo', { level: level(score) })}
              onClick={() => setEmotionScore(ctx, lane.id, point.stageId, point.score === score ? null : score)}
            />
          ))}
        </div>
      ))}
    </div>
  );
});
