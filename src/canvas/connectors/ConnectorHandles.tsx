import { Handle, Position } from '@xyflow/react';
import { useT } from '../../browser/i18n.tsx';
import { useCanEdit } from '../canvasContext.ts';
import './connectors.css';

/**
 * The dots on a card's or a note's left and right edges that a connector is dragged from.
 * Render them as SIBLINGS of the node's root, not inside it: the roots clip what overflows
 * them, and half a dot (and most of its hit area, which reaches past the edge) would be cut
 * away, so a press on the dot landed on the card and dragged it instead. React Flow gives a
 * handle the `nodrag` class, so pressing one never starts a drag of its node.
 */
export function ConnectorHandles() {
  const canEdit = useCanEdit();
  const t = useT();
  if (!canEdit) return null;
  const title = t('canvas.connector.handle');
  return (
    <>
      <Handle type="target" position={Position.Left} className="connector-handle" title={title} />
      <Handle type="source" position={Position.Right} className="connector-handle" title={title} />
    </>
  );
}
