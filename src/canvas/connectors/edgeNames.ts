import type { Translate } from '../../i18n/index.ts';
import type { ConnectorEdge, JourneyNode } from '../layout.ts';

/** How a node reads in a connector's name: a card's title, a note's first words. */
function nameOf(node: JourneyNode | undefined, t: Translate): string {
  const text = node?.type === 'card' ? node.data.card.title : node?.type === 'note' ? node.data.note.text : '';
  const line = text.trim().split('\n')[0]!;
  return line === '' ? t('canvas.connector.untitled') : line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/**
 * The connectors with a name a screen reader can say ("Connector from Quotation to Order
 * confirmation"), in the interface's language; React Flow would otherwise read out node ids.
 */
export function namedEdges(edges: readonly ConnectorEdge[], laidOut: readonly JourneyNode[], t: Translate): ConnectorEdge[] {
  if (edges.length === 0) return edges as ConnectorEdge[];
  const nodes = new Map(laidOut.map((node) => [node.id, node]));
  return edges.map((edge) => {
    const values = { from: nameOf(nodes.get(edge.source), t), to: nameOf(nodes.get(edge.target), t) };
    const ariaLabel = typeof edge.label === 'string' && edge.label !== '' ? t('canvas.connector.labelled', { ...values, label: edge.label }) : t('canvas.connector.label', values);
    return { ...edge, ariaLabel };
  });
}
