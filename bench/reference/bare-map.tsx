import { Handle, Position, ReactFlow, useNodesState, type Node, type NodeProps, type ReactFlowProps, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BareCell, BareMapSpec, BareNode } from '../lib/bareMapSpec.ts';

/*
 * The yardstick for the map seen up close: React Flow as its documentation shows it, with a
 * custom node for a card, drawing the nodes the map would draw at the same places (the layout
 * comes from the app's own layout function, lib/mapLayout.ts), in a canvas of the same size and
 * place on the screen, at the same view, culling what is off screen as the map does. A card is
 * as many elements as the map's (an article, a title, a "⋯" button, two handles) and the grid
 * of cells is one node of the same cells, so the two pages hold DOMs of a similar size. Nodes
 * come with their sizes and handles declared, as the map gives them, and the viewport is a layer
 * of its own (will-change), as the map's is: without those React Flow would measure and draw
 * every node on its first frame, and repaint every card on each frame of a pan, which would
 * measure rendering settings rather than the map's own work. Nothing else of the map's is here.
 *
 * With `sync`, node positions are shared through a y-websocket server (the stock one, for the
 * remote-edit benchmark): a Y.Map from node id to position, which a minimal collaborative React
 * Flow page would keep. window.__moveNode(id, dx, dy) moves one node in one update.
 *
 * With `follow` as well, the view is shared in presence as the map shares it (a rectangle of the
 * map in flow coordinates, under `viewport`), the way a minimal follow feature would: the leader
 * sends it from React Flow's onMove, on every change, and the follower fits each one to its own
 * canvas with fitBounds at once, with no throttle and no ease (the follow benchmark's yardstick).
 */
declare global {
  interface Window {
    __bareMap: BareMapSpec;
    __bareMapReady?: boolean;
    __moveNode?: (id: string, dx: number, dy: number) => void;
  }
}

const spec = window.__bareMap;

const CSS = `
html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; color: #1f2430; }
.pane { position: absolute; background: #f3f4f7; }
.card { position: relative; box-sizing: border-box; width: 100%; height: 100%; overflow: hidden; padding: 12px 16px;
  background: #fff; border: 1px solid #dde1e8; border-left: 4px solid var(--edge); border-radius: 8px;
  box-shadow: 0 1px 2px rgba(15, 23, 42, 0.08); cursor: grab; }
.card__title { margin: 0; font-size: 14px; line-height: 22px; font-weight: 500; overflow: hidden; padding-right: 16px; }
.card__more { position: absolute; top: 6px; right: 6px; width: 28px; height: 24px; border: 0; background: transparent; opacity: 0; }
.card:hover .card__more { opacity: 1; }
.card .react-flow__handle { opacity: 0; }
.header { box-sizing: border-box; width: 100%; height: 100%; padding: 12px 16px; background: #fff; border: 1px solid #dde1e8; border-radius: 8px; font-weight: 700; }
.grid-row { position: absolute; left: 0; right: 0; }
.grid-cell { position: absolute; top: 0; bottom: 0; box-sizing: border-box; border: 1px dashed #dde1e8; border-radius: 8px; background: #f8f9fb; }
.grid-cell button { pointer-events: all; position: absolute; left: 12px; bottom: 8px; border: 0; background: transparent; font-size: 12px; color: #8a93a3; }
.react-flow__node-grid { pointer-events: none; }
/* The map's one rendering hint (canvas.css): the view is its own layer, so a pan moves it rather than repainting it. */
.react-flow__viewport { will-change: transform; }
`;

const EDGES: Record<string, string> = {
  slate: '#64748b', blue: '#3b82f6', teal: '#14b8a6', green: '#22c55e', amber: '#f59e0b', orange: '#f97316', red: '#ef4444', violet: '#8b5cf6', pink: '#ec4899',
};

type CardData = { title: string; color: string };
type GridData = { rows: { y: number; height: number; cells: BareCell[] }[] };

const CardNode = memo(function CardNode({ data }: NodeProps<Node<CardData>>) {
  return (
    <article className="card" aria-label={`Card: ${data.title}`} style={{ ['--edge' as string]: EDGES[data.color] ?? EDGES.slate }}>
      <Handle type="target" position={Position.Left} />
      <p className="card__title">{data.title}</p>
      <button className="card__more nodrag" aria-label={`Edit details of ${data.title}`}>⋯</button>
      <Handle type="source" position={Position.Right} />
    </article>
  );
});

const HeaderNode = memo(function HeaderNode({ data }: NodeProps<Node<{ title: string }>>) {
  return <div className="header">{data.title}</div>;
});

const GridNode = memo(function GridNode({ data }: NodeProps<Node<GridData>>) {
  return (
    <div role="grid">
      {data.rows.map((row) => (
        <div key={row.y} className="grid-row" role="row" style={{ top: row.y, height: row.height }}>
          {row.cells.map((cell) => (
            <div key={cell.x} className="grid-cell" role="gridcell" style={{ left: cell.x, width: cell.width }}>
              <button className="nodrag">+ Add card</button>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
});

const NODE_TYPES = { card: CardNode, header: HeaderNode, grid: GridNode };

function toFlowNode(node: BareNode): Node {
  // Given as the map gives them: sizes known and handles placed, so React Flow measures neither.
  const box = { id: node.id, position: { x: node.x, y: node.y }, width: node.width, height: node.height, measured: { width: node.width, height: node.height }, handles: node.handles as Node['handles'] };
  return node.kind === 'card'
    ? { ...box, type: 'card', data: { title: node.title, color: node.color ?? 'slate' } }
    : { ...box, type: 'header', data: { title: node.title }, draggable: false };
}

function gridNode(cells: BareCell[], width: number, height: number): Node {
  const rows = new Map<number, { y: number; height: number; cells: BareCell[] }>();
  for (const cell of cells) {
    const row = rows.get(cell.y) ?? { y: cell.y, height: cell.height, cells: [] };
    row.cells.push(cell);
    rows.set(cell.y, row);
  }
  return { id: 'grid', type: 'grid', position: { x: 0, y: 0 }, width, height, measured: { width, height }, handles: [], zIndex: -1, draggable: false, selectable: false, focusable: false, data: { rows: [...rows.values()] } };
}

const INITIAL_NODES = [gridNode(spec.layout.cells, spec.layout.width, spec.layout.height), ...spec.layout.nodes.map(toFlowNode)];

/** The page's connection to the y-websocket server, if the spec names one: it lives as long as the page. */
const shared = spec.sync ? connect(spec.sync) : null;

function connect({ url, room }: { url: string; room: string }) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc);
  provider.once('sync', () => (window.__bareMapReady = true));
  return { provider, positions: doc.getMap<{ x: number; y: number }>('positions') };
}

if (!shared) window.__bareMapReady = true;

/** Shares node positions through the y-websocket server, if the spec names one. */
function useSharedPositions(setNodes: ReturnType<typeof useNodesState>[1]) {
  useEffect(() => {
    if (!shared) return;
    const { positions } = shared;
    const start = new Map(INITIAL_NODES.map((node) => [node.id, node.position]));
    const onChange = (event: Y.YMapEvent<{ x: number; y: number }>) => {
      const changed = event.keysChanged;
      setNodes((nodes) => nodes.map((node) => (changed.has(node.id) ? { ...node, position: positions.get(node.id) ?? node.position } : node)));
    };
    positions.observe(onChange);
    window.__moveNode = (id, dx, dy) => {
      const at = positions.get(id) ?? start.get(id)!;
      positions.set(id, { x: at.x + dx, y: at.y + dy });
    };
    return () => positions.unobserve(onChange);
  }, [setNodes]);
}

/** The part of the map the canvas shows at a viewport, in flow coordinates, as the map's presence carries it. */
const viewRect = ({ x, y, zoom }: Viewport) => ({ x: -x / zoom, y: -y / zoom, width: spec.pane.width / zoom, height: spec.pane.height / zoom });

/** The props that share the view, if the spec asks for it: the leader's onMove, the follower's onInit. */
function sharedViewProps(): Partial<ReactFlowProps> {
  if (!shared || !spec.follow) return {};
  const { awareness } = shared.provider;
  if (spec.follow === 'leader') {
    awareness.setLocalStateField('viewport', viewRect(spec.view));
    return { onMove: (_event, viewport) => awareness.setLocalStateField('viewport', viewRect(viewport)) };
  }
  return {
    onInit(flow) {
      const fit = () => {
        for (const [clientId, state] of awareness.getStates()) {
          if (clientId !== awareness.clientID && state.viewport) void flow.fitBounds(state.viewport as ReturnType<typeof viewRect>, { padding: 0 });
        }
      };
      fit();
      awareness.on('change', fit);
    },
  };
}

const SHARED_VIEW_PROPS = sharedViewProps();

function BareMap() {
  const [nodes, setNodes, onNodesChange] = useNodesState(INITIAL_NODES);
  useSharedPositions(setNodes);
  const { left, top, width, height } = spec.pane;
  return (
    <div className="pane" style={{ left, top, width, height }}>
      <ReactFlow nodes={nodes} onNodesChange={onNodesChange} nodeTypes={NODE_TYPES} defaultViewport={spec.view} onlyRenderVisibleElements minZoom={0.1} maxZoom={2} {...SHARED_VIEW_PROPS} />
    </div>
  );
}

const style = document.createElement('style');
style.textContent = CSS;
document.head.append(style);
createRoot(document.getElementById('root')!).render(<BareMap />);
