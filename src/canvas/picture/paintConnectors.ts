import { CONNECTOR_STYLE, type ConnectorEdge } from '../layout.ts';
import { drawLines, fillBox, type Brush } from './brush.ts';
import { wrapText } from './wrapText.ts';

/**
 * The connectors' lines and arrowheads: the very paths the canvas draws (ConnectorEdgeView),
 * routed by the layout through the gaps of the grid. Painted under the cards, as on screen.
 */
export function paintConnectors(brush: Brush, edges: readonly ConnectorEdge[]): void {
  const { context } = brush;
  const color = brush.token('--ink-faint');
  for (const edge of edges) {
    if (!edge.data) continue;
    context.lineWidth = CONNECTOR_STYLE.strokeWidth;
    context.strokeStyle = color;
    context.stroke(new Path2D(edge.data.path));
    context.fillStyle = color;
    context.fill(new Path2D(edge.data.arrow));
  }
}

/**
 * The connectors' labels, each on a pill of the surface colour, cut with an ellipsis at the
 * width the canvas allows (connectors.css). Painted last, above cards and notes, as on screen.
 */
export function paintConnectorLabels(brush: Brush, edges: readonly ConnectorEdge[]): void {
  const { context, type } = brush;
  const [padX, padY] = CONNECTOR_STYLE.labelPadding;
  const style = type.connectorLabel;
  for (const edge of edges) {
    if (!edge.data || typeof edge.label !== 'string' || !edge.label) continue;
    const [text] = wrapText(edge.label.replace(/\s+/g, ' '), CONNECTOR_STYLE.labelMaxWidth - 2 * padX, 1, (s) => brush.measure(style, s));
    if (!text) continue;
    const width = Math.min(brush.measure(style, text), CONNECTOR_STYLE.labelMaxWidth - 2 * padX) + 2 * padX;
    const height = style.line + 2 * padY;
    const x = edge.data.labelX - width / 2;
    const y = edge.data.labelY - height / 2;
    fillBox(context, x - 1, y - 1, width + 2, height + 2, height / 2 + 1, brush.token('--line-strong'));
    fillBox(context, x, y, width, height, height / 2, brush.token('--surface'));
    context.textAlign = 'center';
    drawLines(brush, style, [text], edge.data.labelX, y + padY, brush.token('--ink'));
    context.textAlign = 'start';
  }
}
