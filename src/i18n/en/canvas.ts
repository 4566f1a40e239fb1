/** The journey map canvas: connectors, commands, the card and stage editors, comments, presence. */
export const canvas = {
  'canvas.connector.handle': 'Drag to another card or note to connect',
  'canvas.connector.exists': 'Those two are already connected.',
  'canvas.connector.label': 'Connector from {from} to {to}',
  'canvas.connector.labelled': 'Connector from {from} to {to}: {label}',
  'canvas.connector.untitled': 'untitled',
  'canvas.flow.label': 'Journey map canvas',
  'canvas.flow.nodeHint': 'Press Enter or Space to select. Then Alt and the arrow keys move a card; Delete removes it; Escape clears the selection.',
  'canvas.flow.moved': 'Moved the selection {direction}. New position: x {x}, y {y}.',
  'canvas.flow.edgeHint': 'Press Enter or Space to select the connector, then Delete to remove it.',
  'canvas.flow.controls': 'Zoom controls',
  'canvas.flow.zoomIn': 'Zoom in',
  'canvas.flow.zoomOut': 'Zoom out',
  'canvas.flow.fitView': 'Fit view',
  'canvas.flow.interactive': 'Lock or unlock the map',
  'canvas.flow.minimap': 'Minimap',
} as const;
