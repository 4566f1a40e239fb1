import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, useStoreApi, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { rootToken } from '../../browser/cssToken.ts';
import { CONNECTOR_STYLE, type ConnectorEdge } from '../layout.ts';
import { arrowPath } from './route.ts';
import './connectors.css';

const near = (a: number, b: number) => Math.abs(a - b) < 0.5;

/**
 * A connector: the route the layout found through the grid's gaps (route.ts), with an arrow at
 * its end and its label on a pill. While one of its ends is being dragged, the ends React Flow
 * reports no longer match the layout's, and a plain smooth-step line follows the drag until
 * the drop lays the map out again.
 *
 * The line draws under the cards, which it passes beside; the label draws above cards and
 * notes (connectors.css), so no card ever hides it. Colours are set inline from the tokens: a
 * picture of the view copies the elements, and SVG styled from stylesheet variables comes out
 * black there.
 */
export const ConnectorEdgeView = memo(function ConnectorEdgeView(props: EdgeProps<ConnectorEdge>) {
  const { id, data, label, selected, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const store = useStoreApi();
  const settled = data !== undefined && near(sourceX, data.sourceX) && near(sourceY, data.sourceY) && near(targetX, data.targetX) && near(targetY, data.targetY);
  let path: string;
  let arrow: string;
  let labelX: number;
  let labelY: number;
  if (settled) {
    ({ path, arrow, labelX, labelY } = data);
  } else {
    [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
    arrow = arrowPath([{ x: targetX - 10, y: targetY }, { x: targetX, y: targetY }]);
  }
  const stroke = rootToken(selected ? '--focus' : '--ink-faint');
  return (
    <>
      <BaseEdge id={id} path={path} interactionWidth={16} style={{ stroke, strokeWidth: CONNECTOR_STYLE.strokeWidth + (selected ? 1 : 0) }} />
      <path className="connector__arrow" d={arrow} style={{ fill: stroke }} />
      {typeof label === 'string' && label !== '' && (
        <EdgeLabelRenderer>
          <div
            className={`connector-label nodrag nopan ${selected ? 'is-selected' : ''}`}
            data-testid={`connector-label-${id}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={label}
            // The label is part of the connector: pressing it selects the connector, as its line does.
            onClick={() => store.getState().addSelectedEdges([id])}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
