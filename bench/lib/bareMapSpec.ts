import type { FlowView, PaneBox } from './viewport.ts';

/** What the bare React Flow page of the map draws (bench/reference/bare-map.tsx). */
export interface BareNode {
  id: string;
  kind: 'card' | 'header';
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  /** A card's colour name, for its stripe. */
  color?: string;
  /** Where its connector handles are, as the map tells React Flow (so neither page measures them). */
  handles: { type: 'source' | 'target'; position: string; x: number; y: number; width: number; height: number }[];
}

export interface BareCell {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BareMapLayout {
  nodes: BareNode[];
  /** The grid's cells, drawn as one node as the map draws them. */
  cells: BareCell[];
  width: number;
  height: number;
}

export interface BareMapSpec {
  layout: BareMapLayout;
  /** The view to open at: the map's, read from its page. */
  view: FlowView;
  /** Where the canvas sits on the screen: the map's, so both pages put a node at the same pixel. */
  pane: PaneBox;
  /** A y-websocket server and room to share node positions through. */
  sync?: { url: string; room: string };
  /**
   * With `sync`, the view shared in presence as the map shares it: the leader sends its view
   * rectangle on every change, the follower fits each one to its own canvas at once.
   */
  follow?: 'leader' | 'follower';
}
