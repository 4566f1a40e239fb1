import { ConnectorEdgeView } from './ConnectorEdgeView.tsx';

/** The one kind of edge the map draws; one object for the board's life, as React Flow asks. */
export const EDGE_TYPES = { connector: ConnectorEdgeView };
